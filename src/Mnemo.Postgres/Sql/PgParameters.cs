using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>Collects values for a generated statement; SQL text only ever holds their names, never the values.</summary>
internal sealed class PgParameters
{
    private readonly List<NpgsqlParameter> _values = [];

    /// <summary>Adds <paramref name="value"/> and returns its placeholder.</summary>
    public string Add(object value) => Add(new NpgsqlParameter { Value = value });

    /// <summary>Adds a value of an explicit database type (for nulls and jsonb) and returns its placeholder.</summary>
    public string Add(object? value, NpgsqlDbType type) => Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });

    public void CopyTo(NpgsqlCommand command)
    {
        foreach (var p in _values)
        {
            command.Parameters.Add(p.Clone());
        }
    }

    public void CopyTo(NpgsqlBatchCommand command)
    {
        foreach (var p in _values)
        {
            command.Parameters.Add(p.Clone());
        }
    }

    private string Add(NpgsqlParameter parameter)
    {
        parameter.ParameterName = "f" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values.Add(parameter);
        return "@" + parameter.ParameterName;
    }
}
