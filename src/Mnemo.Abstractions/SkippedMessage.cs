namespace Mnemo;

/// <summary>A message the pre-filter kept away from the extractor, with the rule that matched.</summary>
/// <param name="Index">Position of the message in the add's input.</param>
/// <param name="Reason">The rule: <c>greeting</c>, <c>acknowledgement</c>, <c>question</c>, <c>too_short</c>, <c>system</c>, <c>empty</c>.</param>
public sealed record SkippedMessage(int Index, string Reason);
