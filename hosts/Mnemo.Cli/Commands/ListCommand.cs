using System.CommandLine;
using System.Globalization;
using Mnemo.Cli.Hosting;
using Mnemo.Wire;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo list --user alice</c>: a scope's memories, one page at a time.</summary>
internal static class ListCommand
{
    private static readonly Dictionary<string, MemoryOrder> Orders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["created-desc"] = MemoryOrder.CreatedDescending,
        ["created-asc"] = MemoryOrder.CreatedAscending,
        ["updated-desc"] = MemoryOrder.UpdatedDescending,
        ["observed-desc"] = MemoryOrder.ObservedDescending,
        ["observed-asc"] = MemoryOrder.ObservedAscending,
    };

    public static Command Create(CliRuntime runtime)
    {
        var page = new Option<int>("--page") { Description = "1-based page number (default 1)", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Items per page (default 100, at most 1000)", DefaultValueFactory = _ => 100 };
        var filters = new Option<string?>("--filters") { Description = "Mem0 filter JSON" };
        var order = new Option<string>("--order") { Description = "created-desc (default), created-asc, updated-desc, observed-desc, observed-asc", DefaultValueFactory = _ => "created-desc" }
            .AcceptOnlyFromAmong([.. Orders.Keys]);
        var includeSuperseded = new Option<bool>("--include-superseded") { Description = "Also list superseded memories" };
        var includeExpired = new Option<bool>("--include-expired") { Description = "Also list expired memories" };

        var command = new Command("list", "List a scope's memories") { page, pageSize, filters, order, includeSuperseded, includeExpired };
        var scope = ScopeOptions.AddTo(command);

        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var memory = await run.MemoryAsync();
            var result = await memory.ListAsync(
                new ListOptions
                {
                    Scope = scope.Read(run.Parse),
                    Filter = JsonInput.Filter(run.Get(filters)),
                    Page = run.Get(page),
                    PageSize = run.Get(pageSize),
                    Order = Orders[run.Get(order)],
                    IncludeSuperseded = run.Get(includeSuperseded),
                    IncludeExpired = run.Get(includeExpired),
                },
                cancellationToken);

            // With superseded memories in the list, each row says whether it is still current.
            var now = run.Context.Time.GetUtcNow();
            var marked = run.Get(includeSuperseded);
            if (run.Output.Json)
            {
                var dto = MemoryDtoMapper.ToDto(result);
                run.Output.WriteJson(marked ? new MemoryResultsDto([.. dto.Results.Zip(result.Items, (d, i) => d with { Superseded = IsSuperseded(i, now) })]) : dto);
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "memory", "created");
            if (marked)
            {
                table.AddColumn("status");
            }

            foreach (var item in result.Items)
            {
                string[] row = [item.Id.ToString(), Markup.Escape(item.Text), item.CreatedAt.ToString("u", CultureInfo.InvariantCulture)];
                table.AddRow(marked ? [.. row, IsSuperseded(item, now) ? "superseded" : "current"] : row);
            }

            run.Output.Data.Write(table);
            run.Output.Note($"page {result.Page}: {result.Items.Count} of {result.TotalCount} memories{(result.HasNext ? $" (next: --page {result.Page + 1})" : string.Empty)}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    // The store's rule for "current" (ScopeSql): a memory whose validity window has closed is superseded.
    private static bool IsSuperseded(MemoryItem item, DateTimeOffset now) => item.ValidTo is { } end && end <= now;
}
