using System.Net;

namespace Hallbar.Web.Tests.Reading;

public sealed class MeasurePageTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Emissions = "/region-vastmanland/matetal/totala-utslapp-co2e?year=2025";

    [Fact]
    public async Task EmissionsMeasure_ShowsTheSuggestionBesideTheFinal_AndFlagsTheDifference()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync(Emissions);

        var suggestion = page.QuerySelector("section.suggestion")!;
        Assert.Equal("Oförändrad", suggestion.QuerySelector(".grade")!.TextContent);
        Assert.Contains("i takt med målet -50 % till 2030 skulle det vara -22,7 %", suggestion.QuerySelector(".rationale")!.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        var final = page.QuerySelector("section.final")!;
        Assert.Equal("Positiv", final.QuerySelector(".grade")!.TextContent);
        Assert.Contains("men ligger långt efter målbanan", final.QuerySelector(".motivation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("skiljer sig från regelns förslag", page.QuerySelector(".differs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmissionsMeasure_Marks2024AsRestated_WithTheReason()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync(Emissions);

        var row = page.QuerySelectorAll("table.outcomes tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("2024", StringComparison.Ordinal));
        var mark = row.QuerySelector("sup.mark a")!;
        var note = page.QuerySelector(mark.GetAttribute("href")!)!;
        Assert.Contains("2024: justerat i redovisningen 2025", note.TextContent, StringComparison.Ordinal);
        Assert.Contains("sent inkommen statistik", note.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2023 (avser 2022)", "2024 (avser 2023)", "2025 (avser 2024)"], page.QuerySelectorAll("table.outcomes tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public async Task EmissionsMeasure_ListsTheYearsFootnotes()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync(Emissions);

        var notes = page.QuerySelectorAll("ul.footnotes li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("Mäts gentemot basår 2019.", notes);
        Assert.Contains("2024: Justerat sedan föregående hållbarhetsredovisning pga sent inkommen statistik.", notes);
    }

    [Fact]
    public async Task EmissionsMeasure_HasTheTrendChart_WithItsTextAlternativeAndDataTable()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync(Emissions);

        var figure = page.QuerySelector("figure.chart")!;
        Assert.Equal("img", figure.QuerySelector("svg")!.GetAttribute("role"));
        Assert.Contains("Basvärde 2019: 0", figure.QuerySelector(".chart-description")!.TextContent, StringComparison.Ordinal);
        var data = figure.QuerySelector("table.chart-data")!;
        Assert.Equal(["År som utfallet avser", "Utfall", "Basvärde 2019", "Målvärde 2030", "I takt med målet"], data.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var inPace = data.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "2024");
        Assert.Equal(["-2 %", "", "", "-22,7 %"], inPace.QuerySelectorAll("td").Select(td => td.TextContent.Replace('\u00A0', ' ')));
        Assert.Empty(page.QuerySelectorAll("[style], style, script"));
    }

    [Fact]
    public async Task CompositeMeasure_ShowsEachSeries_AndWhyAValueIsMissing()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland/matetal/kemikalier-utfasningslistor?year=2025");

        var headers = page.QuerySelectorAll("table.outcomes thead th").Select(th => th.TextContent).ToList();
        Assert.Contains("Kandidatförteckning, Hela organisationen", headers);
        var row2023 = page.QuerySelectorAll("table.outcomes tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "2023");
        Assert.Contains("Saknas: Mätetal saknas på grund av bristande datakvalitet", row2023.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeHistory_ShowsWhoWhenOldNewAndWhy_ToThoseSignedInOnly()
    {
        await factory.RestateAsync("energiforbrukning-fastigheter", "2025", 183, "Mätaren i Västerås var fel kalibrerad.");
        using var reader = new WebClient(factory);
        await reader.SignInAsync("lasare@hallbar.demo");
        using var anonymous = new WebClient(factory);

        var page = await reader.GetDocumentAsync("/region-vastmanland/matetal/energiforbrukning-fastigheter?year=2025");
        var publicPage = await anonymous.GetDocumentAsync("/region-vastmanland/matetal/energiforbrukning-fastigheter?year=2025");

        var change = page.QuerySelector("table.history tbody tr")!.QuerySelectorAll("th, td").Select(c => Normalized(c.TextContent)).ToList();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", change[0]);
        Assert.Equal(["admin@hallbar.demo", "Utfall 2025", "184", "183", "Omräkning: Mätaren i Västerås var fel kalibrerad."], change.Skip(1));
        Assert.Contains("från 184 kWh/m² BRA till 183 kWh/m² BRA", page.QuerySelector("#justeringar")!.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Null(publicPage.QuerySelector("table.history"));
        Assert.Contains("Mätaren i Västerås", publicPage.QuerySelector("#justeringar")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitValues_HaveColumnsOfTheirOwn_WithIllustrativeUnitsMarked()
    {
        await factory.RestateAsync("matsvinn-per-portion", "2025", 80, "Serviceförvaltningens egen mätning.", unitId: "serviceforvaltningen");
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland/matetal/matsvinn-per-portion?year=2025");

        var headers = page.QuerySelectorAll("table.outcomes thead th").Select(th => Normalized(th.TextContent)).ToList();
        Assert.Equal(["Period", "Hela organisationen", "Serviceförvaltningen (illustrativ)"], headers);
        var row = page.QuerySelectorAll("table.outcomes tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "2025");
        Assert.Equal("80 gram", row.QuerySelectorAll("td")[1].FirstChild!.TextContent.Trim().Replace('\u00A0', ' '));
        Assert.Contains("illustrativ", page.QuerySelector("dl.definition")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMeasure_IsNotFound()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.GetAsync(new Uri("/region-vastmanland/matetal/finns-inte?year=2025", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
