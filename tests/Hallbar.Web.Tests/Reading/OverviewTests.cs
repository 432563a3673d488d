namespace Hallbar.Web.Tests.Reading;

public sealed class OverviewTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    [Fact]
    public async Task Overview_2025_ShowsThePublishedGradesToThePublic()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland?year=2025");

        var area = page.QuerySelectorAll("section.area").Single(s => s.QuerySelector("h2")!.TextContent == "Resurseffektiva verksamheter och hållbara inköp");
        Assert.Equal("Samlad bedömning av målområdet: Oförändrad", Normalized(area.QuerySelector("p")!.TextContent));
        Assert.Equal("Samlad bedömning: Oförändrad", Normalized(page.QuerySelector("p.overall")!.TextContent));
    }

    [Fact]
    public async Task Overview_IndicatorTrend_MarksSuggestionsWhereNoFinalAssessmentIsSet()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland?year=2025");

        // The demo has final assessments for 2025 only: 2023 and 2024 show what the rules suggest.
        var row = page.QuerySelectorAll("table.trend tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Resurseffektiva verksamheter");
        var cells = row.QuerySelectorAll("td").Select(c => Normalized(c.TextContent)).ToList();
        Assert.Equal(["Positiv (förslag)", "Oförändrad (förslag)", "Positiv"], cells.Take(3));
    }

    [Fact]
    public async Task Overview_Sparkline_IsServerSideSvgWithTheFiguresAsTextAlternative()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland?year=2025");

        // The emissions indicator follows its total, so its line is the total's, not the first category's.
        var row = page.QuerySelectorAll("table.trend tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Regionens totala utsläpp", StringComparison.Ordinal));
        var svg = row.QuerySelector("svg.sparkline")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Regionens totala utsläpp av CO2e, utfall 2023: -2 %, 2024: 0 %, 2025: -2 %", svg.GetAttribute("aria-label")!.Replace('\u00A0', ' '));
        Assert.NotNull(svg.QuerySelector("polyline"));
        Assert.Empty(page.QuerySelectorAll("[style], style, script"));
    }

    [Fact]
    public async Task Overview_YearPicker_OffersThePublicThePublishedYears()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland?year=2024");

        var picker = page.QuerySelector("form.year-picker")!;
        Assert.Equal("get", picker.GetAttribute("method"));
        Assert.Equal(["2025", "2024", "2023"], picker.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal("2024", picker.QuerySelector("option[selected]")!.TextContent);
        Assert.NotNull(page.QuerySelector($"label[for={picker.QuerySelector("select")!.Id}]"));
        Assert.Contains("2024", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_InEnglish_SpeaksEnglish()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland?year=2025&lang=en-GB");

        Assert.Equal("Overall assessment: Unchanged", Normalized(page.QuerySelector("p.overall")!.TextContent));
        Assert.Contains("Positive (suggestion)", Normalized(page.QuerySelector("table.trend")!.TextContent), StringComparison.Ordinal);
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
