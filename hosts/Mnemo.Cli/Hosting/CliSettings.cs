using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Cli.Hosting;

/// <summary>The global settings of one invocation, resolved from options, then environment, then defaults.</summary>
/// <param name="DatabasePath">The SQLite file (used when <paramref name="Postgres"/> is not set).</param>
/// <param name="Json">JSON output.</param>
/// <param name="Model">The embedding model.</param>
/// <param name="Int8">Whether the model's dense layers run in int8.</param>
/// <param name="EmbeddingContext">MnemoOptions.Embedding.ContextMemories.</param>
/// <param name="Postgres">The PostgreSQL connection string (<c>--postgres</c>, <c>MNEMO_POSTGRES</c>), or null for SQLite.</param>
/// <param name="SecondModel">A second embedding model combined with <paramref name="Model"/> (<c>arctic+minilm</c>), or null.</param>
internal sealed record CliSettings(
    string DatabasePath, bool Json, OnnxEmbeddingModel Model, bool Int8 = true, int EmbeddingContext = 0, string? Postgres = null, OnnxEmbeddingModel? SecondModel = null)
{
    public const string HomeVariable = "MNEMO_HOME";
    public const string PostgresVariable = "MNEMO_POSTGRES";

    /// <summary>The store as messages name it: the SQLite path, or PostgreSQL's host and database (never the password).</summary>
    public string StoreName => Postgres is null ? DatabasePath : PostgresName(Postgres);

    /// <summary>The embedding model as the user names it: "ArcticXs", or "ArcticXs+MiniLM" for a combination.</summary>
    public string ModelName => SecondModel is { } second ? $"{Model}+{second}" : Model.ToString();

    /// <summary>
    /// The relative and spread cuts calibrated for the chosen model when they differ from
    /// <see cref="SearchOptions.RecommendedRelativeThreshold"/>'s (a combination of two models), else null.
    /// </summary>
    public (double Relative, double Spread)? CalibratedCut => SecondModel is null
        ? null
        : (OnnxEmbeddingOptions.SecondModelRelativeThreshold, OnnxEmbeddingOptions.SecondModelSpreadThreshold);

    /// <summary>Applies the chosen model(s) and precision to the ONNX generator's options.</summary>
    public void ConfigureEmbeddings(OnnxEmbeddingOptions options) =>
        (options.Model, options.SecondModel, options.Int8) = (Model, SecondModel, Int8);

    /// <summary>Uses the chosen store (PostgreSQL, else the SQLite file) for <paramref name="builder"/>, with its API keys.</summary>
    public IMnemoBuilder UseStore(IMnemoBuilder builder, bool withApiKeys = false)
    {
        if (Postgres is not null)
        {
            return builder.WithPostgresStore(Postgres);
        }

        builder.WithSqliteStore(DatabasePath);
        return withApiKeys ? builder.WithSqliteApiKeys(DatabasePath) : builder;
    }

    /// <summary>"PostgreSQL host:port/database" from a connection string.</summary>
    public static string PostgresName(string connectionString)
    {
        var parsed = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {parsed.Host}:{parsed.Port}/{parsed.Database}";
    }
    public const string ModelVariable = "MNEMO_EMBEDDING_MODEL";
    public const string ContextVariable = "MNEMO_EMBEDDING_CONTEXT";

    public static CliSettings Resolve(ParseResult parseResult, GlobalOptions globals, CliContext context)
    {
        var db = parseResult.GetValue(globals.Db);
        if (string.IsNullOrWhiteSpace(db))
        {
            var home = context.Environment(HomeVariable);
            if (string.IsNullOrWhiteSpace(home))
            {
                home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".mnemo");
            }

            db = Path.Combine(home, "mnemo.db");
        }

        var modelName = parseResult.GetValue(globals.Model);
        var fromEnvironment = false;
        if (string.IsNullOrWhiteSpace(modelName))
        {
            modelName = context.Environment(ModelVariable);
            fromEnvironment = !string.IsNullOrWhiteSpace(modelName);
        }

        // The dense layers run in int8 unless the name ends in -fp32 (a database built before int8 was the default).
        var name = (modelName ?? "arctic").Trim().ToLowerInvariant();
        var int8 = !name.EndsWith("-fp32", StringComparison.Ordinal);
        // "arctic+minilm" combines two models (OnnxEmbeddingOptions.SecondModel), the second at its default share.
        var names = (int8 ? name : name[..^"-fp32".Length]).Split('+');
        var models = names.Select(n => n switch
        {
            "arctic" or "arcticxs" or "arctic-xs" or "" => OnnxEmbeddingModel.ArcticXs,
            "minilm" or "all-minilm-l6-v2" => (OnnxEmbeddingModel?)OnnxEmbeddingModel.MiniLM,
            _ => null,
        }).ToList();
        if (models.Count > 2 || models.Any(m => m is null) || (models.Count == 2 && models[0] == models[1]))
        {
            throw new CliException(
                fromEnvironment ? ExitCodes.Configuration : ExitCodes.Usage,
                $"unknown embedding model '{modelName}'{(fromEnvironment ? $" in {ModelVariable}" : string.Empty)}: use arctic, minilm, arctic+minilm, or one of them with -fp32.");
        }

        var model = models[0]!.Value;
        var secondModel = models.Count == 2 ? models[1] : null;

        // MnemoOptions.Embedding.ContextMemories: the earlier memories of a scope embedded with each verbatim memory (0-16).
        var contextText = context.Environment(ContextVariable);
        var embeddingContext = 0;
        if (!string.IsNullOrWhiteSpace(contextText)
            && (!int.TryParse(contextText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out embeddingContext) || embeddingContext > 16))
        {
            throw new CliException(ExitCodes.Configuration, $"{ContextVariable} must be a whole number from 0 to 16, not '{contextText}'.");
        }

        // PostgreSQL instead of the file: --postgres, else MNEMO_POSTGRES. A malformed string fails here, naming the source.
        var postgres = parseResult.GetValue(globals.Postgres);
        var postgresFromEnvironment = false;
        if (string.IsNullOrWhiteSpace(postgres))
        {
            postgres = context.Environment(PostgresVariable);
            postgresFromEnvironment = !string.IsNullOrWhiteSpace(postgres);
        }

        if (string.IsNullOrWhiteSpace(postgres))
        {
            postgres = null;
        }
        else
        {
            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(postgres);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(
                    postgresFromEnvironment ? ExitCodes.Configuration : ExitCodes.Usage,
                    $"{(postgresFromEnvironment ? PostgresVariable : "--postgres")} is not a PostgreSQL connection string (Host=...;Database=...;Username=...): {ex.Message}");
            }
        }

        return new CliSettings(Path.GetFullPath(db), parseResult.GetValue(globals.Json), model, int8, embeddingContext, postgres, secondModel);
    }
}
