using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>A prompt assembled by <see cref="MnemoContext"/> within its budget.</summary>
/// <param name="Messages">What to send: the instructions, the memory block (both as system messages) and the recent messages kept, oldest first.</param>
/// <param name="Tokens">Tokens per layer; <see cref="ContextTokens.Total"/> never exceeds the budget.</param>
/// <param name="Memories">The memories in the block, best first.</param>
/// <param name="DroppedMemories">Memories left out for the budget.</param>
/// <param name="DroppedMessages">Recent messages left out for the budget (always the oldest).</param>
public sealed record AssembledContext(
    IReadOnlyList<ChatMessage> Messages, ContextTokens Tokens, IReadOnlyList<ScoredMemory> Memories, int DroppedMemories, int DroppedMessages);
