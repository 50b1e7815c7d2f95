namespace Mnemo.Indexing;

/// <summary>A hybrid search as a store sees it: which memories may match, and the two signals' inputs.</summary>
internal sealed record IndexQuery
{
    /// <summary>The scope. Required.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>The query embedding; empty for no semantic signal.</summary>
    public ReadOnlyMemory<float> Vector { get; init; }

    /// <summary>
    /// The analysed query terms for the keyword signal (the engine's analysis: lower-cased words, stop words removed);
    /// empty for none. A store matches each term as a plain word, folding accents and stems alike in queries and
    /// documents, and never lets a term change the query's meaning (no operators, no wildcards).
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Filters on fields and metadata.</summary>
    public MemoryFilter? Filter { get; init; }

    /// <summary>How many candidates each signal returns at most.</summary>
    public int Candidates { get; init; } = 50;

    /// <summary>The time the activity checks use (validity, supersession, expiry).</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Include superseded memories and memories not valid at <see cref="AsOf"/>.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Include memories expired at <see cref="AsOf"/>.</summary>
    public bool IncludeExpired { get; init; }

    /// <summary>Return each hit's embedding from the index (<see cref="IndexHit.Vector"/>), so the caller needs no store read for it.</summary>
    public bool IncludeVectors { get; init; }

    /// <summary>
    /// Only memories nearly identical to <see cref="Vector"/> are wanted (the near-duplicate check of an add): they lead
    /// every approximate ranking, so the vector pass keeps short shortlists, and it reads the memories' own vectors only
    /// (a contextual vector says nothing about whether two texts say the same). Hits further away may be missing.
    /// </summary>
    public bool NearDuplicates { get; init; }

    /// <summary>
    /// Skip the check of the store's feed position: the caller brought the index up to date for this scope moments ago
    /// (the previous query of one add, under the scope's write lock, so no other writer can have changed the scope since).
    /// </summary>
    public bool AssumeCurrent { get; init; }
}
