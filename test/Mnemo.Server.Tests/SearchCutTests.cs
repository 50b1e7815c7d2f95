using System.Net;
using System.Text.Json.Nodes;
using Mnemo.TestUtilities;
using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>
/// <c>relative_threshold</c> and <c>spread_threshold</c> (Mnemo extensions of Mem0's search bodies, and fields of the
/// native search): every search route cuts the same results the engine's <see cref="SearchOptions.Cut"/> would.
/// </summary>
public sealed class SearchCutTests
{
    // Each search route with the body that asks for the top 5 of alex's memories; EXTRA takes the extra fields.
    private static readonly (string Path, string Body)[] _routes =
    [
        ("/v1/memories/search/", $$"""{"query":"{{RankedMemories.Query}}","user_id":"alex","top_k":5EXTRA}"""),
        ("/v2/memories/search/", $$"""{"query":"{{RankedMemories.Query}}","filters":{"user_id":"alex"},"top_k":5EXTRA}"""),
        ("/v3/memories/search/", $$"""{"query":"{{RankedMemories.Query}}","filters":{"user_id":"alex"},"top_k":5EXTRA}"""),
        ("/search", $$"""{"query":"{{RankedMemories.Query}}","user_id":"alex","limit":5EXTRA}"""),
        ("/mnemo/v1/memories/search/", $$"""{"query":"{{RankedMemories.Query}}","user_id":"alex","limit":5EXTRA}"""),
    ];

    [Theory]
    [InlineData("spread_threshold", RankedMemories.SpreadThreshold)]
    [InlineData("relative_threshold", RankedMemories.RelativeThreshold)]
    public async Task Search_ThresholdExtension_CutsTheTailOfTheTopKAlikeOnEveryRoute(string field, double value)
    {
        var extra = FormattableString.Invariant($",\"{field}\":{value}");
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        foreach (var text in RankedMemories.Texts)
        {
            await client.AddAsync(text);
        }

        var cuts = new List<IReadOnlyList<string>>();
        foreach (var (path, body) in _routes)
        {
            var all = await SearchAsync(client, path, body.Replace("EXTRA", string.Empty, StringComparison.Ordinal));
            var cut = await SearchAsync(client, path, body.Replace("EXTRA", extra, StringComparison.Ordinal));

            Assert.Equal(5, all.Count);
            Assert.InRange(cut.Count, 1, 4);
            Assert.Equal(all.Take(cut.Count), cut);
            cuts.Add(cut);
        }

        Assert.All(cuts, cut => Assert.Equal(cuts[0], cut));
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(HttpClient client, string path, string body)
    {
        var (status, answer) = await client.PostJsonAsync(path, body);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {answer}");
        var results = answer as JsonArray ?? answer!["results"]!.AsArray();
        return [.. results.Select(r => r!["memory"]!.GetValue<string>())];
    }
}
