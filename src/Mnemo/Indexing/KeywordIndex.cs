namespace Mnemo.Indexing;

/// <summary>
/// The keyword half of the engine's index: for every memory the keys of its words (<see cref="KeywordAnalyzer"/>) with
/// their counts and its length, and per key the memories holding it. Scores are BM25 (<see cref="KeywordOptions.K1"/> 1.2, <see cref="KeywordOptions.B"/> 0.75 by default)
/// with the statistics of the memory's project (<see cref="MemoryScope.ProjectId"/>, the tenant), the formula and scale
/// of FTS5's <c>bm25()</c> that the engine's fusion is calibrated on.
/// </summary>
/// <remarks>
/// <para>
/// Statistics per project: the number of memories, their average length and each key's document frequency are counted
/// per project, so one tenant's memories never change another tenant's scores (or which of its query terms are pruned
/// as common), and a project scores as it would alone in the index.
/// </para>
/// <para>
/// It holds key ids and counts, and the keys themselves only while a memory holds them: removing the last memory with a
/// word (delete, forget) drops the word from the dictionary too, so no erased word stays in memory.
/// </para>
/// <para>
/// Common words are pruned from a query: one word found in half of 100k memories would make the query score 50k memories
/// for an inverse document frequency close to zero. A term is dropped when its document frequency exceeds
/// <c>max(<see cref="KeywordOptions.PruneMinFrequency"/>, <see cref="KeywordOptions.PruneFraction"/> × memories)</c>; when every term is that common,
/// the rarest one is kept and reported as common (search then scores only the vector candidates with it), so a query
/// never loses its keyword signal entirely.
/// </para>
/// </remarks>
internal sealed class KeywordIndex : IDisposable
{
    // The BM25 parameters and the pruning floor: KeywordOptions (MnemoOptions.Keywords), read once.
    private readonly double _k1;
    private readonly double _b;
    private readonly long _minPrunedFrequency;
    private readonly double _prunedFraction;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _keys = [];
    private readonly Dictionary<int, Dictionary<long, int>> _postings = [];
    private readonly Dictionary<long, Document> _documents = [];
    private readonly Stack<int> _freeIds = new();
    private readonly Dictionary<string, Project> _projects = new(StringComparer.Ordinal);

    /// <summary>An empty index scoring with <paramref name="options"/> (default: the defaults of <see cref="KeywordOptions"/>).</summary>
    public KeywordIndex(KeywordOptions? options = null)
    {
        options ??= new KeywordOptions();
        _k1 = options.K1;
        _b = options.B;
        _minPrunedFrequency = options.PruneMinFrequency;
        _prunedFraction = options.PruneFraction;
    }

