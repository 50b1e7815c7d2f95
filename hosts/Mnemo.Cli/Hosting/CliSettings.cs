using System.CommandLine;

namespace Mnemo.Cli.Hosting;

/// <summary>The global settings of one invocation, resolved from options, then environment, then defaults.</summary>
internal sealed record CliSettings(string DatabasePath, bool Json, OnnxEmbeddingModel Model, bool Int8 = true)
{
    public const string HomeVariable = "MNEMO_HOME";
    public const string ModelVariable = "MNEMO_EMBEDDING_MODEL";

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
        var model = (int8 ? name : name[..^"-fp32".Length]) switch
        {
            "arctic" or "arcticxs" or "arctic-xs" or "" => OnnxEmbeddingModel.ArcticXs,
            "minilm" or "all-minilm-l6-v2" => OnnxEmbeddingModel.MiniLM,
            _ => throw new CliException(
                fromEnvironment ? ExitCodes.Configuration : ExitCodes.Usage,
                $"unknown embedding model '{modelName}'{(fromEnvironment ? $" in {ModelVariable}" : string.Empty)}: use arctic, minilm, arctic-fp32 or minilm-fp32."),
        };

        return new CliSettings(Path.GetFullPath(db), parseResult.GetValue(globals.Json), model, int8);
    }
}
