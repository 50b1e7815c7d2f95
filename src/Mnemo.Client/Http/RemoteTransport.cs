using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mnemo.Client.Wire;
using Mnemo.Wire;
using Polly.Timeout;

namespace Mnemo.Client.Http;

/// <summary>
/// Sends one JSON request to the server and reads the answer, turning every failure into the exception the embedded
/// engine would raise (or <see cref="MnemoServerException"/> / <see cref="TimeoutException"/> where it has none).
/// Retries and per-attempt timeouts come from the resilience handler of the named <see cref="HttpClient"/>; a request
/// is retried only when it is marked <see cref="Idempotent"/>. A client is taken from the factory per request, so the
/// factory can rotate handlers (DNS changes) under a long-lived singleton.
/// </summary>
internal sealed class RemoteTransport(IHttpClientFactory clients, MnemoClientOptions options)
{
    /// <summary>Set on requests that may be sent twice without changing the outcome.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("Mnemo.Idempotent");

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, bool idempotent, ErrorContext context, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Options.Set(Idempotent, idempotent);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: WireJson.Compact);
        }

        HttpResponseMessage response;
        try
        {
            var http = clients.CreateClient(MnemoClientOptions.HttpClientName);
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new TimeoutException($"The Mnemo server at {options.Endpoint} did not answer {method} {path} within {options.Timeout.TotalSeconds:0.###} s.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new MnemoServerException($"Could not reach the Mnemo server at {options.Endpoint}: {ex.Message}", null, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw ErrorMapper.Map((int)response.StatusCode, await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false), context);
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<T>(WireJson.Compact, cancellationToken).ConfigureAwait(false)
                    ?? throw new MnemoServerException($"The Mnemo server answered {method} {path} with an empty body.", (int)response.StatusCode);
            }
            catch (JsonException ex)
            {
                throw new MnemoServerException($"The server at {options.Endpoint} answered {method} {path} with JSON that is not Mnemo's ({ex.Message}); is it a Mnemo server?", (int)response.StatusCode, ex);
            }
        }
    }

    private static async Task<ErrorAnswer?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound && text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ErrorAnswer>(text, WireJson.Compact);
        }
        catch (JsonException)
        {
            // Not a Mnemo error body (a proxy's HTML page, say): report the status with the start of the text.
            return new ErrorAnswer(text.Length > 200 ? text[..200] : text, null, null);
        }
    }
}
