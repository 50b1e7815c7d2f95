using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;

namespace Mnemo.Agents.Tests;

public sealed class MnemoContextTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static List<ChatMessage> Conversation(int turns, int seed)
    {
        var random = new Random(seed);
        var words = new[] { "project", "summary", "Markdown", "budget", "deadline", "Pixel", "architect", "review", "über", "日本語", "42" };
        return
        [
            .. Enumerable.Range(0, turns).Select(i => new ChatMessage(
                i % 2 == 0 ? ChatRole.User : ChatRole.Assistant,
                $"turn {i}: " + string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => words[random.Next(words.Length)])))),
        ];
    }

    private static List<ScoredMemory> Memories(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new ScoredMemory(TestMemories.Item($"Memory number {i}: Alice prefers Markdown over PDF for report {i}", MemoryScope.User("alice"), At), 1.0 - (i * 0.01)))];

    private static int Recount(AssembledContext context) =>
        context.Messages.Sum(m => TokenCounter.Count(m)) + MnemoContext.ReplyPriming;

    [Fact]
    public void Assemble_ManyBudgetsAndConversations_NeverExceedsTheBudgetAndReportsExactCounts()
    {
        var assembler = new MnemoContext();
        for (var seed = 0; seed < 20; seed++)
        {
            var conversation = Conversation(2 + (seed * 3), seed);
            foreach (var total in new[] { 200, 350, 600, 1000, 2500 })
            {
                var budget = new ContextBudget { TotalTokens = total, MemoryTokens = total / 4 };
                var context = assembler.Assemble("You are a helpful assistant.", Memories(seed % 7), conversation, budget);

                Assert.True(context.Tokens.Total <= total, $"seed {seed}, budget {total}: {context.Tokens.Total} tokens");
                Assert.Equal(Recount(context), context.Tokens.Total);
                Assert.True(context.Tokens.Memories <= budget.MemoryTokens);
                Assert.Same(conversation[^1], context.Messages[^1]);
            }
        }
    }

    [Fact]
    public void Assemble_TightBudget_DropsTheOldestTurnsFirst()
    {
        var conversation = Conversation(30, seed: 7);
        var context = new MnemoContext().Assemble(null, [], conversation, new ContextBudget { TotalTokens = 300, MemoryTokens = 0 });

        Assert.True(context.DroppedMessages > 0);
        Assert.Equal(conversation.Skip(context.DroppedMessages), context.Messages);
        Assert.Equal(0, context.Tokens.Instructions);
        Assert.Equal(0, context.Tokens.Memories);
    }

    [Fact]
    public void Assemble_LayersInOrder_InstructionsThenMemoriesThenRecentMessages()
    {
        var conversation = Conversation(4, seed: 1);
        var context = new MnemoContext().Assemble("Be brief.", Memories(3), conversation, new ContextBudget { TotalTokens = 4000, MemoryTokens = 600 });

        Assert.Equal("Be brief.", context.Messages[0].Text);
        Assert.StartsWith("Relevant memories", context.Messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("[2026-03-01] Memory number 0", context.Messages[1].Text, StringComparison.Ordinal);
        Assert.Equal(conversation, context.Messages.Skip(2));
        Assert.Equal(3, context.Memories.Count);
        Assert.Equal(0, context.DroppedMessages);
        Assert.True(context.Tokens.Instructions > 0 && context.Tokens.Memories > 0 && context.Tokens.Messages > 0);
    }

    [Fact]
    public void Assemble_SmallMemoryShare_BestMemoriesKeptWithinIt()
    {
        var context = new MnemoContext().Assemble(null, Memories(20), Conversation(2, 3), new ContextBudget { TotalTokens = 4000, MemoryTokens = 80 });

        Assert.InRange(context.Tokens.Memories, 1, 80);
        Assert.True(context.DroppedMemories > 0);
        Assert.Equal(Memories(20).Take(context.Memories.Count).Select(m => m.Memory.Text), context.Memories.Select(m => m.Memory.Text));
    }

    [Fact]
    public void Assemble_InstructionsAloneOverBudget_ThrowsNamingTheBudget()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new MnemoContext().Assemble(string.Join(' ', Enumerable.Repeat("instructions", 200)), [], Conversation(1, 0), new ContextBudget { TotalTokens = 50, MemoryTokens = 10 }));

        Assert.Equal("budget", error.ParamName);
    }
}
