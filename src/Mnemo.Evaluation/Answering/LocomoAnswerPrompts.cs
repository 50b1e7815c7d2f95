using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace Mnemo.Answering;

/// <summary>
/// The prompts of the answer phase, after Mem0's LoCoMo harness (its answer prompt and its lenient judge): the answering
/// model sees the memories with their dates and answers in a few words; the judge labels the answer CORRECT when it
/// touches the gold answer's topic or names the same date, in any format, and answers JSON <c>{"label": ...}</c>.
/// </summary>
internal static class LocomoAnswerPrompts
{
    public const string Correct = "CORRECT";
    public const string Wrong = "WRONG";

    private const string AnswerInstructions = """
        You answer questions about a long conversation between two people, using only memories extracted from it.
        Each memory starts with the date of the conversation it comes from.

        How to answer:
        1. Read every memory that bears on the question, paying attention to the dates.
        2. Look for direct evidence of the event or fact asked about.
        3. When memories contradict each other, trust the most recent one.
        4. Turn relative times into absolute ones using the memory's date: a memory of 4 May 2022 saying "went to India
           last year" means 2021; "two months ago" in a memory of May 2023 means March 2023. Answer with the absolute
           date, month or year, never with the relative phrase.
        5. Names of other people mentioned in a memory are not the two speakers; do not confuse them.
        6. Answer with the answer alone, in at most five or six words: no explanation, no reasoning, no full sentence.
        """;

    private const string JudgeTemplate = """
        Label an answer to a question as CORRECT or WRONG. You are given:
          (1) a question that one person asks about another, based on their earlier conversations,
          (2) the gold (ground truth) answer,
          (3) a generated answer.

        The gold answer is usually short and names the topic, for example:
        Question: What did I bring back the last time I went to Hawaii?
        Gold answer: A shell necklace
        The generated answer may be much longer. Grade generously: if it touches on the same topic as the gold answer, it
        is CORRECT.

        For questions about time, the gold answer is a date, month or year. The generated answer may be longer or use a
        relative reference ("last Tuesday", "next month"); grade generously: if it refers to the same date or period, it is
        CORRECT, whatever the format ("May 7th" and "7 May" are the same date).

        Question: {0}
        Gold answer: {1}
        Generated answer: {2}

        Reply with only a JSON object whose key "label" holds CORRECT or WRONG, for example {{"label": "CORRECT"}}. Never
        put both words in the reply.
        """;

    /// <summary>The answer request: instructions, then the memories (best first, each with the date it was observed) and the question.</summary>
    public static List<ChatMessage> Answer(string question, IReadOnlyList<MemoryItem> memories)
    {
        var user = new StringBuilder("Memories:\n");
        if (memories.Count == 0)
        {
            user.Append("(none)\n");
        }

        foreach (var memory in memories)
        {
            user.Append(CultureInfo.InvariantCulture, $"- [{memory.ObservedAt:d MMMM yyyy, HH:mm}] ").Append(memory.Text.ReplaceLineEndings(" ")).Append('\n');
        }

        user.Append("\nQuestion: ").Append(question).Append("\nAnswer:");
        return [new ChatMessage(ChatRole.System, AnswerInstructions), new ChatMessage(ChatRole.User, user.ToString())];
    }

    /// <summary>The judge request for one answer.</summary>
    public static List<ChatMessage> Judge(string question, string? gold, string generated) =>
        [new ChatMessage(ChatRole.User, string.Format(CultureInfo.InvariantCulture, JudgeTemplate, question, gold ?? string.Empty, generated))];
}
