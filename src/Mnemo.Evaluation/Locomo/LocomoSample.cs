namespace Mnemo;

/// <summary>One LoCoMo sample: a long two-person conversation over many sessions, and questions about it.</summary>
/// <param name="SampleId">The sample id (e.g. <c>conv-26</c>).</param>
/// <param name="SpeakerA">The first speaker's name.</param>
/// <param name="SpeakerB">The second speaker's name.</param>
/// <param name="Sessions">The sessions that have turns, in session order.</param>
/// <param name="Questions">Every question of the sample, adversarial ones included.</param>
public sealed record LocomoSample(
    string SampleId, string SpeakerA, string SpeakerB, IReadOnlyList<LocomoSession> Sessions, IReadOnlyList<LocomoQuestion> Questions)
{
    /// <summary>
    /// The turns LoCoMo's <c>observation</c> annotations took a fact from (their <c>dia_id</c>s): the reference for what
    /// memory formation should keep. Empty when the file has no annotations.
    /// </summary>
    public IReadOnlySet<string> AnnotatedTurns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>All turns, in session and conversation order.</summary>
    public IEnumerable<LocomoTurn> Turns => Sessions.SelectMany(s => s.Turns);

    /// <summary>The questions the retrieval protocol scores (see <see cref="LocomoQuestion.IsScored"/>).</summary>
    public IEnumerable<LocomoQuestion> ScoredQuestions => Questions.Where(q => q.IsScored);
}
