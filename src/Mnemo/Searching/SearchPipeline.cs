using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Mnemo.Diagnostics;
using Mnemo.Embedding;
using Mnemo.Indexing;

namespace Mnemo.Searching;

/// <summary>
/// Search: validate, embed the query without the actor names it holds (cached), gather candidates from both signals,
/// fuse, add neighbour context, cut, rank.
/// </summary>
internal sealed class SearchPipeline(
    IndexSearcher searcher, EmbeddingService embeddings, HybridScorer scorer, InputValidator validator, MnemoOptions options, TimeProvider time, ILogger logger)
{
    public const int MaxLimit = 1000;

    private readonly NeighbourContext _context = new(searcher, scorer, options);

    // Admission: at most MaxConcurrentSearches compute at once; SemaphoreSlim releases its async waiters in FIFO order.
    // Never disposed, like the engine's other gates: without AvailableWaitHandle it holds no kernel object.
    private readonly SemaphoreSlim _admission = new(options.MaxConcurrentSearches, options.MaxConcurrentSearches);

    public async Task<SearchResult> SearchAsync(string query, SearchOptions search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        validator.Text(query, "query");
        InputValidator.Scope(search.Scope);
        InputValidator.Range(search.Limit, 1, MaxLimit, "limit");
        search.ValidateThresholds();

        using var activity = MnemoDiagnostics.ActivitySource.StartActivity("mnemo.search");
        var started = Stopwatch.GetTimestamp();
        await _admission.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SearchAdmittedAsync(query, search, started, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _admission.Release();
        }
    }

    private async Task<SearchResult> SearchAdmittedAsync(string query, SearchOptions search, long started, CancellationToken cancellationToken)
    {
        Log.SearchQuery(logger, query);

        // Who the query is about is the entity signal's part; the embedding gets what it asks about (see MnemoOptions).
        var embedded = options.Fusion.EmbedQueryWithoutActors
            ? ActorNames.Without(query, await searcher.ActorsAsync(search.Scope, cancellationToken).ConfigureAwait(false))
            : query;
        var (vector, usage) = await embeddings.EmbedQueryAsync(embedded, cancellationToken).ConfigureAwait(false);
        var reference = search.ReferenceTime ?? time.GetUtcNow();
        var storeQuery = new IndexQuery
        {
            Scope = search.Scope,
            Vector = vector,
            Keywords = KeywordAnalyzer.Terms(query),
            Filter = search.Filter,
            Candidates = Math.Max(options.Candidates.PerSignal, search.Limit),
            AsOf = search.AsOf ?? reference,
            IncludeSuperseded = search.IncludeSuperseded,
            IncludeExpired = search.IncludeExpired,
        };
        var hits = await searcher.SearchAsync(storeQuery, cancellationToken).ConfigureAwait(false);
        var scoring = scorer.Prepare(query, reference, hits);
        var ranked = scorer.Score(hits, scoring, search.Explain);

        // The cut reads the best Limit results and the spread's reference rank, no further.
        ranked = await _context.ApplyAsync(
            ranked, hits, storeQuery, scoring, search.Explain, search.Limit, Math.Max(search.Limit, SearchOptions.SpreadReferenceRank), cancellationToken).ConfigureAwait(false);
        var results = search.Cut(ranked);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        MnemoDiagnostics.SearchDuration.Record(elapsed);
        Log.Searched(logger, search.Scope, results.Count, hits.Count, elapsed);
        return new SearchResult(results, usage);
    }
}
