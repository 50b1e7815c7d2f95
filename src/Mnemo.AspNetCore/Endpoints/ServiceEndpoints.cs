using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>Health, the API reference page and the OpenAI-compatible embeddings route.</summary>
internal static class ServiceEndpoints
{
    public static void MapPublic(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (IMemory memory, HttpContext http) =>
        {
            // Opens the store (and the embedder's model info) on first call, so "ok" means requests will work.
            await memory.GetAsync(Guid.Empty, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            return Results.Json(new HealthDto("ok"), WireJson.Compact);
        }).WithSummary("Liveness and store check.").ExcludeFromDescription();
        endpoints.MapGet("/docs", async (HttpContext http) =>
        {
            // The document as /openapi/v1.json serves it, rendered into HTML on the server: no script, no other origin.
            var provider = http.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName);
            var document = await provider.GetOpenApiDocumentAsync(http.RequestAborted).ConfigureAwait(false);
            var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, http.RequestAborted).ConfigureAwait(false);
            DocsHeaders(http.Response);
            return Results.Content(DocsPage.Render(JsonNode.Parse(json)!), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        endpoints.MapGet("/docs/docs.css", (HttpContext http) =>
        {
            DocsHeaders(http.Response);
            return Results.Content(DocsPage.Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
    }

    /// <summary>The name of the OpenAPI document (<c>/openapi/v1.json</c>).</summary>
    public const string DocumentName = "v1";

    // The dashboard's policy: this origin only, no inline script or style, no framing.
    private static void DocsHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = DashboardAssets.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
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
        }).WithSummary("OpenAI-compatible embeddings from the configured embedder.").Accepts<EmbeddingsRequest>("application/json").Returns<EmbeddingsResponseDto>().WithErrors(400);
    }
}
