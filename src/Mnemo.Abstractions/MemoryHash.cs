using System.Security.Cryptography;
using System.Text;

namespace Mnemo;

/// <summary>The content hash every store and the engine agree on: lowercase hex SHA-256 of the UTF-8 text.</summary>
public static class MemoryHash
{
    /// <summary>Hashes <paramref name="text"/> exactly as given.</summary>
    public static string Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
