using Hallbar.Domain.Measures;

namespace Hallbar.Domain.Tests.Measures;

public sealed class FootnoteMarkPositionTests
{
    private const string Name = "Alla transporter drivs av fossilfria bränslen";

    [Theory]
    // The seed's "Alla transporter7 drivs": the mark right after the word.
    [InlineData("transporter", "Alla transporter")]
    [InlineData("fossilfria bränslen", Name)]
    // No word: the mark ends the name.
    [InlineData(null, Name)]
    public void MarkPosition_WordOfTheName_MarkFollowsIt(string? word, string before)
    {
        Assert.Equal(before, Name[..Footnote.MarkPosition(Name, word)!.Value]);
    }

    [Theory]
    // Part of a word is not the word: the mark would split it.
    [InlineData("transport")]
    [InlineData("ransporter")]
    [InlineData("flyg")]
    [InlineData(" ")]
    public void MarkPosition_NotAWholeWordOfTheName_HasNone(string word)
    {
        Assert.Null(Footnote.MarkPosition(Name, word));
    }
}
