using System.Security.Cryptography;
using System.Text;

namespace Mnemo;

/// <summary>
/// Opaque FTS5 tokens naming a memory's project and ids, so a keyword query is restricted to a scope inside FTS5
/// itself. Hashing keeps ids of any alphabet tokenizer-safe and keeps raw ids out of the keyword index.
/// </summary>
internal static class ScopeTokens
{
    /// <summary>The space-separated tokens stored in the <c>scope</c> column for a memory of <paramref name="scope"/>.</summary>
    public static string ForMemory(MemoryScope scope) => string.Join(' ', Enumerate(scope));

    /// <summary>The tokens a matching memory must all carry.</summary>
    public static IEnumerable<string> Enumerate(MemoryScope scope)
    {
        yield return Token('p', "project", scope.ProjectId ?? string.Empty);
        if (scope.UserId is not null)
        {
            yield return Token('u', "user", scope.UserId);
        }

        if (scope.AgentId is not null)
        {
            yield return Token('a', "agent", scope.AgentId);
        }

        if (scope.RunId is not null)
        {
            yield return Token('r', "run", scope.RunId);
        }

        if (scope.AppId is not null)
        {
            yield return Token('x', "app", scope.AppId);
        }
    }

    private static string Token(char prefix, string field, string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(field + "\0" + value));
        return prefix + Convert.ToHexStringLower(hash, 0, 8);
    }
}
