using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>
/// How <see cref="MnemoContextProvider"/> and the <c>UseMnemo</c> chat middleware use memory: what they retrieve before the
/// model answers, what they record after, and which tools they offer.
/// </summary>
public sealed class MnemoAgentOptions
{
    /// <summary>How many memories at most are put in front of the model (strict top-k).</summary>
    /// <value>Default 5.</value>
    [Range(1, 100)]
    public int TopK { get; set; } = 5;

    /// <summary>The fused score, in [0, 1], a memory needs to be put in front of the model.</summary>
    /// <value>Default 0.2: leaves out memories that share nothing with the question but keeps paraphrases.</value>
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = 0.2;

    /// <summary>
    /// The share, in [0, 1], of the best memory's score another memory needs to be put in front of the model (a cut
    /// relative to the query; see <see cref="SearchOptions.RelativeThreshold"/>).
    /// </summary>
    /// <value>
    /// Default <see cref="SearchOptions.RecommendedRelativeThreshold"/> (0.865): calibrated on LoCoMo and LongMemEval,
    /// with <see cref="SpreadThreshold"/>, to keep over 90 % of the relevant memories of the top 10 while leaving out
    /// 50-56 % of the others. 0 turns it off.
    /// </value>
    [Range(0.0, 1.0)]
    public double RelativeThreshold { get; set; } = SearchOptions.RecommendedRelativeThreshold;

    /// <summary>
    /// The share, in [0, 1], of the way from the 20th result's score up to the best one a memory's score needs to be put
    /// in front of the model (see <see cref="SearchOptions.SpreadThreshold"/>); applies with <see cref="RelativeThreshold"/>.
    /// </summary>
    /// <value>
    /// Default <see cref="SearchOptions.RecommendedSpreadThreshold"/> (0.40), calibrated together with the relative
    /// threshold (docs/BENCHMARKS.md, score calibration). 0 turns it off.
    /// </value>
    [Range(0.0, 1.0)]
    public double SpreadThreshold { get; set; } = SearchOptions.RecommendedSpreadThreshold;

    /// <summary>The most tokens (o200k_base) the memory block may take; memories past it are left out, best kept first.</summary>
    /// <value>Default 600.</value>
    [Range(32, 100_000)]
    public int MemoryTokenBudget { get; set; } = 600;

    /// <summary>
    /// How long the memory search may take before the model is called without memories (a logged warning).
    /// </summary>
    /// <value>Default 2 seconds.</value>
    public TimeSpan SearchTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Record each successful exchange (new user messages and the reply) after the model answered.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool Record { get; set; } = true;

    /// <summary>
    /// Extract facts from recorded exchanges (the formation pipeline) rather than storing each message verbatim.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool Infer { get; set; } = true;

    /// <summary>
    /// The durable queue recorded exchanges go through. When <see langword="null"/>, the memory itself is used when it
    /// implements <see cref="IMemoryIngestion"/>; otherwise the add runs in the background, not durably.
    /// </summary>
    public IMemoryIngestion? Ingestion { get; set; }

    /// <summary>Offer the model the <c>search_memories</c>, <c>remember</c> and <c>forget_memory</c> tools.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Tools { get; set; }

    /// <summary>The heading of the memory block the model receives.</summary>
    /// <value>Default: "Relevant memories about the user from earlier conversations (date learned in brackets; newer facts win):".</value>
    public string ContextPrompt { get; set; } =
        "Relevant memories about the user from earlier conversations (date learned in brackets; newer facts win):";

    /// <summary>Where warnings (search failed or timed out, recording failed) go. Memory text is never logged above Trace.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock (tests pass a fake one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (TopK is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(TopK), TopK, "TopK must be between 1 and 100.");
        }

        if (Threshold is < 0 or > 1 || double.IsNaN(Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be between 0 and 1.");
        }

        if (RelativeThreshold is < 0 or > 1 || double.IsNaN(RelativeThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(RelativeThreshold), RelativeThreshold, "RelativeThreshold must be between 0 and 1.");
        }

        if (SpreadThreshold is < 0 or > 1 || double.IsNaN(SpreadThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(SpreadThreshold), SpreadThreshold, "SpreadThreshold must be between 0 and 1.");
        }

        if (MemoryTokenBudget is < 32 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryTokenBudget), MemoryTokenBudget, "MemoryTokenBudget must be between 32 and 100000.");
        }

        if (SearchTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(SearchTimeout), SearchTimeout, "SearchTimeout must be positive.");
        }

        ArgumentNullException.ThrowIfNull(ContextPrompt);
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
