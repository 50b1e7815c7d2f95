namespace Mnemo.Formation;

/// <summary>One sentence of a message, classified.</summary>
/// <param name="Kind">What the sentence is.</param>
/// <param name="Text">The text to store (lead-ins and request words removed, relative dates resolved); empty when skipped.</param>
/// <param name="SkipReason">Why a <see cref="StatementKind.Skipped"/> sentence carries nothing (a <see cref="SkippedMessage.Reason"/> value).</param>
/// <param name="Target">For <see cref="StatementKind.Forget"/> and <see cref="StatementKind.Change"/>: the words naming the memory to retract.</param>
internal sealed record Statement(StatementKind Kind, string Text, string? SkipReason = null, string? Target = null)
{
    /// <summary>Whether the sentence leads to a write (anything but <see cref="StatementKind.Skipped"/>).</summary>
    public bool Carries => Kind != StatementKind.Skipped;
}
