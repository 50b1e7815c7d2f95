using System.ComponentModel;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>
/// Memory tools for agents that manage memory themselves: <c>search_memories</c>, <c>remember</c> and
/// <c>forget_memory</c>. The scope is bound when the tools are made; nothing the model sends can change it, and a memory
/// id outside the scope is "not found".
/// </summary>
public static class MnemoTools
{
    /// <summary>The tool names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["search_memories", "remember", "forget_memory"];

    /// <summary>Makes the three tools over <paramref name="memory"/>, bound to <paramref name="scope"/>.</summary>
    public static IList<AITool> Create(IMemory memory, MemoryScope scope, MnemoAgentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(scope);
        scope.Validate();
        var settings = options ?? new MnemoAgentOptions();

        return
        [
            AIFunctionFactory.Create(
                async ([Description("What to look for, in plain words.")] string query, CancellationToken cancellationToken) =>
                {
                    if (string.IsNullOrWhiteSpace(query))
                    {
                        return "query is required.";
                    }

                    var found = await memory.SearchAsync(query, new SearchOptions { Scope = scope, Limit = settings.TopK, Threshold = settings.Threshold, RelativeThreshold = settings.RelativeThreshold, SpreadThreshold = settings.SpreadThreshold }, cancellationToken).ConfigureAwait(false);
                    return found.Results.Count == 0
                        ? "No memory matches."
                        : string.Join('\n', found.Results.Select(r => $"{r.Memory.Id} [{r.Memory.ObservedAt:yyyy-MM-dd}] {r.Memory.Text}"));
                },
                "search_memories",
                "Searches the long-term memories of the current user for facts relevant to a query. Returns one memory per line: id, [date learned], text."),
            AIFunctionFactory.Create(
                async ([Description("The fact to remember, as one self-contained sentence.")] string fact, CancellationToken cancellationToken) =>
                {
                    if (string.IsNullOrWhiteSpace(fact))
                    {
                        return "fact is required.";
                    }

                    var added = await memory.AddAsync(
                        [new ChatMessage(ChatRole.User, fact)],
                        new AddOptions { Scope = scope, Infer = false, ObservedAt = settings.TimeProvider.GetUtcNow() },
                        cancellationToken).ConfigureAwait(false);
                    return added.Results.Count == 0 ? "Already known." : $"Remembered ({added.Results[0].Id}).";
                },
                "remember",
                "Stores one fact about the current user in long-term memory."),
            AIFunctionFactory.Create(
                async ([Description("The id of the memory, as search_memories returned it.")] string memory_id, CancellationToken cancellationToken) =>
                {
                    if (!Guid.TryParse(memory_id, out var id))
                    {
                        return $"'{memory_id}' is not a memory id.";
                    }

                    try
                    {
                        // The memory must be the current user's: IMemory answers one outside the scope as not found.
                        await memory.DeleteAsync(id, scope, cancellationToken).ConfigureAwait(false);
                        return $"Forgot {memory_id}.";
                    }
                    catch (MemoryNotFoundException)
                    {
                        return $"Memory {memory_id} does not exist.";
                    }
                },
                "forget_memory",
                "Deletes one long-term memory of the current user by id (when the user asks to forget it or it is wrong)."),
        ];
    }
}
