namespace Mnemo;

/// <summary>A filter could not be parsed or names an operator or field the store cannot evaluate.</summary>
public sealed class InvalidFilterException : MnemoException
{
    /// <summary>Creates the exception; <paramref name="path"/> locates the bad part (e.g. <c>AND[1].created_at</c>).</summary>
    public InvalidFilterException(string path, string message)
        : base(string.IsNullOrEmpty(path) ? $"Invalid filter: {message}" : $"Invalid filter at '{path}': {message}")
    {
        Path = path;
    }

    /// <summary>Where in the filter the problem is.</summary>
    public string Path { get; }
}
