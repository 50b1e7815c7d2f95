using System.CommandLine;
using System.Globalization;

namespace Mnemo.Cli.Hosting;

/// <summary>
/// The score cuts of a search (--threshold, --relative-threshold, --spread-threshold) with the defaults a command
/// chooses; a value outside [0, 1] is a usage error naming the option, before any work.
/// </summary>
internal sealed class ScoreCutOptions
{
    private readonly Option<double?> _threshold;
    private readonly Option<double?> _relative;
    private readonly Option<double?> _spread;

    private ScoreCutOptions(double? threshold, double? relative, double? spread, string subject)
    {
        _threshold = Create("--threshold", threshold, $"Minimum fused score in [0, 1] of {subject}");
        _relative = Create(
            "--relative-threshold",
            relative,
            $"Share, in [0, 1], of the best result's score {subject} needs ({Format(SearchOptions.RecommendedRelativeThreshold)} is calibrated; 0 keeps all)");
        _spread = Create(
            "--spread-threshold",
            spread,
            $"Share, in [0, 1], of the way from the 20th result's score up to the best one {subject} needs ({Format(SearchOptions.RecommendedSpreadThreshold)} is calibrated with the relative threshold; 0 cuts nothing in the top 20)");
    }

    /// <summary>Adds the three options to <paramref name="command"/>; a <see langword="null"/> default leaves that cut off.</summary>
    public static ScoreCutOptions AddTo(Command command, string subject, double? threshold = null, double? relative = null, double? spread = null)
    {
        var cuts = new ScoreCutOptions(threshold, relative, spread, subject);
        command.Add(cuts._threshold);
        command.Add(cuts._relative);
        command.Add(cuts._spread);
        return cuts;
    }

    /// <summary>
    /// <paramref name="options"/> with the cuts given on the command line. With <paramref name="calibrated"/> (the cut
    /// measured for the configured embedding model), the relative and spread cuts the user did not give are those.
    /// </summary>
    public SearchOptions Apply(SearchOptions options, ParseResult parseResult, (double Relative, double Spread)? calibrated = null) => options with
    {
        Threshold = parseResult.GetValue(_threshold),
        RelativeThreshold = calibrated is not null && Implicit(parseResult, _relative) ? calibrated.Value.Relative : parseResult.GetValue(_relative),
        SpreadThreshold = calibrated is not null && Implicit(parseResult, _spread) ? calibrated.Value.Spread : parseResult.GetValue(_spread),
    };

    private static bool Implicit(ParseResult parseResult, Option<double?> option) => parseResult.GetResult(option) is null or { Implicit: true };

    private static Option<double?> Create(string name, double? defaultValue, string description)
    {
        var option = new Option<double?>(name)
        {
            Description = description,
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } value && (value is < 0 or > 1 || double.IsNaN(value)))
            {
                result.AddError($"{name} must be between 0 and 1, not {Format(value)}.");
            }
        });
        return option;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
