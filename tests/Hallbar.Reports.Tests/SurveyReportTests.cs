using System.Globalization;
using AngleSharp.Html.Parser;
using Hallbar.Reports.Building;
using Hallbar.Reports.Html;
using Hallbar.Reports.Model;
using Hallbar.Reports.Tests.Docx;
using Hallbar.Reports.Tests.Xlsx;
using Hallbar.Reports.Xlsx;

namespace Hallbar.Reports.Tests;

/// <summary>The demo report's Bilaga 1 (the self-assessment survey), barnbokslut facts and highlights, in the model and as rendered.</summary>
public sealed class SurveyReportTests
{
    private const string Illustrative = "Svaren är illustrativa; redovisningen publicerar inte förvaltningarnas svar.";

    private static readonly Lazy<Report> Report = new(() => Demo.Report());

    private static Chapter Bilaga1 => Report.Value.Chapters.Single(c => c.Id == "bilaga1-intro");

    private static ChartBlock SurveyChart => Bilaga1.Blocks.OfType<ChartBlock>().Single();

    [Fact]
    public void Bilaga1_HasAStackedBarPerStatementWithPercentsAddingTo100()
    {
        var chart = SurveyChart;

        Assert.Equal(ChartKind.StackedBars, chart.Kind);
        Assert.Equal(17, chart.Categories.Count);
        Assert.Equal(["Stämmer helt", "Stämmer delvis", "Stämmer inte", "Vet ej eller ej aktuellt", "Ej besvarad"], chart.Series.Select(s => s.Name));
        Assert.All(Enumerable.Range(0, chart.Categories.Count), i => Assert.Equal(100m, chart.Series.Sum(s => s.Values[i])));
    }

