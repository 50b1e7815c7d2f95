using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Mnemo.Cli.Hosting;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo keys create|list|revoke</c>: the server's API keys (stored hashed in the memory database).</summary>
internal static class KeysCommand
{
    public static Command Create(CliRuntime runtime) =>
        new("keys", "Manage the API keys of 'mnemo serve' (each key belongs to one project)") { CreateKey(runtime), List(runtime), Revoke(runtime) };

    private static Command CreateKey(CliRuntime runtime)
    {
        var project = new Option<string>("--project") { Description = "The project (tenant) the key sees and changes", Required = true };
        var name = new Option<string?>("--name") { Description = "A label for the key" };
        var command = new Command("create", "Create a key and print it once (only its hash is stored)") { project, name };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var created = await Store(run).CreateAsync(run.Get(project), run.Get(name), cancellationToken);
            if (run.Output.Json)
            {
                run.Output.WriteJson(new JsonObject { ["id"] = created.Info.Id, ["project_id"] = created.Info.ProjectId, ["name"] = created.Info.Name, ["key"] = created.Key });
                return ExitCodes.Ok;
            }

            run.Output.WriteLine(created.Key);
            run.Output.Note($"key {created.Info.Id} for project '{created.Info.ProjectId}': store it now, it cannot be shown again.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliRuntime runtime)
    {
        var project = new Option<string?>("--project") { Description = "Only this project's keys" };
        var command = new Command("list", "List keys (never the keys themselves)") { project };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var keys = await Store(run).ListAsync(run.Get(project), cancellationToken);
            if (run.Output.Json)
            {
                run.Output.WriteJson(new JsonObject
                {
                    ["results"] = new JsonArray([.. keys.Select(k => (JsonNode)new JsonObject
                    {
                        ["id"] = k.Id,
                        ["project_id"] = k.ProjectId,
                        ["name"] = k.Name,
                        ["prefix"] = k.Prefix,
                        ["created_at"] = k.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                        ["revoked_at"] = k.RevokedAt?.ToString("O", CultureInfo.InvariantCulture),
                    })]),
                });
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "project", "name", "prefix", "created", "revoked");
            foreach (var k in keys)
            {
                table.AddRow(
                    k.Id,
                    Markup.Escape(k.ProjectId),
                    Markup.Escape(k.Name ?? string.Empty),
                    Markup.Escape(k.Prefix + "…"),
                    k.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                    k.RevokedAt?.ToString("u", CultureInfo.InvariantCulture) ?? string.Empty);
            }

            run.Output.Data.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke(CliRuntime runtime)
    {
        var id = new Argument<string>("id") { Description = "The key's id (from 'mnemo keys list')" };
        var command = new Command("revoke", "Revoke a key: requests with it get 401 from then on") { id };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            if (!await Store(run).RevokeAsync(run.Get(id), cancellationToken))
            {
                throw new CliException(ExitCodes.NotFound, $"no active key has id '{run.Get(id)}'.");
            }

            Output.MessageResponse.Write(run.Output, $"key {run.Get(id)} revoked.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IApiKeyStore Store(CommandRun run) => run.Settings.Postgres is { } postgres
        ? PostgresMemoryStoreFactory.CreateApiKeyStore(postgres, run.Context.Time)
        : SqliteApiKeyStoreFactory.Create(run.Settings.DatabasePath, run.Context.Time);
}
