using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>Health, the API reference page and the OpenAI-compatible embeddings route.</summary>
internal static class ServiceEndpoints
{
    public static void MapPublic(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (IMemory memory, HttpContext http) =>
        {
            // Opens the store (and the embedder's model info) on first call, so "ok" means requests will work.
            await memory.GetAsync(Guid.Empty, http.RequestAborted).ConfigureAwait(false);
            return Results.Json(new HealthDto("ok"), WireJson.Compact);
        }).WithSummary("Liveness and store check.").ExcludeFromDescription();
        endpoints.MapGet("/docs", () => Results.Content(DocsPage.Html, "text/html; charset=utf-8")).ExcludeFromDescription();
    }

    public static void MapEmbeddings(RouteGroupBuilder api)
    {
        api.MapPost("/v1/embeddings", async (HttpContext http, IEmbeddingGenerator<string, Embedding<float>> generator) =>
        {
            var request = await JsonBody.ReadAsync<EmbeddingsRequest>(http).ConfigureAwait(false);
            var inputs = request.Input switch
            {
                { ValueKind: JsonValueKind.String } s => [s.GetString()!],
                { ValueKind: JsonValueKind.Array } a when a.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) && a.GetArrayLength() is > 0 and <= 2048
                    => a.EnumerateArray().Select(e => e.GetString()!).ToList(),
                _ => throw ApiException.BadRequest("input", "input must be a string or an array of 1 to 2048 strings."),
            };
            var embeddings = await generator.GenerateAsync(inputs, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            var model = request.Model ?? generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "mnemo";
            return Results.Json(
                new EmbeddingsResponseDto(
                    "list",
                    embeddings.Select((e, i) => new EmbeddingDataDto("embedding", i, e.Vector.ToArray())).ToList(),
                    model,
                    new EmbeddingUsageDto(0, 0)),
                WireJson.Compact);
        }).WithSummary("OpenAI-compatible embeddings from the configured embedder.").Accepts<EmbeddingsRequest>("application/json").Produces<EmbeddingsResponseDto>();
    }
}