    [Fact]
    public void Bilaga1_TextAlternativeStatesTheFigures()
    {
        var chart = SurveyChart;

        // Ledningens kunskap: five of seven "Stämmer helt" (71,4 %), two "Stämmer delvis" (28,6 %).
        Assert.Contains("Förvaltningsledningen har kunskap om social hållbarhet. Stämmer helt 71 %, Stämmer delvis 29 %.", chart.Description.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("7 förvaltningars svar", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Bilaga1_SaysTheAnswersAreIllustrativeAndListsFreeTextsWithTheirUnit()
    {
        Assert.Contains(Bilaga1.Blocks.OfType<ParagraphBlock>(), p => p.Text == Illustrative);
        var strengths = Bilaga1.Blocks.OfType<TableBlock>().Single(t => t.Caption.StartsWith("Vilka styrkor", StringComparison.Ordinal));
        Assert.Contains(strengths.Rows, r => r.Cells[0].Text == "Folktandvården" && r.Cells[1].Text.StartsWith("Synpunkter från patienter", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_Bilaga1ChartHasItsDescriptionAndADataTableAddingTo100PerStatement()
    {
        var html = new HtmlParser().ParseDocument(HtmlReportRenderer.RenderDocument(Report.Value));
        var figure = html.GetElementById(SurveyChart.Id)!;

        Assert.NotNull(figure.QuerySelector("svg"));
        Assert.Contains("Förvaltningsledningen har kunskap", figure.QuerySelector(".chart-description")!.TextContent, StringComparison.Ordinal);
        var rows = figure.QuerySelectorAll("table.chart-data tbody tr").ToList();
        Assert.Equal(17, rows.Count);
        Assert.All(rows, r => Assert.Equal(100, r.QuerySelectorAll("td").Sum(td => Percent(td.TextContent))));
        Assert.Contains(Illustrative, html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Bilaga1ChartIsAPictureWithItsTextAlternativeAndDataTable()
    {
        using var document = await DemoDocx.Open();
        var body = document.MainDocumentPart!.Document.Body!;

        var pictures = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().ToList();
        Assert.Contains(pictures, p => p.Description?.Value == SurveyChart.Description);
        var table = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>()
            .Single(t => DocxText.Rows(t).Any(r => r[0] == "Förvaltningsledningen har kunskap om social hållbarhet."));
        var rows = DocxText.Rows(table).Skip(1).ToList();
        Assert.Equal(17, rows.Count);
        Assert.All(rows, r => Assert.Equal(100, r.Skip(1).Sum(Percent)));
    }

    [Fact]
    public async Task Xlsx_SurveyChartDataAndFreeTextsHaveSheets()
    {
        using var output = new MemoryStream();
        await new XlsxRenderer().RenderAsync(Report.Value, output);
        var workbook = ReadBackWorkbook.Read(output.ToArray());

        var chartData = workbook.Sheets.Single(s => s.Cells.Any(c => c.Text == "Förvaltningsledningen har kunskap om social hållbarhet."));
        var row = chartData.RowsStartingWith("Förvaltningsledningen har kunskap om social hållbarhet.").First();
        Assert.Equal(100m, Enumerable.Range(2, 5).Sum(c => chartData[row, c]?.Number ?? 0m));
        var survey = workbook.SheetHeaded("Självskattning");
        Assert.Contains(survey.Cells, c => c.Text == "Folktandvården");
        var childRights = workbook.SheetHeaded("Barnbokslut");
        Assert.Equal(110m, childRights[childRights.RowsStartingWith("Totalt i regionen").Single(), 2]!.Number);
    }

    [Fact]
    public async Task Xlsx_ReportsFreeTextsAreTitledByTheirQuestion()
    {
        using var output = new MemoryStream();
        await new XlsxRenderer().RenderAsync(Report.Value, output);

        var survey = ReadBackWorkbook.Read(output.ToArray()).SheetHeaded("Självskattning");

        Assert.Contains(survey.Cells, c => c.Text == "Vilka styrkor ser förvaltningen i sitt arbete med social hållbarhet?");
    }

    [Fact]
    public void SurveyPage_HasTheChartItsCountsAndAChapterOfFreeTexts()
    {
        var page = SurveyReport.Page(Demo.Model, Demo.Model.SurveyResultFor(Demo.Year)!);

        var results = page.Chapters[0];
        var chart = results.Blocks.OfType<ChartBlock>().Single();
        Assert.Equal(SurveyChart.Series.Select(s => s.Values), chart.Series.Select(s => s.Values));
        Assert.Equal(1, chart.Number);
        var distribution = results.Blocks.OfType<TableBlock>().Single(t => t.Id.EndsWith("-fordelning", StringComparison.Ordinal));
        var row = distribution.Rows.Single(r => r.Cells[0].Text == "Förvaltningsledningen har kunskap om social hållbarhet.");
        Assert.Equal(["Social hållbarhet", "5", "71\u00a0%", "2", "29\u00a0%"], row.Cells.Skip(1).Take(5).Select(c => c.Text));
        Assert.Contains(results.Blocks.OfType<ParagraphBlock>(), p => p.Text == Illustrative);
        Assert.Equal(4, page.Chapters[1].Blocks.OfType<TableBlock>().Count());
    }

    [Fact]
    public async Task SurveyWorkbook_HasTheDistributionAsFiguresAndEveryFreeTextWithItsQuestionAndUnit()
    {
        using var output = new MemoryStream();
        await new XlsxRenderer().RenderAsync(SurveyReport.Workbook(Demo.Model, Demo.Model.SurveyResultFor(Demo.Year)!), output);
        var workbook = ReadBackWorkbook.Read(output.ToArray());

        Assert.Equal(["Fördelning", "Fritextsvar"], workbook.Sheets.Select(s => s.Name));
        var distribution = workbook.Sheets[0];
        Assert.Equal("Resultat Självskattning social hållbarhet 2025 – Region Västmanland", distribution.TextAt(1, 1));
        Assert.Contains(distribution.Cells, c => c.Text.EndsWith(Illustrative, StringComparison.Ordinal));
        var row = distribution.RowsStartingWith("Förvaltningsledningen har kunskap om social hållbarhet.").Single();
        Assert.Equal("Social hållbarhet", distribution.TextAt(row, 2));
        Assert.Equal(5m, distribution[row, distribution.ColumnAbove(row, "Stämmer helt, antal")]!.Number);
        var share = distribution[row, distribution.ColumnAbove(row, "Stämmer helt, andel")]!;
        Assert.Equal(71m, share.Number);
        Assert.Equal("#,##0\"\u00a0%\"", share.NumberFormat);
        var freeTexts = workbook.Sheets[1];
        var answer = freeTexts.RowsStartingWith("Vilka styrkor ser förvaltningen i sitt arbete med social hållbarhet?").First(r => freeTexts.TextAt(r, 2) == "Folktandvården");
        Assert.StartsWith("Synpunkter från patienter", freeTexts.TextAt(answer, 3), StringComparison.Ordinal);
    }

    [Fact]
    public void Barnbokslut_HasThePilotsAndTheRegisterAndTheChildRightsChart()
    {
        var chapter = Report.Value.Chapters.Single(c => c.Id == "barnbokslut");

        var pilots = chapter.Blocks.OfType<TableBlock>().Single(t => t.Id == "barnrattspiloter-2025");
        Assert.Equal([("Utbildade under 2025", "13"), ("Totalt i regionen", "110")], pilots.Rows.Select(r => (r.Cells[0].Text, r.Cells[1].Text)));
        var register = chapter.Blocks.OfType<TableBlock>().Single(t => t.Id == "provning-barnets-basta-2025");
        Assert.Contains(register.Rows, r => r.Cells[0].Text.Contains("barnakuten", StringComparison.Ordinal) && r.Cells[3].Text == "Ja");
        Assert.Contains(register.Rows, r => r.Cells[0].Text.Contains("kollektivtrafiken", StringComparison.Ordinal) && r.Cells[3].Text == "Ja");
        var chart = chapter.Blocks.OfType<ChartBlock>().Single();
        Assert.Equal(4, chart.Categories.Count);
        Assert.Contains(chapter.Blocks.OfType<ParagraphBlock>(), p => p.Text == Illustrative);
    }

    [Fact]
    public void Barnbokslut_Register_SaysItsUnitNamesAreIllustrative_OnlyWhenTheyAre()
    {
        // The seed names the decisions but not the förvaltning behind them; the demo's names for them are made up.
        const string Note = "Förvaltningarnas namn i tabellen är illustrativa.";
        var model = Demo.Model;
        var facts = model.ChildRights.Single(c => c.Year == Demo.Year);
        Assert.Contains(facts.Decisions, d => model.Organization.Units.Single(u => u.Id == d.UnitId).Illustrative);
        var organization = model.Organization;
        var published = model with { Organization = new(organization.Id, organization.Name, organization.Kind, [.. organization.Units.Select(u => u with { Illustrative = false })], organization.KoladaId) };

        Assert.Contains(Chapter(Demo.Report()).Blocks.OfType<ParagraphBlock>(), p => p.Text == Note && p.Label == "Observera");
        Assert.DoesNotContain(Chapter(ReportBuilder.Build(published, Demo.Year)).Blocks.OfType<ParagraphBlock>(), p => p.Text == Note);

        static Chapter Chapter(Report report) => report.Chapters.Single(c => c.Id == "barnbokslut");
    }

    [Fact]
    public void Html_BarnbokslutShowsThe13And110Pilots()
    {
        var html = new HtmlParser().ParseDocument(HtmlReportRenderer.RenderDocument(Report.Value));
        var table = html.GetElementById("barnrattspiloter-2025")!;

        Assert.Equal(["13", "110"], table.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Highlights_AreSectionsInTheirOrder()
    {
        var chapter = Report.Value.Chapters.Single(c => c.Id == "hojdpunkter");

        Assert.False(chapter.IsAppendix);
        Assert.Equal(Demo.Model.Highlights.Select(h => h.Title), chapter.Children.Select(c => c.Title));
        Assert.Equal("Sveriges nöjdaste kollektivtrafikkunder", chapter.Children[0].Title);
        Assert.Equal(10, chapter.Children.Count);
    }

    [Fact]
    public void Html_HighlightsAreHeadingsBelowTheChapterInOrder()
    {
        var html = new HtmlParser().ParseDocument(HtmlReportRenderer.RenderDocument(Report.Value));
        var headings = html.GetElementById("hojdpunkter")!.QuerySelectorAll("section > h3").Select(h => h.TextContent.Trim()).ToList();

        Assert.Equal(Demo.Model.Highlights.Select(h => h.Title), headings);
    }

    private static int Percent(string text) =>
        int.Parse(text.Replace("%", string.Empty, StringComparison.Ordinal).Trim().Trim('\u00a0'), CultureInfo.InvariantCulture);
}
