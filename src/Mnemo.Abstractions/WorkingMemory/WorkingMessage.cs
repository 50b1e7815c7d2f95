namespace Mnemo;

/// <summary>One message of a session's recent window.</summary>
/// <param name="Role">The role: <c>user</c> or <c>assistant</c>.</param>
/// <param name="Text">What was said.</param>
/// <param name="At">When it was said.</param>
public sealed record WorkingMessage(string Role, string Text, DateTimeOffset At);
