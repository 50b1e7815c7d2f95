namespace Mnemo.Bench;

/// <summary>Command line: which benchmarks, with which models, and whether to write docs/BENCHMARKS.md.</summary>
internal sealed record BenchSettings
{
    public const string Usage = """
        usage: Mnemo.Bench [add] [addscale] [embed] [search] [evalsearch] [pair] [lag] [formation] [locomo] [agents] [server] [all] [options]
          --write                 update docs/BENCHMARKS.md between its bench markers
          --postgres CONN         add, addscale, search and lag also run on PostgreSQL (each run in a database it creates through
                                  CONN, a role with CREATEDB, and drops), beside SQLite measured in the same run
          --quick                 smaller sizes (search up to 10k, server 2k, fewer add/query samples)
          --models arctic,minilm  ONNX models to run (default both, int8); arctic-fp32, minilm-fp32 run float32;
                                  arctic+minilm the two combined (each text embedded by both, 768 dimensions)
          --dimensions N          vector length of the hash embedder in search and pair (default 384; 768 is the
                                  length of arctic+minilm's vectors)
          --sizes 1000,10000,...  store sizes for the search and addscale benchmarks (default 1000,10000,100000)
          --locomo PATH           LoCoMo JSON (default /work/shared/data/locomo/locomo-dev.json or $MNEMO_LOCOMO)
          --longmemeval PATH      LongMemEval JSON or .json.gz for evalsearch (default
                                  /work/shared/data/longmemeval/longmemeval-s-dev60.json.gz or $MNEMO_LONGMEMEVAL)
          --fusions N             run only the first N extra fusion settings in the LoCoMo benchmark
          --json DIR              also write each LoCoMo result as JSON into DIR
          --llm-ms N              fixed latency of the fake LLM in the formation benchmark (default 200)
          --intra-op N            ONNX threads per inference run in the server benchmark (default: the embedder's, all cores)
          --max-searches N        searches computing at once in the server benchmark (default: the engine's, the cores)
          --set Group.Name=Value  change an engine setting for the search benchmark and engine B of pair (repeatable;
                                  names as in MnemoOptions, e.g. --set Context.SessionRadius=0)
          --baseline-set G.N=V    change an engine setting of pair's engine A (repeatable; default: the defaults)
        """;

    public HashSet<string> Benchmarks { get; init; } = [];

    public bool Write { get; init; }

    public bool Quick { get; init; }

