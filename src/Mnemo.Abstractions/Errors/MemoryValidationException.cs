namespace Mnemo;

/// <summary>The input was invalid; nothing was changed.</summary>
public sealed class MemoryValidationException : MnemoException
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public MemoryValidationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The field at fault, in the wire name (<c>user_id</c>, <c>filters</c>, <c>text</c>).</summary>
    public string Field { get; }
}
