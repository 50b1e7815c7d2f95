using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

/// <summary>The grouped engine settings: range checks that name the setting, at first read through <c>AddMnemo()</c> too.</summary>
public sealed class MnemoOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => new MnemoOptions().Validate();

    [Theory]
    [InlineData("Keywords.B")]
    [InlineData("Candidates.PerSignal")]
    [InlineData("Context.NeighbourRadius")]
    [InlineData("Formation.NearDuplicateOverlap")]
    [InlineData("Index.RowCacheBytes")]
    [InlineData("Index.FeedPageSize")]
    public void Validate_GroupSettingOutOfRange_ThrowsNamingIt(string name)
    {
        var options = new MnemoOptions();
        switch (name)
        {
            case "Keywords.B": options.Keywords.B = 1.5; break;
            case "Candidates.PerSignal": options.Candidates.PerSignal = 0; break;
            case "Context.NeighbourRadius": options.Context.NeighbourRadius = 17; break;
            case "Index.RowCacheBytes": options.Index.RowCacheBytes = -1; break;
            case "Index.FeedPageSize": options.Index.FeedPageSize = 0; break;
            default: options.Formation.NearDuplicateOverlap = 2; break;
        }

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Contains(name, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BothSignalWeightsZero_ThrowsNamingThem()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new MnemoOptions { Fusion = { SemanticWeight = 0, KeywordWeight = 0 } }.Validate());

        Assert.Contains("Fusion.SemanticWeight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMnemo_OutOfRangeSetting_FailsWhenTheOptionsAreReadNamingIt()
    {
        var directory = Directory.CreateTempSubdirectory("mnemo-options-").FullName;
        try
        {
            var services = new ServiceCollection();
            services.AddMnemo(o => o.Keywords.HalfScore = 0).WithSqliteStore(Path.Combine(directory, "mnemo.db")).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
            using var provider = services.BuildServiceProvider();

            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MnemoOptions>>().Value);

            Assert.Contains("Keywords.HalfScore", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
