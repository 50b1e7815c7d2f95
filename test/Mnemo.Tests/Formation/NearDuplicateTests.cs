using Mnemo.Formation;

namespace Mnemo.Tests.Formation;

/// <summary>The deterministic duplicate check, with the vectors taken as identical so that only the words decide.</summary>
public sealed class NearDuplicateTests
{
    private static readonly float[] Same = [1f, 0f];

    [Theory]
    [InlineData("My phone number is 555-1234.", "My phone number is 555-9876.")]
    [InlineData("My daughter's school starts at 8 every morning.", "My daughter's school starts at 9 every morning.")]
    [InlineData("I have a dog named Rex.", "I have a dog named Max.")]
    [InlineData("I really like the new office in the city centre.", "I really don't like the new office in the city centre.")]
    [InlineData("J'aime vraiment le nouveau bureau du centre-ville.", "Je n'aime pas vraiment le nouveau bureau du centre-ville.")]
    [InlineData("I went to the gym yesterday (on 2026-12-03).", "I went to the gym yesterday (on 2026-12-04).")]
    // A word that turns the state around: "off" for "on", "down" for "up", "again", "former" (the first was kept alone,
    // and what the user said was lost as "already known").
    [InlineData("My daughter is on the swim team.", "My daughter is off the swim team.")]
    [InlineData("My rent went up to $2,000 this month.", "My rent went down to $2,000 this month.")]
    [InlineData("My son is on the honor roll this term.", "My son is on the honor roll again this term.")]
    [InlineData("My boss at the bank is very strict.", "My former boss at the bank is very strict.")]
    [InlineData("Mi hermana vive en Sevilla con su novio.", "Mi hermana vive en Sevilla sin su novio.")]
    // A word added that names another thing (the shorter text was kept alone, and the longer one lost as "already known").
    [InlineData("I need a new phone.", "I need a new phone charger.")]
    [InlineData("I'm allergic to nuts.", "I'm allergic to tree nuts.")]
    [InlineData("J'ai besoin d'un nouveau téléphone.", "J'ai besoin d'un nouveau chargeur de téléphone.")]
    [InlineData("Ich brauche ein neues Handy.", "Ich brauche ein neues Handy-Ladegerät.")]
    public void IsDuplicate_SameWordsAnotherNumberNameOrNegation_IsNot(string a, string b) =>
        Assert.False(NearDuplicate.IsDuplicate(a, Same, b, Same, 0.9, 0.7));

    [Theory]
    [InlineData("I have a dog named Rex.", "I have a dog called Rex.")]
    [InlineData("Rex is my dog and Tom is my cat.", "Rex is my dog, and Tom is my cat!")]
    [InlineData("My phone number is 555-1234.", "my phone number is 555-1234")]
    [InlineData("My daughter is off the swim team.", "My daughter is off the swim team now.")]
    [InlineData("I love sushi with my friends.", "I really love sushi with my friends now.")]
    [InlineData("J'adore les sushis avec mes amis.", "J'adore vraiment les sushis avec mes amis.")]
    // Each text has a word the other lacks: the overlap decides, as before.
    [InlineData("I have a cute dog named Rex.", "I have a sweet dog named Rex.")]
    public void IsDuplicate_ParaphraseWithTheSameValues_Is(string a, string b) =>
        Assert.True(NearDuplicate.IsDuplicate(a, Same, b, Same, 0.9, 0.7));
}
