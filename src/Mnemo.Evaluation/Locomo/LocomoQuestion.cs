namespace Mnemo;

/// <summary>One question of a LoCoMo sample, with the turns that hold its answer.</summary>
/// <param name="SampleId">The sample (conversation) the question is about.</param>
/// <param name="Question">The question text, used verbatim as the search query.</param>
/// <param name="Answer">The gold answer as text (<see langword="null"/> for adversarial questions, which have none).</param>
/// <param name="Category">The category, 1 to 5 (see <see cref="LocomoCategory"/>).</param>
/// <param name="Evidence">The evidence turn ids that exist among the sample's turns, without duplicates.</param>
/// <param name="DroppedEvidence">Evidence ids the dataset lists but that name no turn (malformed or missing); not scored.</param>
public sealed record LocomoQuestion(
    string SampleId, string Question, string? Answer, int Category, IReadOnlyList<string> Evidence, IReadOnlyList<string> DroppedEvidence)
{
    /// <summary>
    /// Whether the retrieval protocol scores this question: categories 1 to 4, with at least one evidence turn left.
    /// Adversarial questions (category 5) have no answer to retrieve.
    /// </summary>
    public bool IsScored => Category is >= LocomoCategory.MultiHop and <= LocomoCategory.SingleHop && Evidence.Count > 0;
}
