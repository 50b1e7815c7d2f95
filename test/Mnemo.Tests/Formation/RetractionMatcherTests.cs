using Mnemo.Formation;

namespace Mnemo.Tests.Formation;

/// <summary>The safety check of a retraction without an LLM: which of its words a candidate memory shares.</summary>
public sealed class RetractionMatcherTests
{
    [Theory]
    [InlineData("my colorblindness", "I'm colorblind.", 1)]
    [InlineData("meine Farbenblindheit", "Ich bin farbenblind.", 1)]
    [InlineData("the peanut allergy", "I'm allergic to peanuts.", 1)]
    [InlineData("my allergies", "I'm allergic to peanuts.", 0)]
    [InlineData("my car", "I drive a cart.", 0)]
    [InlineData("my flight details", "My flight is on Friday.", 1)]
    public void Shared_CountsAWordAndAnotherFormOfItNotAShortOrPartialPrefix(string retraction, string memory, int shared) =>
        Assert.Equal(shared, RetractionMatcher.Shared(RetractionMatcher.ContentWords(retraction), RetractionMatcher.ContentWords(memory)));
}
