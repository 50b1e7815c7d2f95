using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Mnemo;

/// <summary>
/// Settings of the Mnemo engine, grouped by concern (<see cref="Fusion"/>, <see cref="Keywords"/>,
/// <see cref="Candidates"/>, <see cref="Context"/>, <see cref="Embedding"/>, <see cref="Formation"/>, <see cref="Index"/>). Defaults are the
/// measured best on LoCoMo and LongMemEval (see docs/BENCHMARKS.md); every value is range-checked at start-up.
/// </summary>
public sealed class MnemoOptions
{
    /// <summary>How search fuses its signals: weights of the semantic, keyword, entity and time signals, the length prior.</summary>
    [ValidateObjectMembers]
    public FusionOptions Fusion { get; } = new();

    /// <summary>The keyword signal: BM25 parameters, pruning of common query terms, the score scale.</summary>
    [ValidateObjectMembers]
    public KeywordOptions Keywords { get; } = new();

    /// <summary>Candidate pools: per signal before fusion, the vector index's approximate passes, before a filter.</summary>
    [ValidateObjectMembers]
    public CandidateOptions Candidates { get; } = new();

    /// <summary>Neighbour context: how much a memory next to a strong hit rises with it.</summary>
    [ValidateObjectMembers]
    public ContextOptions Context { get; } = new();

    /// <summary>Contextual vectors, passages of long texts, the query-embedding cache.</summary>
    [ValidateObjectMembers]
    public EmbeddingOptions Embedding { get; } = new();

    /// <summary>How an add with infer on forms memories: reconciliation candidates, duplicates, retractions.</summary>
    [ValidateObjectMembers]
    public FormationOptions Formation { get; } = new();

    /// <summary>The in-memory search index: the row cache's byte bound, the actor cache, the change feed's page size.</summary>
    [ValidateObjectMembers]
    public IndexOptions Index { get; } = new();

    /// <summary>
    /// How many searches compute at once (query embedding, store search, scoring); later ones wait their turn, in arrival
    /// order. A search is CPU work: more of them at once than there are cores only share the cores, so every one of them
    /// takes longer and the slowest much longer (see docs/BENCHMARKS.md, server). Default: the processor count.
    /// </summary>
    /// <value>Default: the processor count; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int MaxConcurrentSearches { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Longest memory or query text accepted, in characters. Keyword search covers the whole text; the embedding
    /// covers it in passages (<see cref="EmbeddingOptions.PassageLength"/>).
    /// </summary>
    /// <value>Default 1 048 576 (1 Mi characters: a pasted document); 16 or more.</value>
    [Range(16, int.MaxValue)]
    public int MaxTextLength { get; set; } = 1_048_576;

    /// <summary>Memories deleted per transaction by <see cref="IMemory.DeleteAllAsync"/>.</summary>
    /// <value>Default 500; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int DeleteBatchSize { get; set; } = 500;

    /// <summary>Store-wide instructions for the extractor, added before each call's own.</summary>
    public string? CustomInstructions { get; set; }

    /// <summary>
    /// Store-wide topics to keep (e.g. "food", "work"); an add's own <see cref="AddOptions.IncludeTopics"/> replaces them.
    /// Empty keeps every topic.
    /// </summary>
    public IList<string> IncludeTopics { get; } = [];

    /// <summary>Store-wide topics never kept (e.g. "health"); an add's own <see cref="AddOptions.ExcludeTopics"/> are added to them.</summary>
    public IList<string> ExcludeTopics { get; } = [];

    /// <summary>The pre-filter's rules.</summary>
    public PreFilterOptions PreFilter { get; } = new();

    /// <summary>
    /// Throws <see cref="OptionsValidationException"/>, naming each setting out of its range (e.g.
    /// <c>Fusion.TimeHalfLifeDays</c>), when one is. <c>AddMnemo()</c> runs the same checks when the options are first
    /// read and, in a host, at start-up (<c>ValidateOnStart</c>).
    /// </summary>
    public void Validate()
    {
        var result = new MnemoOptionsValidator().Validate(null, this);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MnemoOptions), result.Failures);
        }
    }
}
