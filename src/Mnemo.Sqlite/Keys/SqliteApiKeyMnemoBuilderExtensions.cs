using Microsoft.Extensions.DependencyInjection.Extensions;
using Mnemo;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite API key store.</summary>
public static class SqliteApiKeyMnemoBuilderExtensions
{
    /// <summary>Registers an <see cref="IApiKeyStore"/> kept in the SQLite file at <paramref name="path"/>.</summary>
    public static IMnemoBuilder WithSqliteApiKeys(this IMnemoBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.RemoveAll<IApiKeyStore>();
        builder.Services.AddSingleton(sp => SqliteApiKeyStoreFactory.Create(path, sp.GetService<TimeProvider>()));
        return builder;
    }
}
