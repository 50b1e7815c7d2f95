using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Mnemo.Cli.Hosting;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo events</c>: the queued adds (<c>mnemo add --async</c>): list them, show one, process the queue in the
/// foreground, retry a failed one.
/// </summary>
internal static class EventsCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var status = new Option<string?>("--status") { Description = "Only events with this status" }
            .AcceptOnlyFromAmong("pending", "running", "succeeded", "failed");
        var limit = new Option<int>("--limit") { Description = "At most this many events, newest first (default 100)", DefaultValueFactory = _ => 100 };
        var command = new Command("events", "List queued adds (mnemo add --async) and their status") { status, limit, Show(runtime), Process(runtime), Retry(runtime) };
        var scope = ScopeOptions.AddTo(command);
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var subject = scope.Read(run.Parse);
            var filter = run.Get(status) is { } s ? Enum.Parse<IngestionStatus>(s, ignoreCase: true) : (IngestionStatus?)null;
            var ingestion = await run.ServiceAsync<IMemoryIngestion>();
            var events = await ingestion.ListEventsAsync(IsEmpty(subject) ? null : subject, filter, run.Get(limit), cancellationToken);
            if (run.Output.Json)
            {
                run.Output.WriteJson(new JsonObject { ["results"] = new JsonArray([.. events.Select(e => ToJson(e, withPayload: false))]) });
                return ExitCodes.Ok;
            }

            // The payload (the messages) stays out of the table: it is memory text, shown only by 'events show'.
            var table = new Table().Border(TableBorder.Rounded).AddColumns("event id", "status", "scope", "attempts", "updated", "error");
            foreach (var e in events)
            {
                table.AddRow(
                    e.Id.ToString(),
                    StatusName(e.Status),
                    Markup.Escape(e.Scope.ToString()),
                    e.Attempts.ToString(CultureInfo.InvariantCulture),
                    e.UpdatedAt.ToString("u", CultureInfo.InvariantCulture),
                    Markup.Escape(e.Error ?? string.Empty));
            }

            run.Output.Data.Write(table);
            if (events.Count == 0)
            {
                run.Output.Note("no queued adds.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliRuntime runtime)
    {
        var id = IdArgument.Create("The event id printed by 'mnemo add --async'", "event id");
        var command = new Command("show", "Show one queued add: status, error, result and request") { id };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var ingestion = await run.ServiceAsync<IMemoryIngestion>();
            var e = await ingestion.GetEventAsync(run.Get(id), cancellationToken)
                ?? throw new CliException(ExitCodes.NotFound, $"no queued add has id '{run.Get(id)}'.");
            if (run.Output.Json)
            {
                run.Output.WriteJson(ToJson(e, withPayload: true));
                return ExitCodes.Ok;
            }

            run.Output.WriteLine($"event id  {e.Id}");
            run.Output.WriteLine($"status    {StatusName(e.Status)}");
            run.Output.WriteLine($"scope     {e.Scope}");
            run.Output.WriteLine($"attempts  {e.Attempts}");
            run.Output.WriteLine($"created   {e.CreatedAt.ToString("u", CultureInfo.InvariantCulture)}");
            run.Output.WriteLine($"updated   {e.UpdatedAt.ToString("u", CultureInfo.InvariantCulture)}");
            if (e.Error is not null)
            {
                run.Output.WriteLine($"error     {e.Error}");
            }

            if (e.Result is not null)
            {
                run.Output.WriteLine($"result    {e.Result}");
            }

            run.Output.WriteLine($"request   {e.Payload}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Process(CliRuntime runtime)
    {
        var command = new Command(
            "process",
            "Process queued adds in the foreground until none is left (first requeues adds left running by a stopped process; do not run it beside a server processing the same database)");
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var queue = await run.ServiceAsync<IIngestionQueue>();
            var ingestion = await run.ServiceAsync<IMemoryIngestion>();
            var failedBefore = (await ingestion.ListEventsAsync(null, IngestionStatus.Failed, 1000, cancellationToken)).Count;
            var requeued = await queue.RequeueRunningAsync(cancellationToken);
            var processed = await ingestion.ProcessPendingAsync(cancellationToken: cancellationToken);
            var failed = Math.Max(0, (await ingestion.ListEventsAsync(null, IngestionStatus.Failed, 1000, cancellationToken)).Count - failedBefore);
            if (run.Output.Json)
            {
                run.Output.WriteJson(new JsonObject { ["processed"] = processed, ["succeeded"] = processed - failed, ["failed"] = failed, ["requeued"] = requeued });
                return ExitCodes.Ok;
            }

            run.Output.WriteLine($"processed {processed} queued adds: {processed - failed} succeeded, {failed} failed ({requeued} requeued from a stopped process).");
            if (failed > 0)
            {
                run.Output.Note("see 'mnemo events --status failed'; 'mnemo events retry ID' queues one again.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Retry(CliRuntime runtime)
    {
        var id = IdArgument.Create("The id of a failed event", "event id");
        var command = new Command("retry", "Queue a failed add again") { id };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var ingestion = await run.ServiceAsync<IMemoryIngestion>();
            var e = await ingestion.GetEventAsync(run.Get(id), cancellationToken)
                ?? throw new CliException(ExitCodes.NotFound, $"no queued add has id '{run.Get(id)}'.");
            var queue = await run.ServiceAsync<IIngestionQueue>();
            if (!await queue.RetryAsync(e.Id, cancellationToken))
            {
                throw CliException.Usage($"event '{e.Id}' is {StatusName(e.Status)}; only failed events can be retried.");
            }

            Output.MessageResponse.Write(run.Output, $"event {e.Id} is queued again.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static JsonObject ToJson(IngestionEvent e, bool withPayload)
    {
        var json = new JsonObject
        {
            ["event_id"] = e.Id.ToString(),
            ["status"] = StatusName(e.Status),
            ["user_id"] = e.Scope.UserId,
            ["agent_id"] = e.Scope.AgentId,
            ["run_id"] = e.Scope.RunId,
            ["app_id"] = e.Scope.AppId,
            ["attempts"] = e.Attempts,
            ["error"] = e.Error,
            ["results"] = e.Result is null ? null : JsonNode.Parse(e.Result)?["results"]?.DeepClone(),
            ["created_at"] = e.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["updated_at"] = e.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (withPayload)
        {
            json["request"] = JsonNode.Parse(e.Payload);
        }

        return json;
    }

    private static string StatusName(IngestionStatus status) => status.ToString().ToUpperInvariant();

    private static bool IsEmpty(MemoryScope scope) => scope is { UserId: null, AgentId: null, RunId: null, AppId: null };
}
