using Microsoft.Extensions.DependencyInjection.Extensions;
using Mnemo;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the services of the Mnemo REST API.</summary>
public static class MnemoApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <c>MapMnemoApi()</c> needs besides the engine (<c>AddMnemo()</c>) and an
    /// <see cref="IApiKeyStore"/>: options, the per-key rate limiter and the OpenAPI document.
    /// </summary>
    public static IServiceCollection AddMnemoApi(this IServiceCollection services, Action<MnemoApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MnemoApiOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o =>
        {
            o.Validate();
            return true;
        }).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KeyRateLimiter>();
        services.TryAddSingleton<MemoryApi>();
        services.AddOpenApi();
        return services;
    }
}
