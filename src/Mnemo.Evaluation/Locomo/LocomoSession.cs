namespace Mnemo;

/// <summary>One session (a dated conversation) of a LoCoMo sample.</summary>
/// <param name="Number">The session number (1-based), from its <c>session_N</c> key.</param>
/// <param name="Date">When the session happened (read as UTC), or <see langword="null"/> when the dataset gives no date.</param>
/// <param name="Turns">The turns, in conversation order.</param>
public sealed record LocomoSession(int Number, DateTimeOffset? Date, IReadOnlyList<LocomoTurn> Turns);
