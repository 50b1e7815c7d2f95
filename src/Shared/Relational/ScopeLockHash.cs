using System.Security.Cryptography;
using System.Text;

namespace Mnemo;

/// <summary>
/// The stable hash scope lock keys are taken by: SHA-256 of <c>"mnemo.scope." + key</c> in UTF-8, the same in every
/// process and version, so two processes (or two stores' lock implementations) agree on which keys collide.
/// </summary>
internal static class ScopeLockHash
{
    /// <summary>The SHA-256 of the key; a lock takes as many leading bytes as it needs.</summary>
    public static byte[] Of(string key) => SHA256.HashData(Encoding.UTF8.GetBytes("mnemo.scope." + key));
}
