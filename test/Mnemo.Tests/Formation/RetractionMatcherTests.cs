using Mnemo.Formation;

namespace Mnemo.Tests.Formation;

/// <summary>The safety check of a retraction without an LLM: which of its words a candidate memory shares.</summary>
public sealed class RetractionMatcherTests
{
    [Theory]
    [InlineData("my colorblindness", "I'm colorblind.", 1)]
    [InlineData("meine Farbenblindheit", "Ich bin farbenblind.", 1)]
    [InlineData("the peanut allergy", "I'm allergic to peanuts.", 2)]
    [InlineData("my allergies", "I'm allergic to peanuts.", 1)]
    [InlineData("my allergy", "I'm allergic to shellfish.", 1)]
    [InlineData("my diabetes", "I'm diabetic.", 1)]
    [InlineData("my policy", "I called the police.", 0)]
    [InlineData("my car", "I drive a cart.", 0)]
    [InlineData("my flight details", "My flight is on Friday.", 1)]
    [InlineData("smoking", "I smoke a pack a day.", 1)]
    [InlineData("my cat", "I have two cats.", 1)]
    // A noun and its adjective in French, Spanish and German, accents aside (each shared nothing).
    [InlineData("mon allergie", "Je suis allergique aux arachides.", 1)]
    [InlineData("mi alergia", "Soy alérgico a las nueces.", 1)]
    [InlineData("meine Allergie", "Ich bin allergisch gegen Nüsse.", 1)]
    [InlineData("meine Allergien", "Ich bin allergisch gegen Nüsse.", 1)]
    // A French verb in "-er" and its present ("J'ai arrêté de fumer" shared nothing with "Je fume"); possessives are no
    // content words ("nos", "notre", "nuestro", "unser").
    [InlineData("fumer", "Je fume.", 1)]
    [InlineData("jouer au tennis", "Je joue au tennis.", 2)]
    [InlineData("fumer", "Je fais du fumier.", 0)]
    [InlineData("Pedro y yo nos", "Estoy casada con Pedro.", 1)]
    [InlineData("notre chat", "Notre chat s'appelle Minou.", 1)]
    public void Shared_CountsAWordAndAnotherFormOfItNotAShortOrPartialPrefixNorAnotherWordOfTheSameStart(string retraction, string memory, int shared) =>
        Assert.Equal(shared, RetractionMatcher.Shared(RetractionMatcher.ContentWords(retraction), RetractionMatcher.ContentWords(memory)));

    // A change retires a memory only if it leaves out none of the memory's names, or the memory's one name when the change
    // names nothing itself. The third case, from LoCoMo dev, was retired once "name" and "named" counted as one word.
    [Theory]
    [InlineData("Unfortunately my cat passed away.", "I have a cat named Luna.", true)]
    [InlineData("I traded in my Civic for a Tesla.", "I drive a Honda Civic.", true)]
    [InlineData("Luna passed away.", "I have a dog named Rex and a cat named Luna.", false)]
    [InlineData("I used to have a dog back in Michigan with that name.", "I still have that stuffed animal dog you gave me! I named her Tilly.", false)]
    public void ChangeCheck_LetsThroughOnlyAMemoryWhoseNamesTheChangeCovers(string change, string memory, bool allowed) =>
        Assert.Equal(allowed, new ChangeCheck(new Statement(StatementKind.Change, change), 100).Allows(memory));
}
