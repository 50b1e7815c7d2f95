using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Hosting;

internal sealed class MnemoBuilder(IServiceCollection services) : IMnemoBuilder
{
    public IServiceCollection Services { get; } = services;
}
