using System.Collections.Frozen;

namespace Mnemo;

/// <summary>A fixed two-way map between the values of an enum and the text a store persists for each.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StoredText<TEnum>
    where TEnum : struct, Enum
{
    private readonly string _what;
    private readonly FrozenDictionary<TEnum, string> _texts;
    private readonly FrozenDictionary<string, TEnum> _values;

    /// <param name="what">What the text names, for the error on an unknown text ("history event").</param>
    /// <param name="texts">The text of every value.</param>
    public StoredText(string what, IReadOnlyDictionary<TEnum, string> texts)
    {
        _what = what;
        _texts = texts.ToFrozenDictionary();
        _values = texts.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    public string ToText(TEnum value) =>
        _texts.TryGetValue(value, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    /// <exception cref="InvalidDataException">The text names no value: the row was not written by a store.</exception>
    public TEnum FromText(string text) =>
        _values.TryGetValue(text, out var value) ? value : throw new InvalidDataException($"Unknown {_what} '{text}'.");
}
