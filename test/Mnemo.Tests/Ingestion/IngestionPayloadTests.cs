using System.Text.Json;
using Microsoft.Extensions.AI;
using Mnemo.Ingestion;

namespace Mnemo.Tests.Ingestion;

/// <summary>
/// The queue's stored strings are a persisted format: rows written by an older engine (in SQLite or PostgreSQL) must
/// still run and report. The literals below were written by the engine before the wire DTOs left Abstractions.
/// </summary>
public sealed class IngestionPayloadTests
{
    private const string StoredPayload =
        """
        {"v":1,"messages":[{"role":"user","text":"J\u0027adore le th\u00E9 \u0022vert\u0022 \u003C3 \uD83C\uDF75","author_name":"alice-phone"},{"role":"assistant","text":"Noted."}],"options":{"project_id":"p1","user_id":"alice","agent_id":"bot","run_id":"r1","app_id":"app","infer":false,"actor_id":"alice","metadata":{"topic":"drinks","n":3},"categories":["food","habits"],"observed_at":"2024-07-01T12:30:00+02:00","expires_at":"2024-07-31T12:30:00+02:00","immutable":true,"custom_instructions":"Keep drinks.","includes":["drinks"],"excludes":["weather"],"memory_type":"Procedural"}}
        """;

    private const string StoredResult =
        """
        {"results":[{"id":"0190a3c4-0000-7000-8000-000000000001","memory":"Loves green tea \uD83C\uDF75","event":"ADD"},{"id":"0190a3c4-0000-7000-8000-000000000002","memory":"Drinks \u0022oolong\u0022 \u003Cdaily\u003E","event":"UPDATE","previous_memory":"Drinks tea"},{"id":"0190a3c4-0000-7000-8000-000000000003","memory":"Lives in Z\u00FCrich","event":"SUPERSEDE","previous_memory":"Lives in Bern","note":"superseded by 0190a3c4-0000-7000-8000-000000000004"},{"id":"0190a3c4-0000-7000-8000-000000000005","memory":"Has a cat","event":"DELETE","previous_memory":"Has a cat"},{"id":"0190a3c4-0000-7000-8000-000000000006","memory":"Likes tea","event":"NONE","note":"kept as procedural memory"}]}
        """;

    private static readonly DateTimeOffset Observed = new(2024, 7, 1, 12, 30, 0, TimeSpan.FromHours(2));

    private static IReadOnlyList<ChatMessage> Messages =>
    [
        new(ChatRole.User, "J'adore le thé \"vert\" <3 🍵") { AuthorName = "alice-phone" },
        new(ChatRole.Assistant, "Noted."),
    ];

    private static AddOptions Options => new()
    {
        Scope = new MemoryScope { ProjectId = "p1", UserId = "alice", AgentId = "bot", RunId = "r1", AppId = "app" },
        Infer = false,
        ActorId = "alice",
        Metadata = new Dictionary<string, JsonElement> { ["topic"] = JsonSerializer.SerializeToElement("drinks"), ["n"] = JsonSerializer.SerializeToElement(3) },
        Categories = ["food", "habits"],
        ObservedAt = Observed,
        ExpiresAt = Observed.AddDays(30),
        Immutable = true,
        CustomInstructions = "Keep drinks.",
        IncludeTopics = ["drinks"],
        ExcludeTopics = ["weather"],
        MemoryType = MemoryType.Procedural,
    };

    private static IReadOnlyList<MemoryEventResult> Events =>
    [
        new(Guid.Parse("0190a3c4-0000-7000-8000-000000000001"), "Loves green tea 🍵", MemoryEventType.Add),
        new(Guid.Parse("0190a3c4-0000-7000-8000-000000000002"), "Drinks \"oolong\" <daily>", MemoryEventType.Update, "Drinks tea"),
        new(Guid.Parse("0190a3c4-0000-7000-8000-000000000003"), "Lives in Zürich", MemoryEventType.Supersede, "Lives in Bern") { Note = "superseded by 0190a3c4-0000-7000-8000-000000000004" },
        new(Guid.Parse("0190a3c4-0000-7000-8000-000000000005"), "Has a cat", MemoryEventType.Delete, "Has a cat"),
        new(Guid.Parse("0190a3c4-0000-7000-8000-000000000006"), "Likes tea", MemoryEventType.None) { Note = "kept as procedural memory" },
    ];

    [Fact]
    public void Serialize_SameRequest_WritesTheStoredPayloadByteForByte()
    {
        Assert.Equal(StoredPayload, IngestionPayload.Serialize(Messages, Options));
    }

    [Fact]
    public void Deserialize_StoredPayload_SameRequestAndWrittenBackByteForByte()
    {
        var (messages, options) = IngestionPayload.Deserialize(StoredPayload);

        Assert.Equal(Messages.Select(m => (m.Role, m.Text, m.AuthorName)), messages.Select(m => (m.Role, m.Text, m.AuthorName)));
        var expected = Options;
        Assert.Equal(expected.Scope, options.Scope);
        Assert.Equal(expected.Metadata!.Select(p => (p.Key, p.Value.GetRawText())), options.Metadata!.Select(p => (p.Key, p.Value.GetRawText())));
        Assert.Equal(expected.Categories, options.Categories);
        Assert.Equal(expected.IncludeTopics, options.IncludeTopics);
        Assert.Equal(expected.ExcludeTopics, options.ExcludeTopics);
        Assert.Equal(
            (expected.Infer, expected.ActorId, expected.ObservedAt, expected.ExpiresAt, expected.Immutable, expected.CustomInstructions, expected.MemoryType),
            (options.Infer, options.ActorId, options.ObservedAt, options.ExpiresAt, options.Immutable, options.CustomInstructions, options.MemoryType));
        Assert.Equal(StoredPayload, IngestionPayload.Serialize(messages, options));
    }

    [Fact]
    public void Result_SameEvents_WritesTheStoredResultByteForByte()
    {
        Assert.Equal(StoredResult, IngestionPayload.Result(Events));
    }

    [Fact]
    public void StoredResult_ReadIntoTheEngineRecord_SameEventsAndWrittenBackByteForByte()
    {
        var stored = JsonSerializer.Deserialize(StoredResult, IngestionJsonContext.Default.QueuedAddResult);

        Assert.NotNull(stored);
        Assert.Equal(Events.Select(e => (e.Id, e.Memory, e.PreviousMemory, e.Note)), stored.Results.Select(e => (e.Id, e.Memory, e.PreviousMemory, e.Note)));
        Assert.Equal(["ADD", "UPDATE", "SUPERSEDE", "DELETE", "NONE"], stored.Results.Select(e => e.Event));
        Assert.Equal(StoredResult, JsonSerializer.Serialize(stored, IngestionJsonContext.Default.QueuedAddResult));
    }
}
