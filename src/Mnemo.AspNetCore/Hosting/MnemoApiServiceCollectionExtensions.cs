using Microsoft.AspNetCore.Hosting;
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
        services.TryAddSingleton<FailedAuthLimiter>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, EmptyErrorBodyStartupFilter>());
        services.TryAddSingleton<MemoryApi>();
        services.AddOpenApi(MnemoOpenApi.Configure);

        // The dashboard's per-project counters (docs/api.md, "Dashboard").
        services.TryAddSingleton<DashboardMetrics>();
        services.TryAddSingleton<DashboardMetricsFilter>();
        CountChatUsage(services);
        return services;
    }

    // The dashboard's LLM token counts: an IChatClient registered before AddMnemoApi() is wrapped so that each
    // response's usage is added to the project of the request that caused it.
    private static void CountChatUsage(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var inner = services[i];
            if (inner.ServiceType != typeof(Microsoft.Extensions.AI.IChatClient) || inner.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(
                typeof(Microsoft.Extensions.AI.IChatClient),
                sp => new UsageCountingChatClient(Create(sp, inner), sp.GetRequiredService<DashboardMetrics>()),
                inner.Lifetime);
        }

        static Microsoft.Extensions.AI.IChatClient Create(IServiceProvider sp, ServiceDescriptor d) =>
            (Microsoft.Extensions.AI.IChatClient)(d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));
    }
}
