using System.Globalization;
using System.Text.Json;

namespace Mnemo.Embedding;

/// <summary>
/// Contextual document embedding (<see cref="EmbeddingOptions.ContextMemories"/>): a memory in the user's own words (a
/// verbatim turn, or a statement kept by offline formation) is embedded after the texts of the memories stored just
/// before it in the same scope, oldest first, one per line ("Yes, last May!" is embedded with the question it answers);
/// the memory's text stays its own, and queries are embedded alone. The preceding memories are the earlier texts of the
/// same call, then the scope's newest active memories created strictly before the call (exact scope: a memory of
/// another agent or run of the same user is never read). Deleted and forgotten memories are not read, since the store
/// no longer lists them, but a vector embedded before a deletion keeps what it was embedded with.
/// </summary>
internal sealed class EmbeddingContext(IMemoryStore store, EmbeddingOptions options)
{
    private readonly int memories = options.ContextMemories;

    /// <summary>What joins the context texts and the memory's own text.</summary>
    public const string Separator = "\n";

    /// <summary>
    /// The embedding inputs of <paramref name="texts"/>, memories of <paramref name="scope"/> in arrival order that
    /// are about to be stored; <paramref name="texts"/> itself when the feature is off.
    /// </summary>
    /// <param name="scope">The scope all texts go to.</param>
    /// <param name="texts">The new memories' texts, in arrival order.</param>
    /// <param name="createdBefore">Stored memories give context only when created strictly before this time.</param>
    /// <param name="asOf">The time of the activity checks of the store lookup.</param>
    /// <param name="cancellationToken">Cancels the store lookup.</param>
    public async Task<IReadOnlyList<string>> InputsAsync(
        MemoryScope scope, IReadOnlyList<string> texts, DateTimeOffset createdBefore, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (memories == 0 || texts.Count == 0)
        {
            return texts;
        }

        var window = await EarlierAsync(scope, createdBefore, asOf, cancellationToken).ConfigureAwait(false);
        var inputs = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var start = Math.Max(0, window.Count - memories);
            inputs[i] = window.Count == 0 ? texts[i] : string.Join(Separator, window.Skip(start).Select(ContextTail).Append(texts[i]));
            window.Add(texts[i]);
        }

        return inputs;
    }

    // The end of an earlier memory (EmbeddingOptions.ContextCharacters), cut at a word break: what a reply answers is
    // usually said last, and a long earlier text would otherwise outweigh a short memory in its own vector.
    private string ContextTail(string text) => Tail(text, options.ContextCharacters);

    /// <summary>
    /// The last <paramref name="length"/> characters of <paramref name="text"/>, starting after a word break (the whole
    /// text when it is that short): the end of an earlier message, which a reply answers.
    /// </summary>
    internal static string Tail(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var start = text.Length - length;
        var space = text.IndexOf(' ', start);
        return space < 0 || space == text.Length - 1 ? text[start..] : text[(space + 1)..];
    }

    // The scope's newest memories before the cut-off, oldest first. A listing of a scope includes its sub-scopes (a
    // user's memories of every agent), so a few more are read and only the exact scope's kept. Streamed and left early:
    // a page would also count the whole scope.
    private async Task<List<string>> EarlierAsync(MemoryScope scope, DateTimeOffset createdBefore, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var cutoff = JsonSerializer.SerializeToElement(createdBefore.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        var query = new MemoryListQuery
        {
            Scope = scope,
            Filter = new FieldFilter("created_at", FilterOperator.Lt, cutoff),
            Order = MemoryOrder.CreatedDescending,
            Limit = 4 * memories,
            AsOf = asOf,
        };
        var earlier = new List<string>(memories);
        var read = 0;
        await foreach (var item in store.StreamAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (item.Scope == scope)
            {
                earlier.Add(item.Text);
            }

            if (earlier.Count == memories || ++read == query.Limit)
            {
                break;
            }
        }

        earlier.Reverse();
        return earlier;
    }
}
