using System.ComponentModel.DataAnnotations;

namespace Mnemo;

/// <summary>
/// How search fuses its signals into one score (<see cref="MnemoOptions.Fusion"/>): the weights of the semantic,
/// keyword, entity and time signals, and the length prior. Measurements behind the defaults are in docs/BENCHMARKS.md.
/// </summary>
public sealed class FusionOptions : IValidatableObject
{
    /// <summary>Weight of the semantic signal in the fused score.</summary>
    /// <value>Default 0.75; 0 or more (with <see cref="KeywordWeight"/>, at least one positive).</value>
    [Range(0.0, double.MaxValue)]
    public double SemanticWeight { get; set; } = 0.75;

    /// <summary>Weight of the keyword (BM25) signal in the fused score.</summary>
    /// <value>Default 0.25; 0 or more.</value>
    [Range(0.0, double.MaxValue)]
    public double KeywordWeight { get; set; } = 0.25;

    /// <summary>
    /// Weight of the entity signal: 1 when the query names the memory's actor (its speaker), else 0. With the query
    /// embedded without the names (<see cref="EmbedQueryWithoutActors"/>) this signal alone carries who a query is about.
    /// </summary>
    /// <value>Default 0.15; 0 turns it off.</value>
    [Range(0.0, double.MaxValue)]
    public double EntityWeight { get; set; } = 0.15;

    /// <summary>
    /// Whether the query is embedded without the names of the scope's actors it mentions ("What does Melanie do to
    /// destress?" is embedded as "What does do to destress?"). The entity signal already scores who a memory is about;
    /// left in the embedding, a name pulls in every memory that mentions it, such as the other speaker's turns that
    /// address that person.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool EmbedQueryWithoutActors { get; set; } = true;

    /// <summary>
    /// Weight of the time signal, used only when the query names a calendar date or month ("on 7 July, 2023", "in May
    /// 2023", "2023-05-07"): 1 for a memory observed (<see cref="MemoryItem.ObservedAt"/>) in that period, decaying away
    /// from it (<see cref="TimeHalfLifeDays"/>). Queries without a date are scored as without it.
    /// </summary>
    /// <value>Default 0.2; 0 turns it off.</value>
    [Range(0.0, double.MaxValue)]
    public double TimeWeight { get; set; } = 0.2;

    /// <summary>Half-life in days of the time signal outside the named period (or half the period when that is longer).</summary>
    /// <value>Default 7: a memory observed a week before or after the named day keeps half of the signal; more than 0.</value>
    [Range(double.Epsilon, double.MaxValue)]
    public double TimeHalfLifeDays { get; set; } = 7;

    /// <summary>
    /// Length prior c: a memory of n words keeps <c>(n + c) / (n + 2c)</c> of its fused score, from one half for an
    /// empty text towards all of it for a long one. Very short memories ("Thanks!") carry little information yet match
    /// many queries; this keeps them from crowding out memories that state facts.
    /// </summary>
    /// <value>Default 3 (a 3-word memory keeps 2/3, a 30-word one 0.92); 0 turns it off.</value>
    [Range(0.0, double.MaxValue)]
    public double LengthPriorWords { get; set; } = 3;

    /// <summary>
    /// Weight of the role signal, used only when the query's pronouns point to a role: a question in the first person
    /// ("what did I buy?") favours memories of the user's messages (<see cref="MemoryItem.Role"/> <c>user</c>), one in
    /// the second person alone ("what did you suggest?") the assistant's; other queries are scored without it. The "you" of
    /// a request for suggestions ("can you recommend ...") is not counted, and the signal applies only when the
    /// candidates come from more than one role. Measured on LongMemEval dev turn frac@5 65.0 → 83.6, @10 80.3 → 91.2
    /// (0.1 / 0.2 / 0.5: @10 88.8 / 89.6 / 91.2), 93.3 with requests read so; LoCoMo dev unchanged (every turn there is a
    /// user's).
    /// </summary>
    /// <value>Default 0.3; 0 turns it off.</value>
    [Range(0.0, double.MaxValue)]
    public double RoleWeight { get; set; } = 0.3;

    /// <summary>
    /// Whether the time signal also reads a month named without a year after a preposition ("in January", "during
    /// March") as the latest such month that began before the question's reference time.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool TimeMonthWithoutYear { get; set; }

    /// <inheritdoc/>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (SemanticWeight + KeywordWeight <= 0)
        {
            yield return new ValidationResult(
                "Fusion.SemanticWeight and Fusion.KeywordWeight are both 0: at least one signal weight must be positive.",
                [nameof(SemanticWeight), nameof(KeywordWeight)]);
        }
    }
}
