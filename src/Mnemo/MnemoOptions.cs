namespace Mnemo;

/// <summary>Settings of the Mnemo engine. Defaults are the measured best on LoCoMo (see docs/BENCHMARKS.md).</summary>
public sealed class MnemoOptions
{
    /// <summary>Candidates each search signal (semantic, keyword) contributes before fusion. Default 100.</summary>
    public int SearchCandidates { get; set; } = 100;

    /// <summary>Weight of the semantic signal in the fused score. Default 0.75.</summary>
    public double SemanticWeight { get; set; } = 0.75;

    /// <summary>Weight of the keyword (BM25) signal in the fused score. Default 0.25.</summary>
    public double KeywordWeight { get; set; } = 0.25;

    /// <summary>
    /// Weight of the entity signal: 1 when the query names the memory's actor (its speaker), else 0. Default 0.15; 0
    /// turns it off. Measured on LoCoMo turn_frac@10: 0.05 gave +0.6 over none; after keyword term pruning dropped
    /// speakers' names from the keyword query, 0.1 gave 73.5 against 72.7 at 0.15. Once the query is embedded without the
    /// names (<see cref="EmbedQueryWithoutActors"/>) this signal alone carries who a query is about: 0.1 / 0.125 / 0.15
    /// then gave 74.4 / 74.4 / 74.3 (multi-hop 50.2 / 49.7 / 49.9), and with contextual vectors
    /// (<see cref="EmbeddingContext"/> 2) 76.9 / 77.0 / 77.0 (multi-hop 49.3 / 49.6 / 50.4).
    /// </summary>
    public double EntityWeight { get; set; } = 0.15;

    /// <summary>
    /// Whether the query is embedded without the names of the scope's actors it mentions ("What does Melanie do to
    /// destress?" is embedded as "What does do to destress?"). Default <see langword="true"/>. The entity signal already
    /// scores who a memory is about; left in the embedding, a name pulls in every memory that mentions it, such as the
    /// other speaker's turns that address that person. Needs a store that lists actors
    /// (<see cref="Indexing.IndexSearcher.ActorsAsync"/>). Measured on LoCoMo turn_frac@10: 73.5 → 74.4, multi-hop 48.2 → 50.2.
    /// </summary>
    public bool EmbedQueryWithoutActors { get; set; } = true;

    /// <summary>
    /// BM25 score at which the keyword signal reaches 0.5 (it saturates towards 1 above). Default 6, about one rare
    /// term matched in a short memory.
    /// </summary>
    public double KeywordHalfScore { get; set; } = 6.0;

    /// <summary>
    /// Share of a memory's best neighbour's score (the memory stored just before or after it in the same scope) added
    /// to its own: <c>(own + w·neighbour) / (1 + w)</c>, so a turn next to a strong hit rises. 0 turns neighbour context
    /// off. Default 0.3, measured +1.9 turn_frac@10 on LoCoMo on top of the length prior.
    /// </summary>
    public double NeighbourWeight { get; set; } = 0.3;

    /// <summary>Neighbours on each side that give context. Default 1.</summary>
    public int NeighbourRadius { get; set; } = 1;

    /// <summary>
    /// How many of the best first-stage results get their neighbours fetched (at least the search's limit). Default 20.
    /// </summary>
    public int NeighbourCandidates { get; set; } = 20;

    /// <summary>
    /// Session context: how far (in memories, each side, in arrival order; at most 16) a memory looks for others of
    /// its session, the memories observed within <see cref="SessionGapMinutes"/> of it. A memory gets
    /// <see cref="SessionWeight"/> times the best own score in its session on top of neighbour context:
    /// <c>(own + wn·neighbour + ws·session) / (1 + wn + ws)</c>. 0 turns it off (the default).
    /// </summary>
    public int SessionRadius { get; set; }

    /// <summary>Weight of session context (see <see cref="SessionRadius"/>). Default 0.1.</summary>
    public double SessionWeight { get; set; } = 0.1;

    /// <summary>
    /// Two memories belong to one session for <see cref="SessionRadius"/> when their observation times are at most this
    /// many minutes apart. Default 60.
    /// </summary>
    public double SessionGapMinutes { get; set; } = 60;

    /// <summary>
    /// Weight of the time signal, used only when the query names a calendar date or month ("on 7 July, 2023", "in May
    /// 2023", "2023-05-07"): 1 for a memory observed (<see cref="MemoryItem.ObservedAt"/>) in that period, decaying away
    /// from it (<see cref="TimeHalfLifeDays"/>). Queries without a date are scored as without it. 0 turns it off.
    /// Default 0.2, measured +2.1 turn_frac@10 on LoCoMo (temporal +4.0, single-hop +2.5); 0.3–0.5 score the same.
    /// </summary>
    public double TimeWeight { get; set; } = 0.2;

