using System.Text.Json;

namespace Mnemo;

/// <summary>
/// How one database spells the pieces of a WHERE clause that <see cref="FilterSql{TParameters}"/> and
/// <see cref="ScopeSql{TParameters}"/> assemble: boolean literals, NULL handling, typed parameters, IN lists, substring
/// search, case folding, and JSON access to the metadata and categories columns. The walkers own the semantics (which
/// operators a field takes, typed equality, errors); a dialect owns only the spelling.
/// </summary>
/// <typeparam name="TParameters">The store's collector of statement parameters.</typeparam>
/// <remarks>
/// The pattern of Microsoft.Extensions.VectorData's <c>SqlFilterTranslator</c>: one walker in shared source, a small
/// subclass per database. Every fragment a dialect returns is a complete expression (parenthesised where it joins with
/// <c>AND</c> or <c>OR</c>), and values only ever travel as parameters.
/// </remarks>
internal abstract class SqlDialect<TParameters>
{
    /// <summary>The literal for true (<c>1</c>, <c>TRUE</c>).</summary>
    public abstract string True { get; }

    /// <summary>The literal for false (<c>0</c>, <c>FALSE</c>).</summary>
    public abstract string False { get; }

    /// <summary><paramref name="predicate"/>, false where it is NULL (a missing value counts as not equal).</summary>
    public abstract string OrFalse(string predicate);

    /// <summary>Adds a text parameter and returns its placeholder.</summary>
    public abstract string Text(TParameters parameters, string value);

    /// <summary>Adds an instant in the store's time column format and returns its placeholder.</summary>
    public abstract string Time(TParameters parameters, DateTimeOffset value);

    /// <summary><paramref name="column"/> equals one of <paramref name="values"/> (never empty); NULL where the column is.</summary>
    public abstract string TextIn(string column, IReadOnlyList<string> values, TParameters parameters);

    /// <summary><paramref name="column"/> equals one of <paramref name="values"/> (never empty); NULL where the column is.</summary>
    public abstract string TimeIn(string column, IReadOnlyList<DateTimeOffset> values, TParameters parameters);

    /// <summary><paramref name="text"/> contains the text parameter <paramref name="needle"/> (a placeholder).</summary>
    public abstract string Contains(string text, string needle);

    /// <summary><paramref name="text"/> lower-cased as .NET's <see cref="string.ToLowerInvariant"/> lower-cases the needle.</summary>
    public abstract string Fold(string text);

    /// <summary><paramref name="text"/> as an operand of &lt; and &gt;: code-point order, whatever the database's collation.</summary>
    public virtual string Ordered(string text) => text;

    /// <summary>The text column of a string field (<c>memory</c> is the <c>text</c> column).</summary>
    public abstract string TextColumn(string alias, string field);

    /// <summary>The memory has at least one category.</summary>
    public abstract string CategoriesNotEmpty(string alias);

    /// <summary>One category equals the text parameter <paramref name="value"/> (a placeholder).</summary>
    public abstract string CategoriesHave(string alias, string value);

    /// <summary>One category, folded, equals the text parameter <paramref name="folded"/> (a placeholder).</summary>
    public abstract string CategoriesHaveFolded(string alias, string folded);

    /// <summary>One category equals one of <paramref name="values"/> (never empty).</summary>
    public abstract string CategoriesHaveAny(string alias, IReadOnlyList<string> values, TParameters parameters);

    /// <summary>The metadata value under <paramref name="key"/> (a key already checked to need no escaping).</summary>
    public abstract JsonSql Metadata(string alias, string key, TParameters parameters);

    /// <summary>The array element a condition passed to <see cref="JsonSql.Elements"/> refers to.</summary>
    public abstract JsonSql Element { get; }

    /// <summary>
    /// <paramref name="json"/> equals the scalar <paramref name="value"/> with its JSON type: the number 5 never equals the
    /// string "5", true never equals 1.
    /// </summary>
    public abstract string JsonEquals(JsonSql json, JsonElement value, TParameters parameters);

    /// <summary><paramref name="json"/> is a string containing the text parameter <paramref name="needle"/>, folded first when <paramref name="fold"/>.</summary>
    public abstract string JsonTextContains(JsonSql json, string needle, bool fold);

    /// <summary><paramref name="json"/> is a string equal, once folded, to the text parameter <paramref name="folded"/>.</summary>
    public abstract string JsonTextEqualsFolded(JsonSql json, string folded);

    /// <summary><paramref name="json"/> is of <paramref name="value"/>'s type (a number or a string) and compares by <paramref name="comparison"/>.</summary>
    public abstract string JsonCompare(JsonSql json, string comparison, JsonElement value, TParameters parameters);
}
