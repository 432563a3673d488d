using Hallbar.Domain.Surveys;

namespace Hallbar.Domain.Tests.Surveys;

public sealed class SurveyResultsTests
{
    private static readonly Survey Survey = new("s2025", 2025, "Självskattning 2025",
        [new("helt", "Stämmer helt"), new("delvis", "Stämmer delvis"), new("inte", "Stämmer inte"), new("vet-ej", "Vet ej eller ej aktuellt", isDontKnow: true)],
        [new("social", "Social hållbarhet", [new("roller", "Det är känt vem som ansvarar för vad."), new("uppfoljning", "Arbetet följs upp systematiskt.")])],
        [new("styrkor", "Styrkor")]);

    private static SurveyResponse Response(string unit, string? roller, string? uppfoljning, ResponseStatus status = ResponseStatus.Submitted, string? strength = null) =>
        new("s2025", unit, status,
            [.. new[] { ("roller", roller), ("uppfoljning", uppfoljning) }.Where(a => a.Item2 is not null).Select(a => new StatementAnswer(a.Item1, a.Item2!))],
            strength is null ? [] : [new FreeTextAnswer("styrkor", strength)]);

    // Seven units as in the model case: three, two, one "Vet ej" and one that left the statement out.
    private static readonly SurveyResponse[] Seven =
    [
        Response("a", "helt", "inte", strength: "Tydliga roller."),
        Response("b", "helt", "inte"),
        Response("c", "helt", "delvis"),
        Response("d", "delvis", "delvis"),
        Response("e", "delvis", "vet-ej"),
        Response("f", "vet-ej", "helt"),
        Response("g", null, "helt", strength: "Kunniga chefer."),
        Response("utkast", "inte", "inte", ResponseStatus.Draft, "Ska inte synas."),
    ];

    [Fact]
    public void Compute_SevenUnitsWithVetEjAndUnanswered_GivesExactSharesOfTheSubmitted()
    {
        var result = SurveyResults.Compute(Survey, Seven);

        Assert.Equal(7, result.Submitted);
        var roller = result.Statements[0].Shares.ToDictionary(s => s.CategoryId);
        Assert.Equal(3 * 100m / 7, roller["helt"].Percent);
        Assert.Equal(2 * 100m / 7, roller["delvis"].Percent);
        Assert.Equal(0m, roller["inte"].Percent);
        Assert.Equal(100m / 7, roller["vet-ej"].Percent);
        Assert.Equal(100m / 7, roller[SurveyResults.UnansweredId].Percent);
        Assert.Equal([3, 2, 0, 1, 1], result.Statements[0].Shares.Select(s => s.Count));
    }

    [Fact]
    public void Compute_SevenUnits_ShownPercentsAddUpTo100PerStatement()
    {
        var result = SurveyResults.Compute(Survey, Seven);

        // 42,9 + 28,6 + 0 + 14,3 + 14,3 rounded each on its own gives 43 + 29 + 14 + 14 = 100, but
        // 28,6 + 28,6 + 14,3 + 28,6 gives 29 + 29 + 14 + 29 = 101: the second statement needs the method.
        Assert.Equal([43, 29, 0, 14, 14], result.Statements[0].Shares.Select(s => s.Shown));
        Assert.All(result.Statements, s => Assert.Equal(100, s.Shares.Sum(c => c.Shown)));
        Assert.Equal(101, result.Statements[1].Shares.Sum(c => (int)Math.Round(c.Percent, MidpointRounding.AwayFromZero)));
    }

    [Fact]
    public void Compute_AllAnswered_HasNoUnansweredCategory()
    {
        var result = SurveyResults.Compute(Survey, [Response("a", "helt", "helt"), Response("b", "inte", "vet-ej")]);

        Assert.DoesNotContain(result.Categories, c => c.Id == SurveyResults.UnansweredId);
        Assert.Equal([50m, 0m, 50m, 0m], result.Statements[0].Shares.Select(s => s.Percent));
    }

    [Fact]
    public void Compute_Draft_IsNotCountedNorItsFreeText()
    {
        var result = SurveyResults.Compute(Survey, Seven);

        Assert.DoesNotContain(result.FreeTexts.SelectMany(q => q.Answers), a => a.UnitId == "utkast");
        Assert.Equal([new UnitText("a", "Tydliga roller."), new UnitText("g", "Kunniga chefer.")], result.FreeTexts[0].Answers);
    }

    [Fact]
    public void Compute_WithPreviousYear_GivesChangeInPointsForTheSameStatementId()
    {
        var earlier = new Survey("s2024", 2024, "Självskattning 2024", Survey.Scale,
            [new("social", "Social hållbarhet", [new("roller", "Det är känt vem som ansvarar.")])], []);
        SurveyResponse[] before = [new("s2024", "a", ResponseStatus.Submitted, [new("roller", "delvis")], []), new("s2024", "b", ResponseStatus.Submitted, [new("roller", "helt")], [])];

        var result = SurveyResults.Compute(Survey, Seven, (earlier, before));

        var helt = result.Statements[0].Shares.Single(s => s.CategoryId == "helt");
        Assert.Equal(3 * 100m / 7 - 50m, helt.Change);
        Assert.False(result.Statements[1].HasPrevious);
    }

    [Fact]
    public void Compute_AnswerWithUnknownCategory_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SurveyResults.Compute(Survey, [Response("a", "kanske", "helt")]));
    }

    [Fact]
    public void Survey_TwoDontKnowCategories_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Survey("s", 2025, "S", [new("a", "Vet ej", true), new("b", "Ej aktuellt", true)], Survey.Themes, []));
    }
}
