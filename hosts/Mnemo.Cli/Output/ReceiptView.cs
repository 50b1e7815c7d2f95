using System.Globalization;
using Mnemo.Wire;
using Spectre.Console;

namespace Mnemo.Cli.Output;

/// <summary>Shows a forget receipt: what was erased, counted, with no content.</summary>
internal static class ReceiptView
{
    public static void Write(CliOutput output, ForgetReceipt receipt)
    {
        if (output.Json)
        {
            output.WriteJson(MemoryDtoMapper.ToDto(receipt));
            return;
        }

        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
        grid.AddRow("forgotten", Markup.Escape(receipt.Scope.ToString()));
        grid.AddRow("memories", receipt.Memories.ToString(CultureInfo.InvariantCulture));
        grid.AddRow("history entries", receipt.HistoryEntries.ToString(CultureInfo.InvariantCulture));
        grid.AddRow("queued adds", receipt.QueuedItems.ToString(CultureInfo.InvariantCulture));
        grid.AddRow("completed at", receipt.CompletedAt.ToString("O", CultureInfo.InvariantCulture));
        grid.AddRow("took", $"{receipt.Duration.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms");
        output.Data.Write(new Panel(grid).Header("forget receipt").Border(BoxBorder.Rounded));
    }
}
