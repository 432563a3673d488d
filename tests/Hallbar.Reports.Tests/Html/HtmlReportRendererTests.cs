using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Hallbar.Reports.Html;

namespace Hallbar.Reports.Tests.Html;

public sealed partial class HtmlReportRendererTests
{
    private static readonly Lazy<IHtmlDocument> Swedish = new(() => Parse(HtmlReportRenderer.RenderDocument(Demo.Report())));

    [Theory]
    [MemberData(nameof(Published.Bilaga2), MemberType = typeof(Published))]
    public void Bilaga2Row_HasThePublishedFiguresAndAssessment_InItsColumns(string measure, string y2023, string y2024, string y2025, string assessment)
    {
        var row = Row(measure);
        var table = row.Closest("table")!;
        var headers = table.QuerySelectorAll("thead th").Select(Text).ToList();

        Assert.Equal(["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"], headers);
        Assert.Equal([measure, y2023, y2024, y2025, assessment], row.Children.Select(Text));
    }

    [Fact]
    public void CompositeValue_ASeriesFootnoteMark_StandsAfterTheSeriesLabel_AsTheSeedPrintsIt()
    {
        var cell = Row("Antal kemikalier på utfasningslistorna (CMR-ämnen och utfasningsämnen)").Children[1];

        Assert.Equal(["Kandidatförteckning", "Priodatabas"], cell.QuerySelectorAll("sup.mark").Select(m => m.PreviousSibling!.TextContent.Trim()));
        Assert.All(cell.QuerySelectorAll("sup.mark"), m => Assert.Equal("**", m.TextContent));
    }

    [Theory]
    [MemberData(nameof(Published.Indicators), MemberType = typeof(Published))]
    public void Bilaga2Table_ClosesWithTheIndicatorsOverallAssessment(string indicator, string assessment)
    {
        var table = Swedish.Value.QuerySelectorAll("table").Single(t => Text(t.QuerySelector("caption")!).Contains($"indikatorn {indicator},", StringComparison.Ordinal));
        var summary = table.QuerySelector("tr.summary")!;

        Assert.Equal("Samlad bedömning av indikatorn", Text(summary.Children[0]));
        Assert.Equal(assessment, Text(summary.Children[^1]));
    }

    [Theory]
    [MemberData(nameof(Published.GoalSummary), MemberType = typeof(Published))]
    public void GoalSummary_HasEveryGoalAreaWithItsGoalAndAssessment(string area, string goal, string assessment)
    {
        var table = Swedish.Value.GetElementById(Model.TableBlock.GoalSummaryId)!;
        var row = table.QuerySelectorAll("tbody tr").Single(r => Text(r.Children[0]) == area);

        Assert.Equal([area, goal, assessment], row.Children.Select(Text));
    }

    [Fact]
    public void Figures_HaveANoBreakSpaceBeforeTheirUnit()
    {
        // "36,9 %" must not break between the figure and its unit, in print or on a phone.
        var cell = Row("Andel källsorterat avfall för materialåtervinning").Children[3];

        Assert.Equal("36,9\u00A0%", cell.TextContent.Trim());
    }

