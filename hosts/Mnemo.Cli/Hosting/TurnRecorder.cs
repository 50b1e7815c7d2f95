using Microsoft.Extensions.AI;

namespace Mnemo.Cli.Hosting;

/// <summary>
/// Records chat turns without making the person wait: each turn is queued durably at once (when the store has a
/// queue) and formed into memories in the background, one batch at a time; <see cref="DrainAsync"/> waits for the rest.
/// </summary>
internal sealed class TurnRecorder(IMemory memory, IMemoryIngestion? ingestion, CliContext context)
{
    private Task _background = Task.CompletedTask;

    public int Recorded { get; private set; }

    public async Task RecordAsync(IReadOnlyList<ChatMessage> turn, AddOptions options, CancellationToken cancellationToken)
    {
        Recorded++;
        if (ingestion is not null)
        {
            try
            {
                await ingestion.EnqueueAddAsync(turn, options, cancellationToken);
                Chain(() => ingestion.ProcessPendingAsync(cancellationToken: cancellationToken));
                return;
            }
            catch (MnemoException ex) when (ex is not MemoryValidationException)
            {
                // A store without a queue: record directly, still in the background.
                ingestion = null;
            }
        }

        Chain(() => memory.AddAsync(turn, options, cancellationToken));
    }

    public Task DrainAsync() => _background;

    private void Chain(Func<Task> work)
    {
        var previous = _background;
        _background = RunAfterAsync(previous, work);
    }

    private async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        await previous;
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"warning: the turn was not recorded: {ex.Message}");
        }
    }
}
