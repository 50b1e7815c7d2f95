using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Mnemo;

/// <summary>
/// Resolves the request's API key (<c>Authorization: Token|Bearer KEY</c> or <c>X-API-Key: KEY</c>) to its project and
/// applies the per-key rate limit. No key or an unknown/revoked key: 401 (unless anonymous mode is on and no key is sent);
/// too many of those from one address: 429 for every request from it until the window ends.
/// </summary>
internal sealed class ApiKeyFilter(IApiKeyStore keys, KeyRateLimiter limiter, FailedAuthLimiter failures, IOptions<MnemoApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (failures.Blocked(address) is { } wait)
        {
            return TooManyFailures(http, wait);
        }

        var key = ReadKey(http.Request);
        string project;
        string partition;
        if (key is null)
        {
            if (!options.Value.AllowAnonymous)
            {
                return failures.Fail(address) is { } blocked
                    ? TooManyFailures(http, blocked)
                    : Unauthorized(http, "Authentication credentials were not provided: send 'Authorization: Token <api key>'.");
            }

            project = options.Value.AnonymousProject;
            partition = "anonymous";
        }
        else
        {
            var info = await keys.FindByHashAsync(ApiKeyHash.Compute(key), http.RequestAborted).ConfigureAwait(false);
            if (info is null)
            {
                return failures.Fail(address) is { } blocked ? TooManyFailures(http, blocked) : Unauthorized(http, "Invalid API key.");
            }

            project = info.ProjectId;
            partition = info.Id;
        }

        if (limiter.TryAcquire(partition) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter;
            return ApiErrors.Result(StatusCodes.Status429TooManyRequests, $"Rate limit exceeded: try again in {retryAfter} s.");
        }

        RequestProject.Set(http, project);
        return await next(context).ConfigureAwait(false);
    }

    internal static string? ReadKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        foreach (var scheme in (ReadOnlySpan<string>)["Token ", "Bearer ", "Api-Key "])
        {
            if (authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                var value = authorization[scheme.Length..].Trim();
                return value.Length == 0 ? null : value;
            }
        }

        var header = request.Headers["X-API-Key"].ToString().Trim();
        return header.Length == 0 ? null : header;
    }

    private static IResult TooManyFailures(HttpContext http, string retryAfter)
    {
        http.Response.Headers.RetryAfter = retryAfter;
        return ApiErrors.Result(StatusCodes.Status429TooManyRequests, $"Too many failed authentication attempts from this address: try again in {retryAfter} s.");
    }

    private static IResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Token";
        return ApiErrors.Result(StatusCodes.Status401Unauthorized, detail);
    }
}
