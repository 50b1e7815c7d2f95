using System.CommandLine;
using Mnemo.Cli.Output;

namespace Mnemo.Cli.Hosting;

/// <summary>One invocation of one command: its parse result, settings, output, and the engine (opened on first use).</summary>
internal sealed class CommandRun(ParseResult parseResult, CliSettings settings, CliContext context) : IAsyncDisposable
{
    private EngineSession? _session;

    public ParseResult Parse { get; } = parseResult;

    public CliSettings Settings { get; } = settings;

    public CliContext Context { get; } = context;

    public CliOutput Output { get; } = new(context, settings.Json);

    public T Get<T>(Option<T> option) => Parse.GetValue(option)!;

    public T Get<T>(Argument<T> argument) => Parse.GetValue(argument)!;

    public async Task<IMemory> MemoryAsync() => (await SessionAsync()).Memory;

    public async Task<IMemoryTransfer> TransferAsync() => (await SessionAsync()).Transfer;

    /// <summary>Another service of the engine (background ingestion, the store's queue).</summary>
    public async Task<T> ServiceAsync<T>() where T : notnull => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<T>((await SessionAsync()).Services);

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }

    private async Task<EngineSession> SessionAsync() => _session ??= await EngineSession.OpenAsync(Settings, Context);
}
