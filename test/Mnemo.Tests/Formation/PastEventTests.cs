using Mnemo.Formation;

namespace Mnemo.Tests.Formation;

public class PastEventTests
{
    // A past event or a past time stays true after what it speaks of ended; a present state does not.
    [Theory]
    [InlineData("My grandma taught me to bake bread.", true)]
    [InlineData("My grandpa loved fishing.", true)]
    [InlineData("I sold my old Tesla last year.", true)]
    [InlineData("Yesterday I walked a dog named Rex.", true)]
    [InlineData("I was born in Madrid.", true)]
    [InlineData("Rex chased the mailman every day.", true)]
    [InlineData("We lived in Lyon when I was a kid.", true)]
    [InlineData("Growing up, I played the violin.", true)]
    [InlineData("Ma grand-mère m'a appris à coudre.", true)]
    [InlineData("J'habitais à Lyon.", true)]
    [InlineData("Mi abuela me enseñó a cocinar.", true)]
    [InlineData("Meine Oma hat mir das Backen beigebracht.", true)]
    [InlineData("Ich wohnte in Köln.", true)]
    [InlineData("Notre chat Luna a trois ans.", false)] // "avoir" before a word that only ends like a participle (it was a past event)
    [InlineData("Mon fils a huit ans.", false)]
    [InlineData("Ma sœur a peu de temps.", false)]
    [InlineData("Mon frère a pris le train.", true)]
    [InlineData("I have a cat named Milo.", false)]
    // A past that began a state the change may end: the state's start, no past of its own.
    [InlineData("I bought a Tesla last year.", false)]
    [InlineData("Yesterday I adopted a dog named Rex.", false)]
    [InlineData("I got a puppy named Max.", false)]
    [InlineData("I started working at Google.", false)]
    [InlineData("J'ai acheté une Tesla.", false)]
    [InlineData("Compré un coche.", false)]
    [InlineData("Ich habe ein Auto gekauft.", false)]
    [InlineData("My uncle lives in Ohio.", false)]
    [InlineData("My dog named Rex is ten.", false)]
    [InlineData("I need new glasses.", false)]
    [InlineData("I'm reading Dune.", false)]
    [InlineData("The meeting was scheduled for Friday.", false)]
    [InlineData("I take 10mg of Lexapro every morning.", false)]
    [InlineData("Sofía is my sister.", false)]
    [InlineData("J'ai un chat.", false)]
    [InlineData("Ma fille fait du judo.", false)]
    [InlineData("Tengo un gato que se llama Coco.", false)]
    [InlineData("Ich habe eine Katze.", false)]
    public void Tells_ReadsThePastByForm(string memory, bool past) =>
        Assert.Equal(past, PastEvent.Tells(memory));
}
