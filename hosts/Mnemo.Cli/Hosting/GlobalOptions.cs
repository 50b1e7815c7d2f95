using System.CommandLine;

namespace Mnemo.Cli.Hosting;

/// <summary>Options every command accepts (recursive on the root command).</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "Database file (default: $MNEMO_HOME/mnemo.db, MNEMO_HOME defaults to ~/.mnemo)",
        Recursive = true,
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "Use the PostgreSQL database of this Npgsql connection string instead of the SQLite file (env MNEMO_POSTGRES); several processes may share it",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write Mem0-shaped JSON to stdout instead of tables",
        Recursive = true,
    };

    public Option<string?> Model { get; } = new Option<string?>("--model")
    {
        Description = "Embedding model: arctic (default), minilm, arctic+minilm (both, combined: better retrieval, each text embedded twice), or any of them with -fp32 to run the dense layers in float32 instead of int8 (env MNEMO_EMBEDDING_MODEL)",
        Recursive = true,
    }.AcceptOnlyFromAmong("arctic", "minilm", "arctic+minilm", "arctic-fp32", "minilm-fp32", "arctic+minilm-fp32");

    public void AddTo(Command root)
    {
        root.Add(Db);
        root.Add(Postgres);
        root.Add(Json);
        root.Add(Model);
    }
}
