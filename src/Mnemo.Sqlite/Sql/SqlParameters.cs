using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>Collects values for a generated statement; SQL text only ever holds their names, never the values.</summary>
internal sealed class SqlParameters
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    /// <summary>Adds <paramref name="value"/> and returns its placeholder.</summary>
    public string Add(object? value)
    {
        var name = "@f" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add(new(name, value ?? DBNull.Value));
        return name;
    }

    public void CopyTo(SqliteCommand command)
    {
        foreach (var (name, value) in _values)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
