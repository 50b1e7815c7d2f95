using Microsoft.Extensions.DependencyInjection;

namespace Mnemo;

/// <summary>Returned by <c>AddMnemo()</c>; each Mnemo package adds <c>With...</c> extensions to it.</summary>
public interface IMnemoBuilder
{
    /// <summary>The service collection Mnemo is registered in.</summary>
    IServiceCollection Services { get; }
}
