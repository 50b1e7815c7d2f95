using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>
/// A synchronous add whose LLM answer could not be used: the messages go to the ingestion queue (where
/// <c>GET /v1/event/{id}/</c>, the dashboard's queue and <c>mnemo events</c> show them and the worker retries them), and the
/// caller gets a 502 that says so and names the event, instead of losing what it sent.
/// </summary>
internal static class KeptAdd
{
    public static async Task<AddResult> AddAsync(IMemory memory, IMemoryIngestion ingestion, IReadOnlyList<ChatMessage> messages, AddOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await memory.AddAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryExtractionException ex) when (ex.UnusableAnswer && ex.Messages.Count > 0)
        {
            var kept = await ingestion.EnqueueAddAsync(messages, options, cancellationToken).ConfigureAwait(false);
            var reason = ex.Message.Replace(" the messages are kept for a retry.", string.Empty, StringComparison.Ordinal);
            throw new ApiException(
                StatusCodes.Status502BadGateway,
                $"{reason} The messages are kept in the ingestion queue as event {kept.Id}: GET /v1/event/{kept.Id}/ shows it, and it is retried from the queue.")
            {
                Code = "extraction_failed",
                EventId = kept.Id.ToString(),
            };
        }
    }
}
