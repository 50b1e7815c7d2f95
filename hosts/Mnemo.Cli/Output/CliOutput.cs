using System.Text.Json;
using Mnemo.Cli.Hosting;
using Mnemo.Wire;
using Spectre.Console;

namespace Mnemo.Cli.Output;

/// <summary>Where a command writes: data to stdout (tables or JSON), everything else to stderr.</summary>
internal sealed class CliOutput
{
    public CliOutput(CliContext context, bool json)
    {
        Context = context;
        Json = json;
        Data = CreateConsole(context.Out, context.IsOutputTerminal);
        Messages = CreateConsole(context.Error, context.IsInteractive);
    }

    public CliContext Context { get; }

    /// <summary>Whether <c>--json</c> was given.</summary>
    public bool Json { get; }

    /// <summary>stdout, for tables.</summary>
    public IAnsiConsole Data { get; }

    /// <summary>stderr, for notes and progress.</summary>
    public IAnsiConsole Messages { get; }

    /// <summary>Writes <paramref name="value"/> as indented JSON (a wire DTO) to stdout.</summary>
    public void WriteJson<T>(T value)
    {
        Context.Out.WriteLine(JsonSerializer.Serialize(value, WireJson.Indented));
        Context.Out.Flush();
    }

    /// <summary>Writes one line of data to stdout.</summary>
    public void WriteLine(string line) => Context.Out.WriteLine(line);

    /// <summary>Writes a note for the person (stderr), never mixed into data.</summary>
    public void Note(string line) => Context.Error.WriteLine(line);

    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });

        // Redirected tables are read by scripts and tests: wide enough that texts are not wrapped mid-sentence.
        if (!terminal)
        {
            console.Profile.Width = 240;
        }

        return console;
    }
}
