namespace Mnemo;

/// <summary>A message the pre-filter kept away from the extractor, with the rule that matched.</summary>
/// <param name="Index">Position of the message in the add's input.</param>
/// <param name="Reason">The rule: <c>greeting</c>, <c>thanks</c>, <c>acknowledgement</c>, <c>question</c> (a question without a statement), <c>chit_chat</c> (reactions and remarks without a statement), <c>task</c> (a task on what the conversation holds, "summarize this", or a refinement of the last answer, "try again"), <c>feedback</c> (a verdict on the assistant's answer or a choice among its options, "that's not what I asked", "let's go with option 2"), <c>too_short</c>, <c>system</c>, <c>empty</c>, <c>custom_rule</c>.</param>
public sealed record SkippedMessage(int Index, string Reason);