    public IReadOnlyList<Embedder> Models { get; init; } = [Embedder.ArcticXs, Embedder.MiniLM];

    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 10_000, 100_000];

    /// <summary>The hash embedder of the search and pair benchmarks, with <c>--dimensions</c>.</summary>
    public Embedder Hash { get; init; } = Embedder.Hash;

    public string LocomoPath { get; init; } = Environment.GetEnvironmentVariable("MNEMO_LOCOMO") ?? "/work/shared/data/locomo/locomo-dev.json";

    public string LongMemEvalPath { get; init; } =
        Environment.GetEnvironmentVariable("MNEMO_LONGMEMEVAL") ?? "/work/shared/data/longmemeval/longmemeval-s-dev60.json.gz";

    public string? JsonDirectory { get; init; }

    public int Fusions { get; init; } = int.MaxValue;

    public int LlmLatencyMs { get; init; } = 200;

    public int? IntraOpThreads { get; init; }

    public int? MaxConcurrentSearches { get; init; }

    /// <summary>Engine settings changed by <c>--set</c>, as (Group.Name or Name, value text).</summary>
    public IReadOnlyList<(string Name, string Value)> Engine { get; init; } = [];

    /// <summary>The settings of the pair benchmark's engine A (<c>--baseline-set</c>).</summary>
    public IReadOnlyList<(string Name, string Value)> BaselineEngine { get; init; } = [];

    /// <summary>The PostgreSQL server (an Npgsql connection string of a role that may create databases), or null for SQLite only.</summary>
    public string? Postgres { get; init; }

    public static BenchSettings Parse(string[] args)
    {
        var settings = new BenchSettings();
        var benchmarks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            settings = arg switch
            {
                "--write" => settings with { Write = true },
                "--quick" => settings with { Quick = true, Sizes = [1_000, 10_000] },
                "--models" => settings with { Models = Next().Split(',').Select(ModelOf).ToList() },
                "--dimensions" => settings with { Hash = Embedder.Hash with { Dimensions = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) } },
                "--sizes" => settings with { Sizes = Next().Split(',').Select(int.Parse).ToList() },
                "--locomo" => settings with { LocomoPath = Next() },
                "--longmemeval" => settings with { LongMemEvalPath = Next() },
                "--json" => settings with { JsonDirectory = Next() },
                "--fusions" => settings with { Fusions = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--intra-op" => settings with { IntraOpThreads = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--max-searches" => settings with { MaxConcurrentSearches = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--postgres" => settings with { Postgres = Next() },
                "--set" => settings with { Engine = [.. settings.Engine, Assignment(Next())] },
                "--baseline-set" => settings with { BaselineEngine = [.. settings.BaselineEngine, Assignment(Next())] },
                "--llm-ms" => settings with { LlmLatencyMs = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "add" or "addscale" or "embed" or "search" or "evalsearch" or "pair" or "lag" or "formation" or "locomo" or "agents" or "server" => Add(settings, arg),
                "all" => Add(Add(Add(Add(Add(Add(settings, "add"), "embed"), "search"), "formation"), "locomo"), "server"),
                _ => throw new ArgumentException($"Unknown argument '{arg}'.\n{Usage}"),
            };
        }

        if (settings.Benchmarks.Contains("lag") && settings.Postgres is null)
        {
            throw new ArgumentException("lag measures replicas sharing one PostgreSQL database: give --postgres CONN.");
        }

        return settings;

        BenchSettings Add(BenchSettings s, string name)
        {
            benchmarks.Add(name);
            return s with { Benchmarks = benchmarks };
        }
    }

    /// <summary>The <c>--set</c> settings applied to an engine's options; null when there are none.</summary>
    public Action<MnemoOptions>? ConfigureEngine() => ConfigureEngine(Engine);

    /// <summary><paramref name="assignments"/> applied to an engine's options; null when there are none.</summary>
    public Action<MnemoOptions>? ConfigureEngine(IReadOnlyList<(string Name, string Value)> assignments) => assignments.Count == 0 ? null : options =>
    {
        foreach (var (name, value) in assignments)
        {
            object target = options;
            var parts = name.Split('.');
            for (var i = 0; i < parts.Length - 1; i++)
            {
                target = Property(target, parts[i]).GetValue(target) ?? throw new ArgumentException($"--set {name}: no such group.");
            }

            var property = Property(target, parts[^1]);
            property.SetValue(target, Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }
    };

    private static System.Reflection.PropertyInfo Property(object target, string name) =>
        target.GetType().GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)
        ?? throw new ArgumentException($"--set: {target.GetType().Name} has no setting '{name}'.");

    private static (string Name, string Value) Assignment(string text) => text.IndexOf('=', StringComparison.Ordinal) is > 0 and var at
        ? (text[..at].Trim(), text[(at + 1)..].Trim())
        : throw new ArgumentException($"--set takes Group.Name=Value; got '{text}'.");

    private static Embedder ModelOf(string name) => name.ToLowerInvariant() switch
    {
        "arctic" or "arcticxs" or "arctic-xs" => Embedder.ArcticXs,
        "minilm" => Embedder.MiniLM,
        "arctic+minilm" => Embedder.ArcticXsMiniLM,
        "arctic-fp32" => Embedder.ArcticXsFloat,
        "minilm-fp32" => Embedder.MiniLMFloat,
        _ => throw new ArgumentException($"Unknown model '{name}' (arctic, minilm, arctic+minilm, arctic-fp32, minilm-fp32)."),
    };
}