    [Fact]
    public void Footnotes_StandUnderTheirTable_WithTheMarksOfTheModelCase()
    {
        var row = Row("Andel källsorterat avfall för materialåtervinning");
        var notes = row.Closest("div")!.QuerySelectorAll(".table-notes li").Select(Text).ToList();

        Assert.Equal("**", row.Children[0].QuerySelector("sup")!.TextContent);
        Assert.Equal("***", row.Children[4].QuerySelector("sup")!.TextContent);
        Assert.Contains(notes, n => n.StartsWith("*** Förändringen är marginell", StringComparison.Ordinal));
        Assert.Contains("** Justerat sedan föregående hållbarhetsredovisning pga sent inkommen statistik.", Text(Row("Regionens totala utsläpp av CO2e").Closest("div")!.QuerySelector(".table-notes")!), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingValue_IsPrintedAsADash_AndReadOutAsMissing()
    {
        var cell = Row("Antal kemikalier på utfasningslistorna (CMR-ämnen och utfasningsämnen)").Children[1];

        Assert.Contains(cell.QuerySelectorAll("[aria-hidden=true]"), e => e.TextContent == "-");
        Assert.Contains(cell.QuerySelectorAll(".visually-hidden"), e => e.TextContent == "värde saknas");
    }

    [Fact]
    public void Document_IsSwedish_WithTitle_AndOneH1_AndHeadingsThatNeverSkipALevel()
    {
        var document = Swedish.Value;
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();

        Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Hållbarhetsredovisning 2025 – Region Västmanland", document.Title);
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} is followed by h{pair.Second}."));
    }

    [Fact]
    public void Chapters_FollowTheSeedsOrder_AndTheContentsLinkToEachOfThem()
    {
        var document = Swedish.Value;
        var chapters = document.QuerySelectorAll("article > section > h2").Select(Text).ToList();
        var links = document.QuerySelectorAll("nav.contents > ol > li > a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();

        Assert.Equal(
            [
                "Resultatet i korthet", "Höjdpunkter under året", "Inledning", "Process för framtagning och uppföljning av hållbarhetsmål", "Avgränsning",
                "Barnbokslut", "Uppföljning hållbarhetsmål", "Analys av det övergripande resultatet", "Jämlika, jämställda, tillgängliga och inkluderande verksamheter",
                "Resurseffektiva verksamheter och hållbara inköp", "Minskad klimatpåverkan och klimatanpassad verksamhet", "Biologisk mångfald och giftfri miljö",
                "Bilaga 1 Självskattning social hållbarhet", "Bilaga 2 Indikatorer med mätetal",
            ],
            chapters);
        Assert.All(links, id => Assert.NotNull(document.GetElementById(id)));
        Assert.Equal(document.QuerySelectorAll("article > section").Select(s => s.Id), links);
    }

    [Fact]
    public void EveryTable_HasACaptionAndHeaderCells()
    {
        var tables = Swedish.Value.QuerySelectorAll("table");

        Assert.NotEmpty(tables);
        Assert.All(tables, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent));
            Assert.NotEmpty(t.QuerySelectorAll("thead th[scope=col]"));
            Assert.All(t.QuerySelectorAll("tbody tr"), r => Assert.Equal("row", r.Children[0].GetAttribute("scope")));
        });
    }

    [Fact]
    public void EmissionsChart_HasItsTextAlternativeAndDataTable()
    {
        var figure = Swedish.Value.QuerySelectorAll("figure.chart").Single(f => Text(f.QuerySelector("figcaption")!).Contains("Fördelning klimatutsläpp 2025", StringComparison.Ordinal));
        var data = figure.QuerySelectorAll("table.chart-data tbody tr").ToDictionary(r => Text(r.Children[0]), r => Text(r.Children[1]));

        // The barnbokslut's child-rights chart comes before it.
        Assert.Matches("^Diagram 2: ", Text(figure.QuerySelector("figcaption")!));
        Assert.NotNull(figure.QuerySelector("svg[role=img]"));
        Assert.Contains("Inköp- och resursförbrukning 81 %", Text(figure.QuerySelector(".chart-description")!), StringComparison.Ordinal);
        Assert.Equal("6 %", data["Fastigheter - drift"]);
        Assert.Equal("0,2 %", data["Tjänsteresor"]);
        Assert.Equal("81 %", data["Inköp- och resursförbrukning"]);
    }

    [Fact]
    public void ClimateChapter_RefersToTheEmissionsChart_ByTheNumberItsCaptionCarries()
    {
        // The seed says "se diagram 1 nedan"; here the barnbokslut's chart comes first, so the text must follow the numbering.
        var climate = Swedish.Value.GetElementById("klimat")!;
        var reference = Assert.Single(climate.QuerySelectorAll(".narrative p").Select(p => DiagramReference().Match(Text(p))), m => m.Success);
        var caption = Text(climate.QuerySelectorAll("figure.chart figcaption").Single(c => Text(c).EndsWith("Fördelning klimatutsläpp 2025", StringComparison.Ordinal)));

        Assert.StartsWith($"Diagram {reference.Groups[1].Value}: ", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalAreaChapter_IndicatorTable_NamesTheGoalAsTheMålLineAboveIt()
    {
        // The seed's resource chapter states its goal as "År 2030 är Region Västmanlands inköp resurseffektiva och hållbara",
        // the summary table in another wording; the table under the "Mål:" line must not switch to the other one.
        var tables = Swedish.Value.QuerySelectorAll("table[id^=indikatorer-]").ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table =>
        {
            var goal = table.Closest("section")!.QuerySelectorAll("p.generated").Last(p => p.QuerySelector("strong")?.TextContent == "Mål:" && p.CompareDocumentPosition(table).HasFlag(DocumentPositions.Following));
            Assert.EndsWith(": " + Text(goal)["Mål: ".Length..], Text(table.QuerySelector("caption")!), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void SocialChapter_HasTheSeedsSubheadings_InItsOrder()
    {
        var headings = Swedish.Value.GetElementById("social")!.QuerySelectorAll("h3, h4").Select(Text);

        Assert.Equal(
            [
                "Resultat från självskattning av förvaltningarnas arbete med social hållbarhet", "Självidentifierade styrkor", "Självidentifierade utvecklingsområden",
                "Framgångsfaktorer och utmaningar förvaltningarna lyfter i arbetet", "Identifierade behov av utveckling för stärkt samordning",
                "Resultat utifrån uppdrag om att stärka det systematiska arbetet med att förebygga och upptäcka våld", "Stödpaket till hälso- och sjukvården och tandvården",
                "Frågor om våld i nära relationer i medarbetarsamtal",
            ],
            headings);
    }

    [Fact]
    public void Narrative_IsMarkdownMadeSafe()
    {
        var model = Demo.Model with
        {
            Sections = [new Domain.Narrative.NarrativeSection("s", "Avsnitt", "Text med <script>alert(1)</script> och [länk](javascript:alert(2)) och **fetstil**.", Demo.Year)],
        };
        var html = Parse(HtmlReportRenderer.RenderDocument(Building.ReportBuilder.Build(model, Demo.Year)));
        var section = html.GetElementById("s")!;

        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.DoesNotContain(section.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? string.Empty).Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("fetstil", section.QuerySelector("strong")!.TextContent);
    }

    [Fact]
    public void MarkdownFootnotes_HaveAnchorsThatAreUniqueInTheReport()
    {
        var ids = Swedish.Value.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        var footnoteLinks = Swedish.Value.QuerySelectorAll("a.footnote-ref").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotEmpty(footnoteLinks);
        // The climate chapter refers to its footnote before the generated tables and defines it after them.
        var climate = Swedish.Value.GetElementById("klimat")!;
        Assert.Contains("Parisavtalet hör till FN:s klimatkonvention", Text(Swedish.Value.GetElementById(climate.QuerySelector("a.footnote-ref")!.GetAttribute("href")!.TrimStart('#'))!), StringComparison.Ordinal);
        Assert.All(footnoteLinks, id => Assert.NotNull(Swedish.Value.GetElementById(id)));
    }

    [Fact]
    public void MarkdownFootnotes_AreNumberedOnThroughTheReport_AsTheSeedAndWordNumberThem()
    {
        // The seed numbers its footnotes 1-4 in the barnbokslut, 5 in the social chapter and 6 at Parisavtalet, not from 1 per chapter.
        var references = Swedish.Value.QuerySelectorAll("a.footnote-ref").ToList();
        var numbers = references.Select(a => int.Parse(a.TextContent, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(Enumerable.Range(1, references.Count), numbers);
        Assert.Contains(numbers, n => n > 1 && references[n - 1].Closest("section")!.Id != "barnbokslut");
        Assert.All(references, a =>
        {
            var note = Swedish.Value.GetElementById(a.GetAttribute("href")!.TrimStart('#'))!;
            var list = note.Closest("ol")!;
            var shown = int.Parse(list.GetAttribute("start") ?? "1", CultureInfo.InvariantCulture) + list.Children.Index(note);
            Assert.Equal(a.TextContent, shown.ToString(CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void HeadingFootnote_MarksItsWordAsTheSeedDoes_NumberedOnAfterTheNarrativesAndListedInTheIndicatorsSection()
    {
        // The seed: "Indikator: Alla transporter7 drivs av fossilfria bränslen." after footnotes 1-4 (barnbokslut), 5 (social) and 6 (Parisavtalet).
        var heading = Swedish.Value.GetElementById("rubrik-matetal-fossilfria-transporter")!;
        var reference = Assert.Single(heading.QuerySelectorAll("a.footnote-ref"));
        var note = Swedish.Value.GetElementById(reference.GetAttribute("href")!.TrimStart('#'))!;
        var list = note.Closest("ol")!;

        Assert.Equal("Indikator: Alla transporter7 drivs av fossilfria bränslen", heading.TextContent);
        Assert.Equal("7", reference.QuerySelector("sup")!.TextContent);
        Assert.Equal(6, Swedish.Value.QuerySelectorAll("a.footnote-ref").TakeWhile(a => a != reference).Count());
        Assert.Equal("I mätningen ingår allmän och särskild kollektivtrafik och regionens egna fordon", Published.Normalized(note.TextContent.Replace("\u21a9", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(("7", "matetal-fossilfria-transporter"), (list.GetAttribute("start"), note.Closest("section")!.Id));
        Assert.Equal("#" + reference.Id, note.QuerySelector("a.footnote-back-ref")!.GetAttribute("href"));
    }

    [Fact]
    public void HeadingFootnote_LeavesTheTablesOwnNotesToStartAtOneStar()
    {
        // The seed: "93%* | 93*% | 93%" with the single note "* Justerat ...", the heading's note not among them.
        var table = Swedish.Value.GetElementById("tabell-fossilfria-transporter")!;
        var row = table.QuerySelectorAll("tbody tr")[0];

        Assert.Equal("Mätetal", Published.Normalized(table.QuerySelector("thead th")!.TextContent));
        Assert.Equal(["Andel fossilfria drivmedel", "93 %*", "93 %*", "93 %", "Oförändrad"], row.Children.Select(c => Published.Normalized(c.TextContent)));
        Assert.Equal(
            ["* Justerat sedan föregående hållbarhetsredovisningar på grund av mer noggranna mätmetoder."],
            Swedish.Value.GetElementById("tabell-fossilfria-transporter-fotnoter")!.Children.Select(li => Published.Normalized(li.TextContent)));
    }

    [Fact]
    public void MarkdownFootnoteLists_AreOnlyWhereATextHasFootnotes()
    {
        // A text between generated tables that borrows its chapter's definitions without referring to them drew an empty list and a stray rule.
        Assert.All(Swedish.Value.QuerySelectorAll(".footnotes"), f => Assert.NotEmpty(f.QuerySelectorAll("li")));
    }

    [Fact]
    public void EnglishReport_HasEnglishHeadings_AndKeepsTheNarrativeMarkedSwedish()
    {
        var html = Parse(HtmlReportRenderer.RenderDocument(Demo.Report("en")));

        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Sustainability report 2025", html.Title, StringComparison.Ordinal);
        Assert.All(html.QuerySelectorAll(".narrative"), n => Assert.Equal("sv", n.GetAttribute("lang")));
        Assert.Contains(html.QuerySelectorAll("th"), th => Text(th) == "Outcome 2025");
        Assert.Contains(html.QuerySelectorAll("td"), td => Text(td) == "36.9 %");
    }

    private static IElement Row(string measure) =>
        Swedish.Value.QuerySelectorAll("table:not(.chart-data) tbody tr").Single(r => Text(r.Children[0]) == measure);

    /// <summary>A cell's text as a reader sees it: composite parts joined by "; ", without what only screen readers hear, and without footnote marks.</summary>
    private static string Text(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden, sup.mark").ToList())
        {
            hidden.Remove();
        }

        foreach (var br in copy.QuerySelectorAll("br").ToList())
        {
            br.Replace(copy.Owner!.CreateTextNode("; "));
        }

        return Published.Normalized(copy.TextContent);
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [GeneratedRegex(@"\bdiagram (\d+)\b")]
    private static partial Regex DiagramReference();
}
