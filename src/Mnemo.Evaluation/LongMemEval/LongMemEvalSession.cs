namespace Mnemo;

/// <summary>One haystack session of a LongMemEval question.</summary>
/// <param name="Id">The session id (<c>haystack_session_ids</c>).</param>
/// <param name="Date">When the session took place (<c>haystack_dates</c>), in UTC.</param>
/// <param name="Turns">The turns, in order.</param>
public sealed record LongMemEvalSession(string Id, DateTimeOffset Date, IReadOnlyList<LongMemEvalTurn> Turns);
