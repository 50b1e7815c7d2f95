using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mnemo;

/// <summary>
/// The API reference at <c>/docs</c>, rendered on the server from the OpenAPI document: every operation with its
/// parameters, request body and responses, the security schemes and every schema. One HTML page and one stylesheet
/// (<c>/docs/docs.css</c>), no script and nothing from another origin, so it works offline and under the dashboard's
/// Content-Security-Policy.
/// </summary>
/// <remarks>
/// Written here rather than taken from a UI package: Scalar and Swagger UI/ReDoc render in the browser from a large
/// script bundle, start through an inline script (blocked by <c>script-src 'self'</c>) and reach other hosts by default
/// (fonts, Scalar's registry and proxy), and a page filled by script cannot be checked by a test without a browser.
/// </remarks>
internal static partial class DocsPage
{
    private static readonly string[] _methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>The stylesheet the page links to.</summary>
    public const string Css = """
        body { font: 15px/1.5 system-ui, sans-serif; max-width: 1040px; margin: 2em auto; padding: 0 1em; color: #222; }
        code, .path { font-family: ui-monospace, monospace; }
        h2 { border-bottom: 2px solid #ddd; margin-top: 2em; }
        .op { border-top: 1px solid #ddd; padding: .6em 0 1em; }
        .op h3 { margin: .2em 0; font-size: 1.05em; }
        .m { display: inline-block; min-width: 4.5em; font-weight: 700; }
        .get { color: #0a7; } .post { color: #06c; } .put { color: #c70; } .patch { color: #a5c; } .delete { color: #c22; }
        table { border-collapse: collapse; margin: .3em 0 .8em; width: 100%; }
        th, td { border: 1px solid #ddd; padding: .2em .5em; text-align: left; vertical-align: top; }
        th { background: #f6f6f6; }
        nav ul { columns: 2; padding-left: 1.2em; }
        .muted { color: #666; }
        """;

    /// <summary>Renders the page from the OpenAPI document (as JSON).</summary>
    public static string Render(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var schemas = document["components"]?["schemas"]?.AsObject();
        var html = new StringBuilder();
        var info = document["info"];
        html.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(info?["title"]?.GetValue<string>() ?? "API"))
            .Append("</title><link rel=\"stylesheet\" href=\"/docs/docs.css\"></head>\n<body>\n<h1>")
            .Append(E(info?["title"]?.GetValue<string>() ?? "API"))
            .Append(" <small class=\"muted\">").Append(E(info?["version"]?.GetValue<string>() ?? string.Empty)).Append("</small></h1>\n")
            .Append("<p>").Append(Text(info?["description"]?.GetValue<string>())).Append("</p>\n")
            .Append("<p>Machine-readable: <a href=\"/openapi/v1.json\">/openapi/v1.json</a>.</p>\n");

        AppendSecurity(html, document["components"]?["securitySchemes"]?.AsObject());

        var operations = Operations(document).ToList();
        html.Append("<nav><h2>Operations</h2><ul>\n");
        foreach (var (path, method, _) in operations)
        {
            html.Append("<li><a href=\"#").Append(Anchor(method, path)).Append("\"><span class=\"m ").Append(method).Append("\">")
                .Append(method.ToUpperInvariant()).Append("</span> <span class=\"path\">").Append(E(path)).Append("</span></a></li>\n");
        }

        html.Append("</ul></nav>\n");
        foreach (var (path, method, operation) in operations)
        {
            AppendOperation(html, path, method, operation, schemas);
        }

