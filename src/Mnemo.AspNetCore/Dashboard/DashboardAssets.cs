using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mnemo;

/// <summary>
/// Serves the dashboard's files (embedded in this assembly, <c>Dashboard/wwwroot</c>) under <c>/ui/</c> with a strict
/// Content-Security-Policy: scripts and styles only from this origin (no inline script, no eval), calls only to this
/// origin, no framing. The files need no key; the data they show comes from the API, which does.
/// </summary>
internal static class DashboardAssets
{
    /// <summary>The policy on every dashboard response. Inline SVG is built with DOM calls, so it needs nothing extra.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ResourcePrefix = "mnemo-ui/";

    private static readonly FrozenDictionary<string, string> _contentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, Asset>> _assets = new(Load);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Routing ignores a trailing slash, so "/ui" also answers "/ui/": redirect only the bare form, so that the
        // page's relative URLs (app.js, app.css) resolve under /ui/.
        endpoints.MapGet("/ui", (HttpContext http) =>
        {
            if (http.Request.Path.Value?.EndsWith('/') == true)
            {
                return Serve(http, "index.html");
            }

            AddHeaders(http.Response);
            return Results.Redirect("/ui/");
        }).ExcludeFromDescription();
        endpoints.MapGet("/ui/{**path}", (HttpContext http, string? path) => Serve(http, string.IsNullOrEmpty(path) ? "index.html" : path)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext http, string path)
    {
        AddHeaders(http.Response);
        if (!_assets.Value.TryGetValue(path, out var asset))
        {
            return Results.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        // Revalidate every time: a new server version must not run with an old cached script.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = asset.ETag;
        if (http.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static void AddHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            if (!_contentTypes.TryGetValue(Path.GetExtension(path), out var type))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            assets[path] = new Asset(content, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
