using System.Security.Cryptography;
using System.Text;

namespace Mnemo;

/// <summary>How API keys are hashed for storage and lookup (SHA-256 of the UTF-8 key, lowercase hex).</summary>
public static class ApiKeyHash
{
    /// <summary>The hash stored for <paramref name="key"/>.</summary>
    public static string Compute(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>A new random key: <c>mnemo_</c> and 32 random bytes, base64url.</summary>
    public static string NewKey() =>
        "mnemo_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