        if (schemas is not null)
        {
            html.Append("<h2>Schemas</h2>\n");
            foreach (var (name, schema) in schemas.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                html.Append("<section class=\"schema\" id=\"schema-").Append(E(name)).Append("\"><h3>").Append(E(name)).Append("</h3>\n");
                AppendProperties(html, schema);
                html.Append("</section>\n");
            }
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var method in _methods)
            {
                if (item?[method] is { } operation)
                {
                    yield return (path, method, operation);
                }
            }
        }
    }

    private static void AppendSecurity(StringBuilder html, JsonObject? schemes)
    {
        if (schemes is null || schemes.Count == 0)
        {
            return;
        }

        html.Append("<h2>Authentication</h2>\n<p>Every operation that lists a 401 needs an API key, sent in any one of these ways:</p>\n")
            .Append("<table><tr><th>scheme</th><th>how</th></tr>\n");
        foreach (var (name, scheme) in schemes)
        {
            html.Append("<tr><td>").Append(E(name)).Append("</td><td>").Append(Text(scheme?["description"]?.GetValue<string>())).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendOperation(StringBuilder html, string path, string method, JsonNode operation, JsonObject? schemas)
    {
        html.Append("<section class=\"op\" id=\"").Append(Anchor(method, path)).Append("\" data-method=\"").Append(method)
            .Append("\" data-path=\"").Append(E(path)).Append("\">\n<h3><span class=\"m ").Append(method).Append("\">")
            .Append(method.ToUpperInvariant()).Append("</span> <span class=\"path\">").Append(E(path)).Append("</span></h3>\n");
        if (operation["summary"]?.GetValue<string>() is { } summary)
        {
            html.Append("<p>").Append(Text(summary)).Append("</p>\n");
        }

        if (operation["description"]?.GetValue<string>() is { } description)
        {
            html.Append("<p>").Append(Text(description)).Append("</p>\n");
        }

        if (operation["parameters"]?.AsArray() is { Count: > 0 } parameters)
        {
            html.Append("<h4>Parameters</h4>\n<table><tr><th>name</th><th>in</th><th>type</th><th>required</th><th>description</th></tr>\n");
            foreach (var parameter in parameters)
            {
                html.Append("<tr><td><code>").Append(E(parameter?["name"]?.GetValue<string>() ?? string.Empty)).Append("</code></td><td>")
                    .Append(E(parameter?["in"]?.GetValue<string>() ?? string.Empty)).Append("</td><td>")
                    .Append(TypeOf(parameter?["schema"])).Append("</td><td>")
                    .Append(parameter?["required"]?.GetValue<bool>() == true ? "yes" : "no").Append("</td><td>")
                    .Append(Text(parameter?["description"]?.GetValue<string>())).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (operation["requestBody"]?["content"]?.AsObject() is { Count: > 0 } body)
        {
            html.Append("<h4>Request body</h4>\n");
            foreach (var (mediaType, content) in body)
            {
                html.Append("<p><code>").Append(E(mediaType)).Append("</code>: ").Append(TypeOf(content?["schema"])).Append("</p>\n");
                AppendProperties(html, Resolve(content?["schema"], schemas));
            }
        }

        html.Append("<h4>Responses</h4>\n<table><tr><th>status</th><th>meaning</th><th>body</th></tr>\n");
        foreach (var (status, response) in operation["responses"]?.AsObject() ?? [])
        {
            var content = response?["content"]?.AsObject();
            var bodies = content is null ? "" : string.Join("<br>", content.Select(c => $"<code>{E(c.Key)}</code>: {TypeOf(c.Value?["schema"])}"));
            html.Append("<tr><td>").Append(E(status)).Append("</td><td>").Append(Text(response?["description"]?.GetValue<string>()))
                .Append("</td><td>").Append(bodies).Append("</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void AppendProperties(StringBuilder html, JsonNode? schema)
    {
        if (schema?["properties"]?.AsObject() is not { Count: > 0 } properties)
        {
            html.Append("<p class=\"muted\">").Append(TypeOf(schema)).Append("</p>\n");
            return;
        }

        var required = schema["required"]?.AsArray().Select(r => r?.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        html.Append("<table><tr><th>field</th><th>type</th><th>required</th><th>description</th></tr>\n");
        foreach (var (name, property) in properties)
        {
            html.Append("<tr><td><code>").Append(E(name)).Append("</code></td><td>").Append(TypeOf(property)).Append("</td><td>")
                .Append(required.Contains(name) ? "yes" : "no").Append("</td><td>")
                .Append(Text(property?["description"]?.GetValue<string>())).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas) =>
        schema?["$ref"]?.GetValue<string>() is { } reference && schemas is not null ? schemas[RefName(reference)] : schema;

    // A schema in words: a link for a reference, "array of X", "map of X", the type (and format) otherwise.
    private static string TypeOf(JsonNode? schema)
    {
        if (schema is null)
        {
            return "any";
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = RefName(reference);
            return $"<a href=\"#schema-{E(name)}\">{E(name)}</a>";
        }

        if ((schema["oneOf"] ?? schema["anyOf"])?.AsArray() is { } alternatives)
        {
            return string.Join(" or ", alternatives.Select(TypeOf));
        }

        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t?.GetValue<string>() ?? string.Empty).Where(t => t != "null").ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        var type = types.Count == 0 ? "any" : string.Join(" or ", types);
        if (type == "array")
        {
            return "array of " + TypeOf(schema["items"]);
        }

        if (type == "object" && schema["additionalProperties"] is JsonObject values)
        {
            return "map of " + TypeOf(values);
        }

        var format = schema["format"]?.GetValue<string>();
        return E(format is null ? type : $"{type} ({format})");
    }

    private static string RefName(string reference) => reference[(reference.LastIndexOf('/') + 1)..];

    private static string Anchor(string method, string path) =>
        method + "-" + AnchorChars().Replace(path, "-").Trim('-');

    // Encodes the text and shows `code` spans as code.
    private static string Text(string? text) =>
        text is null ? string.Empty : CodeSpans().Replace(E(text), m => "<code>" + m.Groups[1].Value + "</code>");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorChars();

    [GeneratedRegex("`([^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpans();
}
