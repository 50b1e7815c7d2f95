using System.Globalization;
using System.Text.Json;

namespace Mnemo.Client.Wire;

/// <summary>
/// Writes a <see cref="MemoryFilter"/> tree back into Mem0's filter JSON, in the form the server's parser reads into the
/// same tree: every field condition as <c>{"field": {"op": value}}</c>, so no bare value is mistaken for a nested object.
/// </summary>
internal static class FilterJson
{
    public static JsonElement? Write(MemoryFilter? filter)
    {
        if (filter is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, filter);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, MemoryFilter filter)
    {
        writer.WriteStartObject();
        switch (filter)
        {
            case AndFilter and:
                WriteList(writer, "AND", and.Filters);
                break;
            case OrFilter or:
                WriteList(writer, "OR", or.Filters);
                break;
            case NotFilter not:
                writer.WritePropertyName("NOT");
                Write(writer, not.Filter);
                break;
            case FieldFilter field when field.Operator == FilterOperator.Exists:
                writer.WriteString(field.Field, "*");
                break;
            case FieldFilter field:
                writer.WriteStartObject(field.Field);
                writer.WritePropertyName(field.Operator.ToString().ToLower(CultureInfo.InvariantCulture));
                field.Value.WriteTo(writer);
                writer.WriteEndObject();
                break;
            default:
                throw new InvalidFilterException(string.Empty, $"the remote client cannot send a filter of type {filter.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<MemoryFilter> filters)
    {
        writer.WriteStartArray(name);
        foreach (var filter in filters)
        {
            Write(writer, filter);
        }

        writer.WriteEndArray();
    }
}
