using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>The OpenAPI document and the <c>/docs</c> page rendered from it (issue 13, 4.6).</summary>
public sealed class ApiReferenceTests
{
    private static readonly string[] _methods = ["get", "post", "put", "patch", "delete"];

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => _methods.Where(m => p.Value![m] is not null).Select(m => (p.Key, m, p.Value![m]!)));

    [Fact]
    public async Task OpenApi_EveryOperation_DocumentsSuccessBodyErrorsAndSecurity()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Anonymous();

        var (status, document) = await client.GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Mnemo API", document!["info"]!["title"]!.GetValue<string>());
        Assert.Contains("API key", document["info"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal(("apiKey", "header", "Authorization"), (schemes["Token"]!["type"]!.GetValue<string>(), schemes["Token"]!["in"]!.GetValue<string>(), schemes["Token"]!["name"]!.GetValue<string>()));
        Assert.Equal("bearer", schemes["Bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("X-API-Key", schemes["ApiKeyHeader"]!["name"]!.GetValue<string>());
        var operations = Operations(document).ToList();
        Assert.True(operations.Count >= 30, $"{operations.Count} operations");
        Assert.All(operations, op =>
        {
            var name = $"{op.Method.ToUpperInvariant()} {op.Path}";
            var responses = op.Operation["responses"]!.AsObject();
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            Assert.True(success.Count > 0, $"{name} documents no success response");
            Assert.All(success, r => Assert.True(r.Value!["content"]?["application/json"]?["schema"] is not null, $"{name} {r.Key} has no schema"));
            Assert.True(responses.ContainsKey("401"), $"{name} documents no 401");
            Assert.NotNull(responses["401"]!["content"]?["application/json"]?["schema"]);
            Assert.True(op.Operation["security"]?.AsArray().Count > 0, $"{name} has no security requirement");
            if (op.Operation["requestBody"] is not null)
            {
                Assert.True(responses.ContainsKey("400"), $"{name} takes a body but documents no 400");
            }

            if (op.Path.Contains("{id}", StringComparison.Ordinal))
            {
                Assert.True(responses.ContainsKey("404"), $"{name} takes an id but documents no 404");
            }
        });
        // The generator writes route templates without their trailing slash; routing answers both forms.
        var listing = operations.Single(o => o.Path == "/v1/memories" && o.Method == "get").Operation;
        Assert.Equal(
            ["agent_id", "app_id", "page", "page_size", "run_id", "user_id"],
            listing["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/v3/memories/search", "SearchRequest")]
    [InlineData("/mnemo/v1/memories/search", "NativeSearchRequest")]
    public async Task OpenApi_SearchBodies_DescribeTheScoreCuts(string path, string schema)
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Anonymous();

        var (_, document) = await client.GetJsonAsync("/openapi/v1.json");

        var body = document!["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
        Assert.Equal($"#/components/schemas/{schema}", body);
        var properties = document["components"]!["schemas"]![schema]!["properties"]!;
        Assert.Contains(FormattableString.Invariant($"{SearchOptions.RecommendedSpreadThreshold} is calibrated"), properties["spread_threshold"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"{SearchOptions.RecommendedRelativeThreshold} is calibrated"), properties["relative_threshold"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(
            new[] { "threshold", "relative_threshold", "spread_threshold" },
            name => Assert.Equal((0.0, 1.0), (properties[name]!["minimum"]!.GetValue<double>(), properties[name]!["maximum"]!.GetValue<double>())));
    }

    [Fact]
    public async Task Docs_ListsEveryOperationWithParametersBodyAndResponses_AndNothingFromAnotherOrigin()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Anonymous();
        var (_, document) = await client.GetJsonAsync("/openapi/v1.json");

        using var response = await client.GetAsync(new Uri("/docs", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var css = await client.GetAsync(new Uri("/docs/docs.css", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var sections = page.Split("<section class=\"op\"").Skip(1).ToList();
        foreach (var (path, method, operation) in Operations(document!))
        {
            var section = sections.SingleOrDefault(s => s.Contains($"data-method=\"{method}\" data-path=\"{WebUtility.HtmlEncode(path)}\"", StringComparison.Ordinal));
            Assert.True(section is not null, $"/docs has no section for {method} {path}");
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                Assert.Contains($"<code>{parameter!["name"]!.GetValue<string>()}</code>", section, StringComparison.Ordinal);
            }

            Assert.Equal(operation["requestBody"] is not null, section.Contains("<h4>Request body</h4>", StringComparison.Ordinal));
            foreach (var status in operation["responses"]!.AsObject().Select(r => r.Key))
            {
                Assert.Contains($"<tr><td>{status}</td>", section, StringComparison.Ordinal);
            }
        }

        // Offline and under the CSP: no script at all, no URL of another origin.
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Regex.Matches(page, @"(?:https?:)?//[A-Za-z0-9]", RegexOptions.CultureInvariant));
        Assert.Contains("<table>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"schema-MemoryDto\"", page, StringComparison.Ordinal);
    }
}
