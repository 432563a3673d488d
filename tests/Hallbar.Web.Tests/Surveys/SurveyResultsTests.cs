using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hallbar.Web.Tests.Surveys;

/// <summary>The survey's results page and its spreadsheet for a known set of answers (<see cref="SurveyData"/>).</summary>
public sealed class SurveyResultsTests(SurveyFactory app) : IClassFixture<SurveyFactory>
{
    private const string Results = "/region-vastmanland/enkat/2026/resultat";

    [Fact]
    public async Task Table_KnownAnswers_ShowsTheExactCountsAndPercentsAddingTo100()
    {
        var page = await ReaderPageAsync(Results);
        var table = page.GetElementById($"sjalvskattning-{SurveyData.SurveyId}-fordelning")!;

        // Only the three submitted answers count; "Ej besvarad" is there because one of them left a statement out.
        Assert.Equal(["Påstående", "Tema",
            "Stämmer helt, antal", "Stämmer helt, andel", "Stämmer delvis, antal", "Stämmer delvis, andel", "Stämmer inte, antal", "Stämmer inte, andel",
            "Vet ej, antal", "Vet ej, andel", "Ej besvarad, antal", "Ej besvarad, andel"], Texts(table.QuerySelectorAll("thead th")));
        Assert.Equal(["Ledning", "2", "67 %", "0", "0 %", "1", "33 %", "0", "0 %", "0", "0 %"], Row(table, "Ledningen kan social hållbarhet."));
        Assert.Equal(["Ledning", "0", "0 %", "1", "33 %", "0", "0 %", "2", "67 %", "0", "0 %"], Row(table, "Det finns rutiner."));
        Assert.Equal(["Barn", "1", "34 %", "1", "33 %", "0", "0 %", "0", "0 %", "1", "33 %"], Row(table, "Barnets bästa prövas."));
        Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(100, Shares(row)));
    }

    [Fact]
    public async Task Page_HasTheChartWithItsTextAlternativeTheChangeFrom2025AndTheFreeTextsWithTheirUnit()
    {
        var page = await ReaderPageAsync(Results);

        var figure = page.QuerySelector("figure.chart")!;
        Assert.NotNull(figure.QuerySelector("svg"));
        Assert.Contains("Barnets bästa prövas. Stämmer helt 34 %, Stämmer delvis 33 %, Ej besvarad 33 %.", figure.QuerySelector(".chart-description")!.TextContent.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Equal(3, figure.QuerySelectorAll("table.chart-data tbody tr").Length);

        // 2025: five of seven "Stämmer helt" (71,4 %), two "Stämmer delvis" (28,6 %); only the statement kept from 2025 has a change.
        var change = page.GetElementById($"sjalvskattning-{SurveyData.SurveyId}-forandring")!;
        Assert.Equal("Förändring 2025–2026 i procentenheter", change.QuerySelector("caption")!.TextContent);
        Assert.Equal(["-5", "-29", "+33", "0", "0"], Row(change, "Ledningen kan social hållbarhet."));
        Assert.Single(change.QuerySelectorAll("tbody tr"));

        var strengths = page.GetElementById($"sjalvskattning-{SurveyData.SurveyId}-styrkor")!;
        Assert.Equal("Vilka styrkor ser ni?", strengths.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Bra samarbete med patienterna."], Row(strengths, "Folktandvården"));
        Assert.Equal(["Tydliga rutiner."], Row(strengths, "Serviceförvaltningen"));
        Assert.DoesNotContain("Ett utkast.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enkäten skickades till 4 förvaltningar; 3 har skickat in sitt svar.", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_SeesThePublishedYear_ButIsSentToSignInForAnUnpublishedOne()
    {
        using var anonymous = new WebClient(app);

        using var unpublished = await anonymous.Http.GetAsync(new Uri(Results, UriKind.Relative));
        using var xlsx = await anonymous.Http.GetAsync(new Uri(Results + ".xlsx", UriKind.Relative));
        var published = await anonymous.GetDocumentAsync("/region-vastmanland/enkat/2025/resultat");

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal("/konto/logga-in", unpublished.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, xlsx.StatusCode);
        Assert.Contains("Svaren är illustrativa", published.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enkäten skickades till 7 förvaltningar; 7 har skickat in sitt svar.", published.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearWithoutASurvey_IsNotFound()
    {
        var reader = await ReaderAsync();

        using var response = await reader.Http.GetAsync(new Uri("/region-vastmanland/enkat/2024/resultat", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task InEnglish_TheGeneratedWordsAreEnglish()
    {
        // A session of its own: the language chosen is remembered for the pages that follow.
        using var anonymous = new WebClient(app);

        var page = await anonymous.GetDocumentAsync("/region-vastmanland/enkat/2025/resultat?lang=en-GB");

        Assert.StartsWith("Results:", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Statement", page.QuerySelector("#sjalvskattning-sjalvskattning-social-2025-fordelning thead th")!.TextContent);
        Assert.Equal(["Social hållbarhet", "5", "71 %", "2", "29 %"], Row(page.GetElementById("sjalvskattning-sjalvskattning-social-2025-fordelning")!, "Förvaltningsledningen har kunskap om social hållbarhet.")[..5]);
    }

    [Fact]
    public async Task Xlsx_HasTheDistributionAsNumbersAndTheFreeTextsWithQuestionAndUnit()
    {
        var reader = await ReaderAsync();

        using var response = await reader.Http.GetAsync(new Uri(Results + ".xlsx", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("region-vastmanland-sjalvskattning-2026.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var sheets = Sheets(document);
        Assert.Equal(["Fördelning", "Fritextsvar"], sheets.Keys);

        var distribution = sheets["Fördelning"];
        var header = distribution.First(r => r.FirstOrDefault() == "Påstående");
        var row = distribution.First(r => r.FirstOrDefault() == "Barnets bästa prövas.");
        Assert.Equal("Barn", row[1]);
        Assert.Equal("1", row[header.IndexOf("Stämmer helt, antal")]);
        Assert.Equal("34", row[header.IndexOf("Stämmer helt, andel")]);
        Assert.Equal("33", row[header.IndexOf("Ej besvarad, andel")]);
        Assert.Equal(100, header.Select((h, i) => (h, i)).Where(c => c.h.EndsWith(", andel", StringComparison.Ordinal)).Sum(c => int.Parse(row[c.i], CultureInfo.InvariantCulture)));
        // The change from 2025 is on the same sheet, below the distribution, in whole percentage points.
        var change = distribution.Last(r => r.FirstOrDefault() == "Ledningen kan social hållbarhet.");
        Assert.Equal(["-5", "-29", "33", "0", "0"], change.Skip(1));

        var freeTexts = sheets["Fritextsvar"];
        Assert.Contains(freeTexts, r => r.SequenceEqual(["Vilka styrkor ser ni?", "Folktandvården", "Bra samarbete med patienterna."]));
    }

    /// <summary>A row's shares: after the theme, every category's count and then its share.</summary>
    private static int Shares(IElement row) => row.QuerySelectorAll("td").Where((_, i) => i % 2 == 0 && i > 0).Sum(td => Percent(td.TextContent));

    private static int Percent(string text) => int.Parse(text.Replace("%", string.Empty, StringComparison.Ordinal).Trim().Trim('\u00a0'), CultureInfo.InvariantCulture);

    private static List<string> Texts(IEnumerable<IElement> cells) => [.. cells.Select(c => c.TextContent.Replace('\u00a0', ' ').Trim())];

    /// <summary>The cells after the row's header, as shown.</summary>
    private static List<string> Row(IElement table, string header) =>
        Texts(table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == header).QuerySelectorAll("td"));

    private Task<WebClient> ReaderAsync() => app.ClientAsync("lasare@hallbar.demo");

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ReaderPageAsync(string path) => await (await ReaderAsync()).GetDocumentAsync(path);

    /// <summary>Every sheet's rows as the cells' stored values (numbers as stored, texts from the shared strings), by sheet name.</summary>
    private static Dictionary<string, List<List<string>>> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? string.Empty).ToList())
                .ToList());
    }
}
