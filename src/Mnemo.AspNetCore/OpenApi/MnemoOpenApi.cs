using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mnemo;

/// <summary>
/// Completes the generated OpenAPI document: a real title, version and description, the API-key security schemes the
/// server accepts (<see cref="ApiKeyFilter"/>) required by every operation that can answer 401, the query parameters
/// handlers read themselves (<see cref="QueryParametersMetadata"/>), and what each error status means.
/// </summary>
internal static class MnemoOpenApi
{
    /// <summary>Mem0's scheme, <c>Authorization: Token &lt;key&gt;</c>.</summary>
    public const string TokenScheme = "Token";

    /// <summary><c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary><c>X-API-Key: &lt;key&gt;</c>.</summary>
    public const string HeaderScheme = "ApiKeyHeader";

    private static readonly Dictionary<string, string> _errorMeanings = new(StringComparer.Ordinal)
    {
        ["400"] = "Invalid input: `detail` says what is wrong, `field` names the field at fault, `code` is `invalid_input` or `invalid_filter`. Nothing was changed.",
        ["401"] = "No API key, or an unknown or revoked one.",
        ["404"] = "No such id in the key's project (`code` `memory_not_found` for a memory).",
        ["409"] = "The item is not in a state that allows this.",
        ["429"] = "Over the key's rate limit, or too many failed authentications from this address; `Retry-After` gives the seconds to wait.",
        ["501"] = "The store has no ingestion queue.",
        ["502"] = "The language model's answer could not be used (`code` `extraction_failed`); nothing was stored. When it answered invalid JSON twice the messages are kept in the ingestion queue and `event_id` names the event.",
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            AddQueryParameters(operation, context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryParametersMetadata>());
            DescribeErrors(operation);
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiDocument document)
    {
        var version = typeof(MnemoOpenApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
        document.Info = new OpenApiInfo
        {
            Title = "Mnemo API",
            Version = version,
            Description =
                "Long-term memory for AI agents. Mem0-compatible routes (the platform's `/v1`, `/v2`, `/v3` and the open-source server's " +
                "`/memories`, `/search`, `/reset`), Mnemo's own routes under `/mnemo/v1` and `/v1/forget/`, the dashboard's under " +
                "`/v1/dashboard`, and an OpenAI-compatible `/v1/embeddings`. Every route below needs an API key (create one with " +
                "`mnemo keys create --project NAME`) and works only inside the key's project. Every error is JSON " +
                "`{\"detail\": \"...\"}`, with `field` and `code` when they apply.",
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
        {
            [TokenScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "Authorization",
                Description = "Mem0's scheme: `Authorization: Token <api key>` (`Api-Key <api key>` is accepted too).",
            },
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "`Authorization: Bearer <api key>`.",
            },
            [HeaderScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-API-Key",
                Description = "`X-API-Key: <api key>`.",
            },
        };

        // Any one of the three schemes authenticates a request: one requirement per scheme (OpenAPI's "or").
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.Responses?.ContainsKey("401") == true)
            {
                operation.Security = [.. new[] { TokenScheme, BearerScheme, HeaderScheme }.Select(id => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(id, document)] = [] })];
            }
        }
    }

    private static void AddQueryParameters(OpenApiOperation operation, IEnumerable<QueryParametersMetadata> metadata)
    {
        foreach (var parameter in metadata.SelectMany(m => m.Parameters))
        {
            operation.Parameters ??= [];
            if (operation.Parameters.Any(p => p.Name == parameter.Name && p.In == ParameterLocation.Query))
            {
                continue;
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Required = false,
                Description = parameter.Description,
                Schema = new OpenApiSchema { Type = parameter.Type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String },
            });
        }
    }

    private static void DescribeErrors(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (_errorMeanings.TryGetValue(status, out var meaning) && response is OpenApiResponse concrete)
            {
                concrete.Description = meaning;
            }
        }
    }
}
