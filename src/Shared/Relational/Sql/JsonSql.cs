namespace Mnemo;

/// <summary>One JSON value in SQL: its type name, its value, and the table source of its elements when it is an array.</summary>
/// <param name="Type">An expression naming the JSON type (<c>'array'</c> for an array, <c>'null'</c> for null).</param>
/// <param name="Value">An expression for the value itself.</param>
/// <param name="ElementSource">A FROM item (with its alias) yielding the elements as <see cref="SqlDialect{TParameters}.Element"/>.</param>
internal sealed record JsonSql(string Type, string Value, string ElementSource)
{
    /// <summary>The value is an array with an element meeting <paramref name="condition"/>.</summary>
    public string Elements(string condition) =>
        $"({Type} = 'array' AND EXISTS (SELECT 1 FROM {ElementSource} WHERE {condition}))";
}
