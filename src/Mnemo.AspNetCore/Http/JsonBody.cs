using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>Reads a JSON request body under the configured size limit (413 above it, 400 when it is not JSON).</summary>
internal static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpContext context, bool required = true)
        where T : class, new()
    {
        var bytes = await ReadBytesAsync(context).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return required
                ? throw ApiException.BadRequest("body", "A JSON request body is required.")
                : new T();
        }

        return JsonSerializer.Deserialize<T>(bytes, WireJson.Compact)
            ?? throw ApiException.BadRequest("body", "The request body must be a JSON object.");
    }

    private static async Task<byte[]> ReadBytesAsync(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<MnemoApiOptions>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ApiException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the limit of {limit} bytes.");
}