    /// <summary>Number of indexed memories.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _documents.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Number of distinct keys held (for tests: a forgotten word leaves none behind).</summary>
    public int KeyCount
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _ids.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Whether some memory holds the key of <paramref name="word"/>.</summary>
    public bool Holds(string word)
    {
        _lock.EnterReadLock();
        try
        {
            return _ids.ContainsKey(KeywordAnalyzer.Key(word));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Empties the index.</summary>
    public void Clear()
    {
        _lock.EnterWriteLock();
        try
        {
            _ids.Clear();
            _keys.Clear();
            _postings.Clear();
            _documents.Clear();
            _freeIds.Clear();
            _projects.Clear();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Removes the memories <paramref name="deletes"/>, then indexes <paramref name="upserts"/> (replacing any earlier
    /// text), each counted in the statistics of its project (<see langword="null"/>: the default project).
    /// </summary>
    public void Apply(IEnumerable<long> deletes, IEnumerable<(long Seq, string? Project, string Text)> upserts) =>
        ApplyWithContext(deletes, upserts.Select(u => (u.Seq, u.Project, u.Text, string.Empty)));

    /// <summary>
    /// Removes the memories <paramref name="deletes"/>, then indexes <paramref name="upserts"/> (replacing any earlier
    /// text), each counted in the statistics of its project (<see langword="null"/>: the default project). A memory's
    /// <c>Context</c> (<see cref="KeywordOptions.ContextCharacters"/>: the end of the message it replies to) is indexed
    /// with its text, as if the memory said it too, and can later be replaced alone (<see cref="SetContext"/>).
    /// </summary>
    public void ApplyWithContext(IEnumerable<long> deletes, IEnumerable<(long Seq, string? Project, string Text, string Context)> upserts)
    {
        // Analysis runs outside the lock: searches wait only for the dictionary updates.
        var analysed = new List<(long Seq, string Project, Dictionary<string, int> Counts, int Length, Dictionary<string, int> Context, int ContextLength)>();
        foreach (var (seq, project, text, context) in upserts)
        {
            var (counts, length) = Analyse(text);
            var (contextCounts, contextLength) = Analyse(context);
            analysed.Add((seq, project ?? string.Empty, counts, length, contextCounts, contextLength));
        }

        _lock.EnterWriteLock();
        try
        {
            foreach (var seq in deletes)
            {
                Remove(seq);
            }

            foreach (var (seq, projectId, counts, length, context, contextLength) in analysed)
            {
                Remove(seq);
                if (!_projects.TryGetValue(projectId, out var project))
                {
                    project = new Project(projectId);
                    _projects[projectId] = project;
                }

                var terms = new List<int>(counts.Count + context.Count);
                foreach (var (key, count) in counts)
                {
                    AddCount(seq, project, key, count, terms);
                }

                var contextIds = AddContext(seq, project, context, terms);
                _documents[seq] = new Document([.. terms], length + contextLength, project, contextIds, contextLength);
                project.Count++;
                project.TotalLength += length + contextLength;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Replaces the context part of indexed memories (<see cref="ApplyWithContext"/>):
    /// the words of the old context leave the memory's postings, the new ones join them. A sequence not indexed is
    /// ignored.
    /// </summary>
    public void SetContext(IEnumerable<(long Seq, string Context)> contexts)
    {
        var analysed = contexts.Select(c => (c.Seq, Analyse(c.Context))).ToList();
        _lock.EnterWriteLock();
        try
        {
            foreach (var (seq, (counts, length)) in analysed)
            {
                ReplaceContext(seq, counts, length);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    // Most memories have no context: their empty counts are one shared, never written instance, not a dictionary each.
    private static (Dictionary<string, int> Counts, int Length) Analyse(string text)
    {
        if (text.Length == 0)
        {
            return (NoCounts, 0);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = KeywordAnalyzer.Document(text, key => counts[key] = counts.GetValueOrDefault(key) + 1);
        return (counts, length);
    }

    private static readonly Dictionary<string, int> NoCounts = [];

    // Adds a memory's context counts to its postings; returns them by key id, to be taken out when the context changes.
    private (int Id, int Count)[] AddContext(long seq, Project project, Dictionary<string, int> counts, List<int> terms)
    {
        if (counts.Count == 0)
        {
            return [];
        }

        var context = new (int Id, int Count)[counts.Count];
        var i = 0;
        foreach (var (key, count) in counts)
        {
            AddCount(seq, project, key, count, terms);
            context[i++] = (_ids[key], count);
        }

        return context;
    }

    // Adds count occurrences of key to the memory's posting; a key the memory did not hold yet joins its terms.
    private void AddCount(long seq, Project project, string key, int count, List<int> terms)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _freeIds.Count > 0 ? _freeIds.Pop() : _ids.Count;
            _ids[key] = id;
            _keys[id] = key;
            _postings[id] = [];
        }

        var posting = _postings[id];
        if (posting.TryGetValue(seq, out var held))
        {
            posting[seq] = held + count;
            return;
        }

        posting[seq] = count;
        terms.Add(id);
        project.Frequencies[id] = project.Frequencies.GetValueOrDefault(id) + 1;
    }

    // Under the write lock: takes the memory's old context counts out of its postings (a key held only by the context
    // leaves the memory, and the dictionary when no memory holds it), then adds the new ones.
    private void ReplaceContext(long seq, Dictionary<string, int> counts, int length)
    {
        if (!_documents.TryGetValue(seq, out var document) || (document.Context.Length == 0 && length == 0))
        {
            return;
        }

        var project = document.Project;
        var terms = new List<int>(document.Terms);
        foreach (var (id, count) in document.Context)
        {
            var posting = _postings[id];
            var left = posting[seq] - count;
            if (left > 0)
            {
                posting[seq] = left;
                continue;
            }

            terms.Remove(id);
            DropPosting(project, id, seq);
        }

        var context = AddContext(seq, project, counts, terms);
        var oldLength = document.ContextLength;
        project.TotalLength += length - oldLength;
        _documents[seq] = document with { Terms = [.. terms], Length = document.Length - oldLength + length, Context = context, ContextLength = length };
    }

    /// <summary>
    /// BM25 scores of the memories of <paramref name="projectId"/> matching <paramref name="terms"/> (query words,
    /// <see cref="KeywordAnalyzer.Terms"/>) after pruning common ones. <c>Common</c> is true when every term was common
    /// and only the rarest was kept. The statistics (document frequencies, average length) are always the whole
    /// project's, so a restriction changes which memories are scored, never a score.
    /// </summary>
    /// <param name="terms">The query terms.</param>
    /// <param name="projectId">The project (tenant) searched; <see langword="null"/>: the default project.</param>
    /// <param name="scope">
    /// Called once with the number of postings the kept terms hold over the whole index: the memories the caller can use
    /// (its scope), or <see langword="null"/> to score every match (when building that set would cost more than it
    /// saves). Only memories in the set are scored: each term visits the smaller of its postings and the set.
    /// </param>
    /// <param name="whenCommon">When every term is common: only these memories are scored (instead of the scope).</param>
    public (Dictionary<long, double> Scores, bool Common) Score(
        IReadOnlyList<string> terms, string? projectId = null, Func<long, IReadOnlySet<long>?>? scope = null, IReadOnlyCollection<long>? whenCommon = null)
    {
        var scores = new Dictionary<long, double>();
        if (terms.Count == 0)
        {
            return (scores, false);
        }

        var keys = terms.Select(KeywordAnalyzer.Key).ToList();
        _lock.EnterReadLock();
        try
        {
            if (!_projects.TryGetValue(projectId ?? string.Empty, out var project))
            {
                return (scores, false);
            }

            var total = project.Count;

            // A key no memory of the project holds is absent for it, whatever other projects hold.
            var postings = keys
                .Select(k => _ids.TryGetValue(k, out var id) && project.Frequencies.TryGetValue(id, out var frequency) ? new Term(_postings[id], frequency) : (Term?)null)
                .ToList();
            var (kept, common) = Prune(postings, total);
            IReadOnlyCollection<long>? among = common ? whenCommon : null;
            IReadOnlySet<long>? allowed = null;
            if (among is null && scope is not null && kept.Count > 0)
            {
                allowed = scope(kept.Sum(t => (long)t.Postings.Count));
                among = allowed;
            }

            var averageLength = Math.Max(1.0, (double)project.TotalLength / total);
            foreach (var (posting, frequency) in kept)
            {
                // FTS5's idf: log((N - n + 0.5) / (n + 0.5)), floored at a tiny positive value for very common terms.
                var idf = Math.Log((total - frequency + 0.5) / (frequency + 0.5));
                idf = idf <= 0 ? 1e-6 : idf;
                if (allowed is not null && posting.Count <= allowed.Count)
                {
                    // The posting is the smaller side: walk it and keep the allowed memories.
                    foreach (var (seq, tf) in posting)
                    {
                        if (allowed.Contains(seq))
                        {
                            Add(seq, tf);
                        }
                    }
                }
                else if (among is not null)
                {
                    foreach (var seq in among)
                    {
                        if (posting.TryGetValue(seq, out var tf))
                        {
                            Add(seq, tf);
                        }
                    }
                }
                else
                {
                    foreach (var (seq, tf) in posting)
                    {
                        Add(seq, tf);
                    }
                }

                void Add(long seq, int tf)
                {
                    var document = _documents[seq];
                    if (document.Project != project)
                    {
                        return;
                    }

                    var length = document.Length;
                    var score = idf * (tf * (_k1 + 1)) / (tf + (_k1 * (1 - _b + (_b * length / averageLength))));
                    scores[seq] = scores.GetValueOrDefault(seq) + score;
                }
            }

            return (scores, common);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private (List<Term> Kept, bool Common) Prune(List<Term?> terms, int total)
    {
        var found = terms.Where(t => t is not null).Select(t => t!.Value).ToList();
        if (total <= _minPrunedFrequency || found.Count == 0)
        {
            return (found, false);
        }

        var threshold = Math.Max(_minPrunedFrequency, (long)(total * _prunedFraction));

        // A term matching nothing is rarest of all: it keeps the query from being "all common" although it adds no score.
        if (found.Count < terms.Count)
        {
            return (found.Where(t => t.Frequency <= threshold).ToList(), false);
        }

        var kept = found.Where(t => t.Frequency <= threshold).ToList();
        return kept.Count > 0 ? (kept, false) : ([found.MinBy(t => t.Frequency)], true);
    }

    private void Remove(long seq)
    {
        if (!_documents.Remove(seq, out var document))
        {
            return;
        }

        var project = document.Project;
        project.Count--;
        project.TotalLength -= document.Length;
        if (project.Count == 0)
        {
            _projects.Remove(project.Id);
        }

        foreach (var id in document.Terms)
        {
            DropPosting(project, id, seq);
        }
    }

    // The memory seq no longer holds the key id: one memory fewer of its project holds it, and a key no memory holds
    // leaves the dictionary (no erased word stays in memory).
    private void DropPosting(Project project, int id, long seq)
    {
        if (project.Frequencies[id] == 1)
        {
            project.Frequencies.Remove(id);
        }
        else
        {
            project.Frequencies[id]--;
        }

        var posting = _postings[id];
        posting.Remove(seq);
        if (posting.Count == 0)
        {
            _postings.Remove(id);
            _ids.Remove(_keys[id]);
            _keys.Remove(id);
            _freeIds.Push(id);
        }
    }

    /// <summary>
    /// An indexed memory: the keys it holds, its length in words (its text's and its context's), its project, and the
    /// counts its context added (taken out again when the context is replaced).
    /// </summary>
    private readonly record struct Document(int[] Terms, int Length, Project Project, (int Id, int Count)[] Context, int ContextLength = 0);

    /// <summary>A query key's postings over the whole index and its document frequency in the searched project.</summary>
    private readonly record struct Term(Dictionary<long, int> Postings, int Frequency);

    /// <summary>One project's statistics: memories, their total length, and per key id the memories holding it.</summary>
    private sealed class Project(string id)
    {
        public string Id { get; } = id;

        public int Count { get; set; }

        public long TotalLength { get; set; }

        public Dictionary<int, int> Frequencies { get; } = [];
    }
}
