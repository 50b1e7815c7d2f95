using System.Text.Json;
using Mnemo.Wire;

namespace Mnemo.Cli.Tests;

/// <summary>Writes Mem0-shaped JSONL with known ids and timestamps, and reads exports back.</summary>
internal static class MemoryLines
{
    private static readonly string[] Subjects = ["cat", "manager", "sister", "neighbour", "dentist", "team", "landlord", "coach"];
    private static readonly string[] Verbs = ["prefers", "dislikes", "asked about", "mentioned", "booked", "cancelled", "recommended"];
    private static readonly string[] Objects = ["green tea", "the Lisbon trip", "Markdown reports", "sushi on Fridays", "the quarterly budget", "a new laptop"];

    public static IReadOnlyList<MemoryDto> Create(int count)
    {
        var start = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(i =>
        {
            var created = start.AddMinutes(i * 7);
            return new MemoryDto
            {
                Id = Guid.CreateVersion7(created).ToString(),
                Memory = $"Note {i}: my {Subjects[i % Subjects.Length]} {Verbs[i % Verbs.Length]} {Objects[i % Objects.Length]}",
                UserId = $"user{i % 3}",
                Metadata = MemoryMetadata.From([new("n", i)]),
                Categories = i % 2 == 0 ? ["even"] : [],
                CreatedAt = created,
                UpdatedAt = created.AddSeconds(30),
            };
        }).ToList();
    }

    public static async Task WriteAsync(string path, IEnumerable<MemoryDto> memories) =>
        await File.WriteAllLinesAsync(
            path,
            memories.Select(m => JsonSerializer.Serialize(m, WireJson.Compact)),
            TestContext.Current.CancellationToken);

    public static IReadOnlyList<MemoryDto> Read(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<MemoryDto>(line, WireJson.Compact)!)
            .ToList();
}