    /// <summary>
    /// Half-life in days of the time signal outside the named period (or half the period when that is longer). Default
    /// 7: a memory observed a week before or after the named day keeps half of the signal.
    /// </summary>
    public double TimeHalfLifeDays { get; set; } = 7;

    /// <summary>
    /// Weight of the role signal, used only when the query's pronouns point to a role: a question in the first person
    /// ("what did I buy?") favours memories of the user's messages (<see cref="MemoryItem.Role"/> <c>user</c>), one in
    /// the second person alone ("what did you suggest?") the assistant's; other queries are scored without it. 0 turns
    /// it off. Default 0.3, measured on LongMemEval dev turn frac@5 65.0 → 83.6, @10 80.3 → 91.2 (0.1 / 0.2 / 0.5: @10
    /// 88.8 / 89.6 / 91.2); LoCoMo dev unchanged.
    /// </summary>
    public double RoleWeight { get; set; } = 0.3;

    /// <summary>
    /// Whether the time signal also reads a month named without a year after a preposition ("in January", "during
    /// March") as the latest such month that began before the question's reference time. Default false.
    /// </summary>
    public bool TimeMonthWithoutYear { get; set; }

    /// <summary>
    /// Length prior c: a memory of n words keeps <c>(n + c) / (n + 2c)</c> of its fused score, from one half for an
    /// empty text towards all of it for a long one. Very short memories ("Thanks!", "What is his name?") carry little
    /// information yet match many queries (their few words make BM25 and cosine high); this keeps them from crowding
    /// out memories that state facts. 0 turns it off. Default 3 (a 3-word memory keeps 2/3, a 30-word one 0.92),
    /// measured +2.2 turn_frac@10 on LoCoMo (multi-hop +3.5).
    /// </summary>
    public double LengthPriorWords { get; set; } = 3;

