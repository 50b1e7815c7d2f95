using System.Globalization;
using System.Reflection;

namespace Mnemo.Cli.Hosting;

/// <summary>
/// The eval commands' <c>--set Name=Value</c>: engine settings (<see cref="MnemoOptions"/> numbers and switches, e.g.
/// <c>--set NeighbourWeight=0.2</c>) changed for one evaluation, so a what-if needs no rebuild. Names are matched
/// without regard to case; a wrong name or value is a usage error naming it.
/// </summary>
internal static class EngineOverrides
{
    private static readonly Dictionary<string, PropertyInfo> _settable = typeof(MnemoOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && (p.PropertyType == typeof(int) || p.PropertyType == typeof(double) || p.PropertyType == typeof(bool)))
        .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses <paramref name="assignments"/> into an action on the options; <see langword="null"/> when there are none.</summary>
    /// <exception cref="CliException">An assignment is malformed, names no setting, or its value does not parse.</exception>
    public static Action<MnemoOptions>? Parse(IReadOnlyList<string>? assignments)
    {
        if (assignments is null || assignments.Count == 0)
        {
            return null;
        }

        var values = new List<(PropertyInfo Property, object Value)>();
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw CliException.Usage($"--set takes Name=Value; got '{assignment}'.");
            }

            var name = assignment[..equals].Trim();
            var text = assignment[(equals + 1)..].Trim();
            if (!_settable.TryGetValue(name, out var property))
            {
                throw CliException.Usage($"--set: no engine setting '{name}'; settable: {string.Join(", ", _settable.Keys.Order(StringComparer.Ordinal))}.");
            }

            object? value = property.PropertyType == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i
                : property.PropertyType == typeof(double) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                : property.PropertyType == typeof(bool) && bool.TryParse(text, out var b) ? b
                : null;
            values.Add((property, value ?? throw CliException.Usage($"--set {property.Name}: '{text}' is not a {property.PropertyType.Name.ToLowerInvariant()}.")));
        }

        void Apply(MnemoOptions options)
        {
            foreach (var (property, value) in values)
            {
                property.SetValue(options, value);
            }
        }

        // Out-of-range values are a usage error now, not a failure when the engine starts.
        var probe = new MnemoOptions();
        Apply(probe);
        try
        {
            probe.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw CliException.Usage($"--set {ex.ParamName}: {ex.Message.Split(Environment.NewLine)[0]}");
        }

        return Apply;
    }
}
