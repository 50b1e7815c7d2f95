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