    /// <summary>
    /// How many searches compute at once (query embedding, store search, scoring); later ones wait their turn, in arrival
    /// order. A search is CPU work: more of them at once than there are cores only share the cores, so every one of them
    /// takes longer and the slowest much longer (see docs/BENCHMARKS.md, server). Default: the processor count.
    /// </summary>
    public int MaxConcurrentSearches { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Contextual embedding: a verbatim memory (an add with infer off, or an import) gets a second vector, embedded after
    /// the texts of the memories stored just before it in the same scope (this many, oldest first, one per line), and
    /// search scores it by the closer of its own vector and that one. So a reply ("Yes, last May!") is found by a query
    /// about what it answers, and a memory whose own words match still scores by them. The stored text stays the
    /// memory's own and queries are embedded alone. Earlier memories of the same call come first, then the scope's
    /// newest active memories created before the call. Updates, extracted facts (infer on) and the first memory of a
    /// scope get no second vector; a text change drops it. 0 turns it off. Default 0.
    /// Measured on LoCoMo turn_frac@10 with the other defaults: 74.3 off, 76.4 with 1, 77.0 with 2 (multi-hop 49.9 /
    /// 49.9 / 50.4; the contextual vector alone, without the own one, gave 76.1 with 2 and multi-hop 47.6). It costs
    /// model time on every verbatim add, one more input two to three memories long: add throughput 732 (off), 250 (1)
    /// and 193 (2) memories/s on 2 cores (docs/BENCHMARKS.md), and the vector index holds a second vector per memory.
    /// </summary>
    public int EmbeddingContext { get; set; }

    /// <summary>How many query embeddings to keep in memory (cleared on forget and reset). Default 1024; 0 disables.</summary>
    public int QueryCacheCapacity { get; set; } = 1024;

    /// <summary>
    /// Longest memory or query text accepted, in characters. Default 1 048 576 (1 Mi characters: a pasted document).
    /// Keyword search covers the whole text; the embedding covers it in passages (<see cref="EmbeddingPassageLength"/>).
    /// </summary>
    public int MaxTextLength { get; set; } = 1_048_576;

    /// <summary>
    /// A memory text longer than this many characters is embedded in passages of at most this length (cut at a
    /// paragraph, sentence or word break), and its vector is the mean of the passages' unit vectors, made unit length
    /// again: the embedding then covers the whole text, not only the first window the model reads. Default 1 500
    /// characters, about 350 to 500 tokens, inside the 512-token window of the default model. Queries are embedded whole.
    /// </summary>
    public int EmbeddingPassageLength { get; set; } = 1_500;

    /// <summary>
    /// Most passages embedded for one memory (<see cref="EmbeddingPassageLength"/>): a longer text is represented by
    /// this many passages spread evenly over it, which bounds the model time per memory (16 reads 24 000 characters
    /// in full). Default 1: the text is embedded whole and the model reads its first window. The mean of passages was
    /// measured worse than the first window on LongMemEval (docs/BENCHMARKS.md): averaging makes a long text's vector
    /// close to every query; a memory scored by its best passage needs one vector per passage in the index.
    /// </summary>
    public int MaxEmbeddingPassages { get; set; } = 1;

    /// <summary>Memories deleted per transaction by <see cref="IMemory.DeleteAllAsync"/>. Default 500.</summary>
    public int DeleteBatchSize { get; set; } = 500;

    /// <summary>Existing memories shown to the extractor for reconciliation. Default 10.</summary>
    public int FormationCandidates { get; set; } = 10;

    /// <summary>Cosine at or above which (together with <see cref="NearDuplicateOverlap"/>) a new fact is a duplicate. Default 0.9.</summary>
    public double NearDuplicateCosine { get; set; } = 0.9;

    /// <summary>Word overlap (Jaccard) at or above which (together with <see cref="NearDuplicateCosine"/>) a new fact is a duplicate. Default 0.7.</summary>
    public double NearDuplicateOverlap { get; set; } = 0.7;

    /// <summary>
    /// Without an LLM, a retraction ("forget that ...", "I no longer ...") retracts the closest active memory only when
    /// its cosine to the retraction is at least this, and it shares at least half of the retraction's content words.
    /// Default 0.3.
    /// </summary>
    public double RetractionMinSimilarity { get; set; } = 0.3;

    /// <summary>
    /// Without an LLM: store each sentence of a message as its own memory (<see langword="true"/>), or keep consecutive
    /// plain statements of one message together as one memory (<see langword="false"/>, default; requests,
    /// instructions, changes and retractions are always separate). Together retrieves better (docs/BENCHMARKS.md).
    /// </summary>
    public bool SentencePerMemory { get; set; }

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

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(SearchCandidates, 1, nameof(SearchCandidates));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentSearches, 1, nameof(MaxConcurrentSearches));
        ArgumentOutOfRangeException.ThrowIfNegative(SemanticWeight, nameof(SemanticWeight));
        ArgumentOutOfRangeException.ThrowIfNegative(KeywordWeight, nameof(KeywordWeight));
        ArgumentOutOfRangeException.ThrowIfNegative(EntityWeight, nameof(EntityWeight));
        if (SemanticWeight + KeywordWeight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SemanticWeight), "At least one signal weight must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(KeywordHalfScore, nameof(KeywordHalfScore));
        ArgumentOutOfRangeException.ThrowIfNegative(NeighbourWeight, nameof(NeighbourWeight));
        ArgumentOutOfRangeException.ThrowIfNegative(SessionRadius, nameof(SessionRadius));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SessionRadius, 16, nameof(SessionRadius));
        ArgumentOutOfRangeException.ThrowIfNegative(SessionWeight, nameof(SessionWeight));
        ArgumentOutOfRangeException.ThrowIfNegative(SessionGapMinutes, nameof(SessionGapMinutes));
        ArgumentOutOfRangeException.ThrowIfLessThan(NeighbourRadius, 1, nameof(NeighbourRadius));
        ArgumentOutOfRangeException.ThrowIfNegative(NeighbourCandidates, nameof(NeighbourCandidates));
        ArgumentOutOfRangeException.ThrowIfNegative(TimeWeight, nameof(TimeWeight));
        ArgumentOutOfRangeException.ThrowIfNegative(RoleWeight, nameof(RoleWeight));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TimeHalfLifeDays, nameof(TimeHalfLifeDays));
        ArgumentOutOfRangeException.ThrowIfNegative(LengthPriorWords, nameof(LengthPriorWords));
        ArgumentOutOfRangeException.ThrowIfNegative(EmbeddingContext, nameof(EmbeddingContext));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(EmbeddingContext, 16, nameof(EmbeddingContext));
        ArgumentOutOfRangeException.ThrowIfNegative(QueryCacheCapacity, nameof(QueryCacheCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTextLength, 16, nameof(MaxTextLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(EmbeddingPassageLength, 100, nameof(EmbeddingPassageLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEmbeddingPassages, 1, nameof(MaxEmbeddingPassages));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxEmbeddingPassages, 256, nameof(MaxEmbeddingPassages));
        ArgumentOutOfRangeException.ThrowIfLessThan(DeleteBatchSize, 1, nameof(DeleteBatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(FormationCandidates, 0, nameof(FormationCandidates));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(NearDuplicateCosine, 1, nameof(NearDuplicateCosine));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(NearDuplicateOverlap, 1, nameof(NearDuplicateOverlap));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RetractionMinSimilarity, 1, nameof(RetractionMinSimilarity));
    }
}
