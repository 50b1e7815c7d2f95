using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Mnemo;
using Mnemo.Client;
using Mnemo.Client.Http;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Switches <c>AddMnemo()</c> from the embedded engine to a shared Mnemo server.</summary>
public static class MnemoClientMnemoBuilderExtensions
{
    /// <summary>
    /// Makes <see cref="IMemory"/> a client of the Mnemo server at <paramref name="endpoint"/> (<c>mnemo serve</c>),
    /// authenticated with <paramref name="apiKey"/>: the same records and exceptions as the embedded engine, in the API
    /// key's project. Replaces the embedded engine's <see cref="IMemory"/> and removes <see cref="IMemoryTransfer"/> and
    /// <see cref="IMemoryIngestion"/>, which a remote server does not offer; no store or embedder is needed.
    /// </summary>
    /// <param name="builder">The builder of <c>AddMnemo()</c>.</param>
    /// <param name="endpoint">The server's base address, e.g. <c>http://localhost:8080/</c>.</param>
    /// <param name="apiKey">An API key of the project to work in (<c>mnemo keys create</c>).</param>
    /// <param name="configure">Timeouts and retries (<see cref="MnemoClientOptions"/>).</param>
    /// <remarks>
    /// The HTTP client is the named client <see cref="MnemoClientOptions.HttpClientName"/> of <c>IHttpClientFactory</c>,
    /// with a resilience handler: a per-attempt timeout, and retries of idempotent calls only.
    /// </remarks>
    public static IMnemoBuilder WithRemoteServer(this IMnemoBuilder builder, Uri endpoint, string apiKey, Action<MnemoClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        var services = builder.Services;
        services.AddOptions<MnemoClientOptions>()
            .Configure(o =>
            {
                o.Endpoint = endpoint;
                o.ApiKey = apiKey;
                configure?.Invoke(o);
            })
            .Validate(o =>
            {
                o.Validate();
                return true;
            })
            .ValidateOnStart();

        services.AddHttpClient(MnemoClientOptions.HttpClientName, (sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<MnemoClientOptions>>().Value;
                http.BaseAddress = WithTrailingSlash(o.Endpoint!);

                // The resilience handler times each attempt; HttpClient's own timeout would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Token", o.ApiKey);
            })
            .AddResilienceHandler("mnemo", static (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<MnemoClientOptions>>().Value;
                if (o.MaxRetries > 0)
                {
                    var retry = new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = o.MaxRetries,
                        Delay = o.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    };
                    var transient = retry.ShouldHandle;
                    retry.ShouldHandle = args =>
                        args.Context.GetRequestMessage() is { } request && request.Options.TryGetValue(RemoteTransport.Idempotent, out var idempotent) && idempotent
                            ? transient(args)
                            : ValueTask.FromResult(false);
                    pipeline.AddRetry(retry);
                }

                pipeline.AddTimeout(o.Timeout);
            });

        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<IMemory>();
        services.RemoveAll<IMemoryTransfer>();
        services.RemoveAll<IMemoryIngestion>();
        services.AddSingleton<IMemory>(sp => new RemoteMemory(
            new RemoteTransport(
                sp.GetRequiredService<IHttpClientFactory>(),
                sp.GetRequiredService<IOptions<MnemoClientOptions>>().Value),
            sp.GetRequiredService<TimeProvider>()));
        return builder;
    }

    // Relative paths resolve under the base address only when it ends with '/' (http://host/mnemo -> http://host/mnemo/).
    private static Uri WithTrailingSlash(Uri endpoint) =>
        endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
}
