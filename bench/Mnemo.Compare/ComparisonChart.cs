using System.Globalization;
using ScottPlot;

namespace Mnemo.Compare;

/// <summary>
/// Three panels side by side: search latency p50 against scope size (log scale, since the two systems differ by orders
/// of magnitude), add throughput, and LoCoMo turn_frac@10.
/// </summary>
internal static class ComparisonChart
{
    private static readonly Color _mnemo = Color.FromHex("#2563eb");
    private static readonly Color _mem0 = Color.FromHex("#f97316");
    private static readonly Color _mem0Light = Color.FromHex("#fdba74");

    public static void Render(CompareSummary summary, string path)
    {
        var panels = new List<Action<Plot>>();
        if (summary.Scale.Count > 0)
        {
            panels.Add(plot => SearchPanel(plot, summary.Scale));
        }

        if (summary.Add is { } add)
        {
            panels.Add(plot => Bars(plot, "Add, infer off (memories/s)", [("Mnemo", add.Mnemo, _mnemo), ("Mem0", add.Mem0, _mem0)], "N0"));
        }

        if (summary.Locomo is { } locomo)
        {
            panels.Add(plot => Bars(
                plot,
                "LoCoMo turn_frac@10 (%)",
                [("Mnemo", locomo.Mnemo, _mnemo), ("Mem0", locomo.Mem0, _mem0), ("Mem0 + query prefix", locomo.Mem0Prefix, _mem0Light)],
                "F1"));
        }

        if (panels.Count == 0)
        {
            throw new InvalidDataException("The summary holds no results to chart.");
        }

        var multiplot = new Multiplot();
        multiplot.AddPlots(panels.Count);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        for (var i = 0; i < panels.Count; i++)
        {
            panels[i](multiplot.GetPlot(i));
        }

        multiplot.SavePng(path, 520 * panels.Count, 460);
    }

    private static void SearchPanel(Plot plot, IReadOnlyList<ScaleRow> rows)
    {
        var xs = Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray();
        Line(plot, xs, rows.Select(r => r.Mnemo.P50).ToArray(), _mnemo, "Mnemo p50");
        Line(plot, xs, rows.Select(r => r.Mem0.P50).ToArray(), _mem0, "Mem0 p50");
        plot.Axes.Bottom.SetTicks(xs, rows.Select(r => r.Size.ToString("N0", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Bottom.Label.Text = "memories in the user scope";
        plot.Axes.Left.Label.Text = "ms (log scale)";
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => Math.Pow(10, y).ToString("N0", CultureInfo.InvariantCulture),
        };
        plot.Title("Search latency p50, limit 10");
        plot.ShowLegend(Alignment.UpperLeft);

        // Whole decades, so at least two labelled ticks show however close the values are.
        var logs = rows.SelectMany(r => new[] { r.Mnemo.P50, r.Mem0.P50 }).Select(Math.Log10).ToList();
        plot.Axes.SetLimitsX(-0.5, rows.Count - 0.5);
        plot.Axes.SetLimitsY(Math.Floor(logs.Min()), Math.Ceiling(logs.Max()) + 0.3);
    }

    private static void Line(Plot plot, double[] xs, double[] ms, Color color, string label)
    {
        var scatter = plot.Add.Scatter(xs, ms.Select(Math.Log10).ToArray());
        scatter.Color = color;
        scatter.LineWidth = 2;
        scatter.MarkerSize = 8;
        scatter.LegendText = label;
        for (var i = 0; i < xs.Length; i++)
        {
            var text = plot.Add.Text(ms[i].ToString(ms[i] >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture), xs[i], Math.Log10(ms[i]));
            text.LabelFontColor = color;
            text.LabelAlignment = Alignment.LowerCenter;
            text.OffsetY = -6;
        }
    }

    private static void Bars(Plot plot, string title, IReadOnlyList<(string Label, double Value, Color Color)> items, string format)
    {
        var bars = items.Select((item, i) => new Bar
        {
            Position = i,
            Value = item.Value,
            FillColor = item.Color,
            Label = item.Value.ToString(format, CultureInfo.InvariantCulture),
        }).ToArray();
        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, items.Count).Select(i => (double)i).ToArray(), items.Select(i => i.Label).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Title(title);
    }
}
