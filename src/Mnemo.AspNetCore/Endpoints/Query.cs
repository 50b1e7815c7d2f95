using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Mnemo;

/// <summary>Query-string reading with 400s that name the parameter.</summary>
internal static class Query
{
    public static int Int(HttpContext http, string name, int fallback)
    {
        var value = http.Request.Query[name].ToString();
        return value.Length == 0 ? fallback
            : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
            : throw ApiException.BadRequest(name, $"{name} must be an integer.");
    }

    public static string? String(HttpContext http, string name) =>
        http.Request.Query[name].ToString() is { Length: > 0 } value ? value : null;

    public static MemoryScope Entities(HttpContext http) =>
        RequestProject.Scope(http, String(http, "user_id"), String(http, "agent_id"), String(http, "app_id"), String(http, "run_id"));

    /// <summary>The URL of another page of this request, or <see langword="null"/>.</summary>
    public static string? PageUrl(HttpContext http, int page, int pageSize, bool exists) =>
        exists
            ? string.Create(CultureInfo.InvariantCulture, $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}?page={page}&page_size={pageSize}")
            : null;
}
