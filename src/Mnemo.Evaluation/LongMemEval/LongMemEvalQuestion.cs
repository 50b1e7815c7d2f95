namespace Mnemo;

/// <summary>One LongMemEval question with its own haystack.</summary>
/// <param name="Id"><c>question_id</c>; abstention questions end in <c>_abs</c>.</param>
/// <param name="Type"><c>question_type</c> (e.g. <c>multi-session</c>).</param>
/// <param name="Question">The question text.</param>
/// <param name="Date">When the question is asked (<c>question_date</c>), in UTC: the search's reference time.</param>
/// <param name="Sessions">The haystack sessions.</param>
/// <param name="AnswerSessionIds">The sessions holding the evidence (<c>answer_session_ids</c>).</param>
public sealed record LongMemEvalQuestion(
    string Id, string Type, string Question, DateTimeOffset Date, IReadOnlyList<LongMemEvalSession> Sessions, IReadOnlyList<string> AnswerSessionIds)
{
    /// <summary>Whether this is an abstention question (its id ends in <c>_abs</c>): it has no evidence to retrieve.</summary>
    public bool IsAbstention => Id.EndsWith("_abs", StringComparison.Ordinal);

    /// <summary>The ids of the turns marked <c>has_answer</c>.</summary>
    public IReadOnlyList<string> EvidenceTurnIds => [.. Sessions.SelectMany(s => s.Turns).Where(t => t.HasAnswer).Select(t => t.Id)];
}
