namespace Hallbar.Web.Tests.Reading;

public sealed class GoalTreeTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    [Fact]
    public async Task GoalTree_2025_ListsAll24AssessedMeasures_EachLinkedAndAssessed()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland/mal?year=2025");

        var measures = page.QuerySelectorAll("li.measure:not(.context)");
        Assert.Equal(24, measures.Length);
        Assert.All(measures, m =>
        {
            Assert.StartsWith("/region-vastmanland/matetal/", m.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.EndsWith("?year=2025", m.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.NotNull(m.QuerySelector(".grade"));
        });
    }

    [Fact]
    public async Task GoalTree_NestsAreasGoalsIndicatorsAndMeasures_WithTheirAssessments()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland/mal?year=2025");

        var indicator = page.QuerySelector("li#nod-totala-utslapp")!;
        Assert.Equal("Positiv", indicator.QuerySelector(":scope > .assessment")!.TextContent.Trim());
        Assert.Equal("nod-mal-klimat", indicator.ParentElement!.Closest("li")!.Id);
        var total = indicator.QuerySelectorAll("li.measure").Single(m => m.QuerySelector("a")!.TextContent == "Regionens totala utsläpp av CO2e");
        Assert.Equal("Positiv", total.QuerySelector(".assessment")!.TextContent.Trim());
        Assert.Contains("bedöms inte", indicator.QuerySelector("li.measure.context")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoalTree_RemovedMeasure_IsListedOnlyInTheYearsItWasReported()
    {
        using var client = new WebClient(factory);

        var now = await client.GetDocumentAsync("/region-vastmanland/mal?year=2025");
        var before = await client.GetDocumentAsync("/region-vastmanland/mal?year=2024");

        Assert.DoesNotContain(now.QuerySelectorAll("li.measure a"), a => a.TextContent == "Andel ekologiska livsmedel");
        Assert.Contains(before.QuerySelectorAll("li.measure a"), a => a.TextContent == "Andel ekologiska livsmedel");
    }
}
