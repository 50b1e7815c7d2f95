using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Mnemo;

/// <summary>
/// Gives the errors that routing answers before any endpoint runs (415 wrong content type, 405 wrong method) the same
/// <c>{"detail": ...}</c> body as every other error, instead of an empty one.
/// </summary>
internal sealed class EmptyErrorBodyStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            await nextMiddleware(context).ConfigureAwait(false);
            var response = context.Response;
            if (response.HasStarted || response.ContentLength is > 0 || response.ContentType is not null)
            {
                return;
            }

            var detail = response.StatusCode switch
            {
                StatusCodes.Status415UnsupportedMediaType => $"The request body must be JSON: send 'Content-Type: application/json' (got '{context.Request.ContentType}').",
                StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
                _ => null,
            };
            if (detail is not null)
            {
                await ApiErrors.Result(response.StatusCode, detail).ExecuteAsync(context).ConfigureAwait(false);
            }
        });
        next(app);
    };
}
