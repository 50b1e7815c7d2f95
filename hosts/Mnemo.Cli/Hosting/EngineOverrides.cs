using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Mnemo.Cli.Hosting;

/// <summary>
/// The eval commands' <c>--set Name=Value</c>: engine settings (<see cref="MnemoOptions"/> numbers and switches, e.g.
/// <c>--set Context.NeighbourWeight=0.2</c>) changed for one evaluation, so a what-if needs no rebuild. A setting of a
/// group is named <c>Group.Name</c>; the flat names from before the groups (<c>NeighbourWeight</c>,
/// <c>KeywordHalfScore</c>) still work, so older commands in docs/BENCHMARKS.md run unchanged. Names are matched
/// without regard to case; a wrong name or value is a usage error naming it.
/// </summary>
internal static class EngineOverrides
{
    // The flat names whose grouped name differs by more than the group (the others are found by their own name).
    private static readonly Dictionary<string, string> _renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SearchCandidates"] = "Candidates.PerSignal",
        ["KeywordHalfScore"] = "Keywords.HalfScore",
        ["EmbeddingContext"] = "Embedding.ContextMemories",
        ["EmbeddingPassageLength"] = "Embedding.PassageLength",
        ["MaxEmbeddingPassages"] = "Embedding.MaxPassages",
        ["FormationCandidates"] = "Formation.Candidates",
    };

    private static readonly Dictionary<string, Setting> _settable = Settings();

    /// <summary>Parses <paramref name="assignments"/> into an action on the options; <see langword="null"/> when there are none.</summary>
    /// <exception cref="CliException">An assignment is malformed, names no setting, or its value does not parse.</exception>
    public static Action<MnemoOptions>? Parse(IReadOnlyList<string>? assignments)
    {
        if (assignments is null || assignments.Count == 0)
        {
            return null;
        }

        var values = new List<(Setting Setting, object Value)>();
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw CliException.Usage($"--set takes Name=Value; got '{assignment}'.");
            }

            var name = assignment[..equals].Trim();
            var text = assignment[(equals + 1)..].Trim();
            if (!_settable.TryGetValue(_renamed.GetValueOrDefault(name, name), out var setting))
            {
                var names = _settable.Where(s => s.Key.Contains('.', StringComparison.Ordinal) || s.Value.Group is null).Select(s => s.Key);
                throw CliException.Usage($"--set: no engine setting '{name}'; settable: {string.Join(", ", names.Order(StringComparer.Ordinal))}.");
            }

            var type = setting.Property.PropertyType;
            object? value = type == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i
                : type == typeof(long) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l
                : type == typeof(double) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                : type == typeof(bool) && bool.TryParse(text, out var b) ? b
                : null;
            values.Add((setting, value ?? throw CliException.Usage($"--set {setting.Name}: '{text}' is not a {type.Name.ToLowerInvariant()}.")));
        }

        void Apply(MnemoOptions options)
        {
            foreach (var (setting, value) in values)
            {
                setting.Property.SetValue(setting.Group is null ? options : setting.Group.GetValue(options), value);
            }
        }

        // Out-of-range values are a usage error now, not a failure when the engine starts.
        var probe = new MnemoOptions();
        Apply(probe);
        try
        {
            probe.Validate();
        }
        catch (OptionsValidationException ex)
        {
            throw CliException.Usage($"--set: {string.Join(" ", ex.Failures)}");
        }

        return Apply;
    }

    /// <summary>
    /// Every number and switch: <c>Name</c> at the top level, <c>Group.Name</c> in a group, and a group's <c>Name</c>
    /// alone too when no other setting has it (the flat names of before the groups).
    /// </summary>
    private static Dictionary<string, Setting> Settings()
    {
        var settings = new Dictionary<string, Setting>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in Settable(typeof(MnemoOptions)))
        {
            settings[property.Name] = new Setting(property.Name, null, property);
        }

        var flat = new Dictionary<string, Setting?>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in typeof(MnemoOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType.Name.EndsWith("Options", StringComparison.Ordinal) && p.PropertyType.Namespace == "Mnemo"))
        {
            foreach (var property in Settable(group.PropertyType))
            {
                var setting = new Setting($"{group.Name}.{property.Name}", group, property);
                settings[setting.Name] = setting;
                flat[property.Name] = flat.ContainsKey(property.Name) ? null : setting;
            }
        }

        foreach (var (name, setting) in flat)
        {
            if (setting is not null)
            {
                settings.TryAdd(name, setting);
            }
        }

        return settings;
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && (p.PropertyType == typeof(int) || p.PropertyType == typeof(long) || p.PropertyType == typeof(double) || p.PropertyType == typeof(bool)));

    private sealed record Setting(string Name, PropertyInfo? Group, PropertyInfo Property);
}
