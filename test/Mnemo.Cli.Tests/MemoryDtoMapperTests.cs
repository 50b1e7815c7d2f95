using System.Text.Json;
using Mnemo.Wire;

namespace Mnemo.Cli.Tests;

public sealed class MemoryDtoMapperTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToDto_Serialized_UsesMem0SnakeCaseNames()
    {
        var item = Item() with { Metadata = MemoryMetadata.From([new("topic", "work")]), Categories = ["work"] };

        var json = JsonSerializer.Serialize(MemoryDtoMapper.ToDto(item, score: 0.5), WireJson.Compact);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(item.Id.ToString(), root.GetProperty("id").GetString());
        Assert.Equal("hello", root.GetProperty("memory").GetString());
        Assert.Equal("alice", root.GetProperty("user_id").GetString());
        Assert.Equal("work", root.GetProperty("metadata").GetProperty("topic").GetString());
        Assert.Equal(0.5, root.GetProperty("score").GetDouble());
        Assert.Equal(Now, root.GetProperty("created_at").GetDateTimeOffset());
        Assert.False(root.TryGetProperty("agent_id", out _));
        Assert.False(root.TryGetProperty("valid_to", out _));
    }

    [Fact]
    public void ToItem_RoundTrip_KeepsEveryField()
    {
        var item = Item() with
        {
            ActorId = "alice",
            Role = "user",
            ValidTo = Now.AddDays(2),
            SupersededBy = Guid.CreateVersion7(),
            ExpiresAt = Now.AddDays(3),
            Immutable = true,
            Categories = ["a", "b"],
        };

        var json = JsonSerializer.Serialize(MemoryDtoMapper.ToDto(item), WireJson.Compact);
        var back = MemoryDtoMapper.ToItem(JsonSerializer.Deserialize<MemoryDto>(json, WireJson.Compact)!, Now.AddYears(1));

        Assert.Equal(item with { Categories = [], Metadata = MemoryMetadata.Empty }, back with { Categories = [], Metadata = MemoryMetadata.Empty });
        Assert.Equal(item.Categories, back.Categories);
    }

    [Fact]
    public void ToItem_Mem0ExportLine_FillsDefaultsFromCreatedAt()
    {
        var dto = JsonSerializer.Deserialize<MemoryDto>(
            """{"id":"0b5c1a1e-7f4c-4f5b-9a51-0f8f0f3f0a11","memory":"Likes tea","user_id":"bob","created_at":"2024-07-20T08:44:23.664213-07:00"}""",
            WireJson.Compact)!;

        var item = MemoryDtoMapper.ToItem(dto, Now);

        Assert.Equal(Guid.Parse("0b5c1a1e-7f4c-4f5b-9a51-0f8f0f3f0a11"), item.Id);
        Assert.Equal(item.CreatedAt, item.UpdatedAt);
        Assert.Equal(item.CreatedAt, item.ObservedAt);
        Assert.Equal(item.CreatedAt, item.ValidFrom);
        Assert.Equal(MemoryHash.Compute("Likes tea"), item.Hash);
        Assert.Equal(new DateTimeOffset(2024, 7, 20, 8, 44, 23, 664, TimeSpan.FromHours(-7)).AddTicks(2130), item.CreatedAt);
    }

    [Fact]
    public void ToItem_MissingText_Throws()
    {
        Assert.Throws<MemoryValidationException>(() => MemoryDtoMapper.ToItem(new MemoryDto { UserId = "bob" }, Now));
    }

    [Fact]
    public void ToItem_BadId_Throws()
    {
        var ex = Assert.Throws<MemoryValidationException>(() => MemoryDtoMapper.ToItem(new MemoryDto { Id = "x", Memory = "m", UserId = "bob" }, Now));

        Assert.Equal("id", ex.Field);
    }

    // The wire JSON, field order included, as the mapper wrote it before the scope ids moved to ScopeDto: Mem0
    // clients and our own docs see these bytes.
    private const string EveryMemoryField =
        """
        {"id":"0190a3c4-0000-7000-8000-000000000001","memory":"hello","hash":"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824","user_id":"alice","agent_id":"bot","run_id":"r1","app_id":"app","actor_id":"alice","role":"user","metadata":{"topic":"work"},"categories":["a","b"],"created_at":"2025-03-01T12:00:00+00:00","updated_at":"2025-03-01T12:01:00+00:00","observed_at":"2025-03-01T11:00:00+00:00","valid_from":"2025-03-01T11:00:00+00:00","valid_to":"2025-03-03T12:00:00+00:00","superseded_by":"0190a3c4-0000-7000-8000-000000000002","expires_at":"2025-03-04T12:00:00+00:00","immutable":true,"superseded":true,"score":0.7,"explanation":{"semantic":0.8,"keyword":2.5,"semantic_normalized":0.9,"keyword_normalized":0.4,"other":{"time":0.5},"contributions":{"semantic":0.6,"keyword":0.1},"fused":0.7}}
        """;

    private const string EveryHistoryField =
        """
        {"id":"0190a3c4-0000-7000-8000-000000000003","memory_id":"0190a3c4-0000-7000-8000-000000000001","old_memory":"Lives in Bern","new_memory":"Lives in Zürich","event":"SUPERSEDE","created_at":"2025-03-01T12:00:00+00:00","is_deleted":false,"actor_id":"alice","user_id":"alice","agent_id":"bot","run_id":"r1","app_id":"app","old_metadata":{"topic":"home"},"new_metadata":{"topic":"move"},"old_categories":["home"],"new_categories":["move"],"old_expires_at":"2025-03-02T12:00:00+00:00","new_expires_at":"2025-03-03T12:00:00+00:00","related_memory_id":"0190a3c4-0000-7000-8000-000000000002"}
        """;

    private const string EveryReceiptField =
        """
        {"scope":{"user_id":"alice","agent_id":"bot","run_id":"r1","app_id":"app"},"memories":3,"history_entries":5,"queued_items":1,"completed_at":"2025-03-01T12:00:00+00:00","duration_ms":12.5}
        """;

    private static readonly MemoryScope FullScope = new() { ProjectId = "p1", UserId = "alice", AgentId = "bot", RunId = "r1", AppId = "app" };

    [Fact]
    public void ToDto_MemoryWithEveryField_WritesTheMem0ShapeInItsOrder()
    {
        var item = Item() with
        {
            Id = Guid.Parse("0190a3c4-0000-7000-8000-000000000001"),
            Scope = FullScope,
            ActorId = "alice",
            Role = "user",
            Metadata = MemoryMetadata.From([new("topic", "work")]),
            Categories = ["a", "b"],
            ValidTo = Now.AddDays(2),
            SupersededBy = Guid.Parse("0190a3c4-0000-7000-8000-000000000002"),
            ExpiresAt = Now.AddDays(3),
            Immutable = true,
        };
        var explanation = new ScoreExplanation
        {
            Semantic = 0.8,
            Keyword = 2.5,
            SemanticNormalized = 0.9,
            KeywordNormalized = 0.4,
            Other = new Dictionary<string, double> { ["time"] = 0.5 },
            Contributions = new Dictionary<string, double> { ["semantic"] = 0.6, ["keyword"] = 0.1 },
            Fused = 0.7,
        };

        var dto = MemoryDtoMapper.ToDto(item, 0.7, explanation) with { Superseded = true };

        Assert.Equal(EveryMemoryField, JsonSerializer.Serialize(dto, WireJson.Compact));
    }

    [Fact]
    public void ToDto_HistoryEntryWithEveryField_WritesTheMem0ShapeInItsOrder()
    {
        var entry = new MemoryHistoryEntry
        {
            Id = Guid.Parse("0190a3c4-0000-7000-8000-000000000003"),
            MemoryId = Guid.Parse("0190a3c4-0000-7000-8000-000000000001"),
            Scope = FullScope,
            Event = MemoryEventType.Supersede,
            OldText = "Lives in Bern",
            NewText = "Lives in Zürich",
            ActorId = "alice",
            RelatedMemoryId = Guid.Parse("0190a3c4-0000-7000-8000-000000000002"),
            OldMetadata = MemoryMetadata.From([new("topic", "home")]),
            NewMetadata = MemoryMetadata.From([new("topic", "move")]),
            OldCategories = ["home"],
            NewCategories = ["move"],
            OldExpiresAt = Now.AddDays(1),
            NewExpiresAt = Now.AddDays(2),
            CreatedAt = Now,
        };

        Assert.Equal(EveryHistoryField, JsonSerializer.Serialize(MemoryDtoMapper.ToDto(entry), WireJson.Compact));
    }

    [Fact]
    public void ToDto_ForgetReceipt_WritesItsScopeAndCountsInOrder()
    {
        var receipt = new ForgetReceipt
        {
            Scope = FullScope,
            Memories = 3,
            HistoryEntries = 5,
            QueuedItems = 1,
            CompletedAt = Now,
            Duration = TimeSpan.FromMilliseconds(12.5),
        };

        Assert.Equal(EveryReceiptField, JsonSerializer.Serialize(MemoryDtoMapper.ToDto(receipt), WireJson.Compact));
    }

    private static MemoryItem Item() => new()
    {
        Id = Guid.CreateVersion7(Now),
        Text = "hello",
        Hash = MemoryHash.Compute("hello"),
        Scope = MemoryScope.User("alice"),
        CreatedAt = Now,
        UpdatedAt = Now.AddMinutes(1),
        ObservedAt = Now.AddHours(-1),
        ValidFrom = Now.AddHours(-1),
    };
}
