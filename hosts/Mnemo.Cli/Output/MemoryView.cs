using System.Globalization;
using System.Text.Json;
using Mnemo.Wire;
using Spectre.Console;

namespace Mnemo.Cli.Output;

/// <summary>Shows one memory: its wire JSON with --json, else a two-column grid of the fields that are set.</summary>
internal static class MemoryView
{
    public static void Write(CliOutput output, MemoryItem item)
    {
        var dto = MemoryDtoMapper.ToDto(item);
        if (output.Json)
        {
            output.WriteJson(dto);
            return;
        }

        var grid = new Grid().AddColumn().AddColumn();
        using var document = JsonSerializer.SerializeToDocument(dto, WireJson.Compact);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                JsonValueKind.Number => property.Value.GetDouble().ToString(CultureInfo.InvariantCulture),
                _ => property.Value.GetRawText(),
            };
            grid.AddRow(new Text(property.Name), new Text(value));
        }

        output.Data.Write(grid);
    }
}
