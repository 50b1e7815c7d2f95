using System.CommandLine;
using System.Globalization;
using Mnemo.Cli.Hosting;
using Mnemo.Wire;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo search "query" --user alice</c>: hybrid search, best first.</summary>
internal static class SearchCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var query = new Argument<string>("query") { Description = "What to look for" };
        var limit = new Option<int>("--limit", "-k") { Description = "Most results to return (default 10)", DefaultValueFactory = _ => 10 };
        var filters = new Option<string?>("--filters") { Description = "Mem0 filter JSON, e.g. '{\"categories\": {\"contains\": \"work\"}}'" };
        var asOf = new Option<DateTimeOffset?>("--as-of") { Description = "Search the memories as they stood at this time (ISO 8601)" };
        var referenceTime = new Option<DateTimeOffset?>("--reference-time")
        {
            Description = "When the question is asked (ISO 8601; default now): 'yesterday', 'two weeks ago' count back from it; also the default --as-of",
        };
        var includeSuperseded = new Option<bool>("--include-superseded") { Description = "Also return superseded memories" };
        var includeExpired = new Option<bool>("--include-expired") { Description = "Also return expired memories" };
        var explain = new Option<bool>("--explain") { Description = "Show the per-signal scores (semantic, keyword)" };

        var command = new Command("search", "Find the memories most relevant to a query") { query, limit, filters, asOf, referenceTime, includeSuperseded, includeExpired, explain };
        var cuts = ScoreCutOptions.AddTo(command, "a result");
        var scope = ScopeOptions.AddTo(command);

        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var options = cuts.Apply(new SearchOptions
            {
                Scope = scope.Read(run.Parse),
                Limit = run.Get(limit),
                Filter = JsonInput.Filter(run.Get(filters)),
                AsOf = run.Get(asOf),
                ReferenceTime = run.Get(referenceTime),
                IncludeSuperseded = run.Get(includeSuperseded),
                IncludeExpired = run.Get(includeExpired),
                Explain = run.Get(explain),
            }, run.Parse);

            var memory = await run.MemoryAsync();
            var result = await memory.SearchAsync(run.Get(query), options, cancellationToken);
            if (run.Output.Json)
            {
                run.Output.WriteJson(MemoryDtoMapper.ToDto(result));
            }
            else
            {
                run.Output.Data.Write(ResultsTable(result, options.Explain));
                if (result.Results.Count == 0)
                {
                    run.Output.Note("no memories found.");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The ranked results as a table; with <paramref name="explain"/>, one column per signal.</summary>
    public static Table ResultsTable(SearchResult result, bool explain)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("score");
        if (explain)
        {
            table.AddColumn("semantic").AddColumn("keyword");
        }

        table.AddColumn("memory").AddColumn("id");
        var rank = 0;
        foreach (var hit in result.Results)
        {
            var cells = new List<string> { (++rank).ToString(CultureInfo.InvariantCulture), Format(hit.Score) };
            if (explain)
            {
                cells.Add(Format(hit.Explanation?.SemanticNormalized));
                cells.Add(Format(hit.Explanation?.KeywordNormalized));
            }

            cells.Add(Markup.Escape(hit.Memory.Text));
            cells.Add(hit.Memory.Id.ToString());
            table.AddRow(cells.ToArray());
        }

        return table;
    }

    public static string Format(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";
}
