using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Hallbar.Reports.Model;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Hallbar.Reports.Tests.Docx;

public sealed partial class DocxRendererTests
{
    private const string NoBreakSpace = "\u00A0";

    [Theory]
    [MemberData(nameof(MeasureTables))]
    public async Task RenderAsync_DemoReport_MeasureTableHasTheSeedsFiguresInTheirRowsAndColumns(string indicator, string[][] rows, string[] notes)
    {
        using var document = await DemoDocx.Open();
        var table = DocxText.Captioned(Body(document), $"Mätetal för indikatorn {indicator}, utfall och utveckling 2025");

        Assert.Equal(rows.Select(Printed), DocxText.Rows(table));
        Assert.Equal(notes, DocxText.Notes(table).Select(n => n.Replace(NoBreakSpace, " ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_GoalSummaryGivesEachAreaItsGrade()
    {
        using var document = await DemoDocx.Open();
        var table = DocxText.Captioned(Body(document), "Samlad bedömning av måluppfyllelse 2025");

        Assert.Equal(
            [
                ["Målområde", "Hållbarhetsmål", "Utveckling 2025"],
                ["Resurseffektiva verksamheter och hållbara inköp", "År 2030 är Region Västmanlands verksamheter resurseffektiva och inköpen är hållbara.", "Oförändrad"],
                ["Jämlika, jämställda, tillgängliga och inkluderande verksamheter", "År 2030 är Region Västmanlands alla verksamheter jämlika, jämställda, tillgängliga och inkluderande.", "Inget värde"],
                ["Minskad klimatpåverkan och klimatanpassad verksamhet", "År 2030 är Region Västmanlands utsläpp av växthusgaser i linje med Parisavtalet, vilket innebär en minskning med 50% från 2019. Regionens verksamheter är också anpassade till de klimatförändringar som redan uppstått eller kan förväntas uppstå.", "Oförändrad"],
                ["Biologisk mångfald och giftfri miljö", "År 2030 är Region Västmanland anpassat till att värna om biologisk mångfald och en giftfri miljö.", "Oförändrad"],
                ["Samlad bedömning", "", "Oförändrad"],
            ],
            DocxText.Rows(table));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_TablesAreNumberedAndCaptionedAboveThemselves()
    {
        using var document = await DemoDocx.Open();
        var captions = Body(document).Elements<Table>()
            .Select(t => t.PreviousSibling<Paragraph>())
            .Where(p => p is not null && DocxText.Of(p).StartsWith("Tabell", StringComparison.Ordinal))
            .Select(p => DocxText.Of(p!))
            .ToList();

        // The barnbokslut's pilots come first, as the barnbokslut comes before the follow-up of the goals.
        Assert.Equal("Tabell 1: Barnrättspiloter 2025", captions[0]);
        Assert.Contains(captions, c => Regex.IsMatch(c, @"^Tabell \d+: Samlad bedömning av måluppfyllelse 2025$"));
        Assert.Equal(Enumerable.Range(1, captions.Count), captions.Select(c => int.Parse(Regex.Match(c, @"^Tabell (\d+):").Groups[1].Value)));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_FiguresAreFlushRightAndSummaryRowsBold()
    {
        using var document = await DemoDocx.Open();
        var rows = DocxText.Captioned(Body(document), "indikatorn Resurseffektiva verksamheter,").Elements<TableRow>().ToList();

        Assert.All(rows[1].Elements<TableCell>().Skip(1).Take(3), cell => Assert.Equal(JustificationValues.Right, Justification(cell)));
        Assert.Null(Justification(rows[1].Elements<TableCell>().First()));
        Assert.All(rows[^1].Descendants<Run>().Where(r => r.InnerText.Length > 0), run => Assert.NotNull(run.RunProperties?.Bold));
        Assert.DoesNotContain(rows[1].Descendants<Run>(), run => run.RunProperties?.Bold is not null);
    }

    [Fact]
    public async Task RenderAsync_DemoReport_EveryTableRepeatsItsHeaderRowAndOnlyIt()
    {
        using var document = await DemoDocx.Open();
        var tables = Body(document).Descendants<Table>().ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table =>
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties?.GetFirstChild<TableHeader>()));
        });
    }

    [Fact]
    public async Task RenderAsync_DemoReport_ChaptersAreBuiltInHeadingsAtTheirDepthInOrder()
    {
        var report = Demo.Report();
        using var document = await DemoDocx.Open();
        var headings = DocxText.Headings(Body(document));

        // Every chapter in reading order at its depth; narrative headings may come between them.
        var chapters = new Queue<(int, string)>(report.Chapters.SelectMany(c => WithDepth(c, 1)));
        foreach (var heading in headings)
        {
            if (chapters.Count > 0 && chapters.Peek() == heading)
            {
                chapters.Dequeue();
            }
        }

        Assert.Empty(chapters);

        // A heading is never more than one level below the one before it.
        Assert.All(headings.Zip(headings.Skip(1)), pair => Assert.True(pair.Second.Level <= pair.First.Level + 1, $"{pair.First} → {pair.Second}"));

        static IEnumerable<(int, string)> WithDepth(Chapter chapter, int depth) =>
            [(depth, chapter.Title), .. chapter.Children.SelectMany(c => WithDepth(c, depth + 1))];
    }

    [Fact]
    public async Task RenderAsync_DemoReport_MarkdownHeadingsContinueBelowTheirChapter()
    {
        using var document = await DemoDocx.Open();
        var headings = DocxText.Headings(Body(document));

        // "### Regionens totala utsläpp" in a first-level chapter; "####" one below "###" in another.
        Assert.Contains((1, "Minskad klimatpåverkan och klimatanpassad verksamhet"), headings);
        Assert.Contains((2, "Regionens totala utsläpp"), headings);
        Assert.Contains((2, "Resultat från självskattning av förvaltningarnas arbete med social hållbarhet"), headings);
        Assert.Contains((3, "Självidentifierade styrkor"), headings);
    }

    [Fact]
    public async Task RenderAsync_AnyReport_DefinesWordsBuiltInStylesUnderTheirOwnNames()
    {
        using var document = await DemoDocx.Open();
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        foreach (var (id, name) in new[] { ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Heading3", "heading 3"), ("Heading4", "heading 4"), ("Normal", "Normal"), ("Title", "Title"), ("Caption", "caption"), ("ListParagraph", "List Paragraph"), ("TOC1", "toc 1"), ("FootnoteText", "footnote text") })
        {
            Assert.Equal(name, styles[id].StyleName?.Val?.Value);
            Assert.NotEqual(true, styles[id].CustomStyle?.Value);
        }

        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties?.OutlineLevel?.Val?.Value);
        Assert.Contains(styles.Values, s => s.Type?.Value == StyleValues.Table && s.StyleId == "HallbarTable");
    }

    [Theory]
    // The report's language is the document's; the narrative keeps the language it was written in.
    [InlineData("sv", "sv-SE", null)]
    [InlineData("en", "en-GB", "sv-SE")]
    public async Task RenderAsync_Language_IsTheDocumentsDefaultAndTheNarrativesOwn(string language, string expected, string? narrative)
    {
        using var document = await DemoDocx.Open(language);
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal(expected, defaults.GetFirstChild<Languages>()?.Val?.Value);
        Assert.Equal(expected, document.PackageProperties.Language);
        var inledning = Body(document).Elements<Paragraph>().First(p => DocxText.Of(p).StartsWith("Grunden för Region Västmanlands", StringComparison.Ordinal));
        Assert.All(inledning.Elements<Run>(), run => Assert.Equal(narrative, run.RunProperties?.Languages?.Val?.Value));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_OpensWithTitlePageThenContents()
    {
        var report = Demo.Report();
        using var document = await DemoDocx.Open();
        var paragraphs = Body(document).Elements<Paragraph>().ToList();

        Assert.Equal(("Title", report.Title), (DocxText.Style(paragraphs[0]), DocxText.Of(paragraphs[0])));
        Assert.Equal(("Subtitle", report.OrganizationName), (DocxText.Style(paragraphs[1]), DocxText.Of(paragraphs[1])));
        Assert.Equal(("TOCHeading", "Innehåll"), (DocxText.Style(paragraphs[2]), DocxText.Of(paragraphs[2])));
        Assert.Equal((report.Title, "Hallbar"), (document.PackageProperties.Title, document.PackageProperties.Creator));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_HasTableOfContentsFieldWordUpdatesOnOpening()
    {
        using var document = await DemoDocx.Open();
        var body = Body(document);
        var code = Assert.Single(body.Descendants<FieldCode>(), c => c.Text.Contains("TOC", StringComparison.Ordinal));

        Assert.Equal("TOC \\o \"1-3\" \\h \\z \\u", code.Text.Trim());
        var begin = code.Parent!.PreviousSibling<Run>()!.GetFirstChild<FieldChar>()!;
        Assert.Equal((FieldCharValues.Begin, true), (begin.FieldCharType!.Value, begin.Dirty?.Value));
        Assert.True(document.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()?.Val?.Value);

        // Until Word updates it, each entry links to a bookmark on its heading.
        var entry = body.Descendants<Hyperlink>().First(h => DocxText.Of(h) == "Minskad klimatpåverkan och klimatanpassad verksamhet");
        var heading = body.Descendants<BookmarkStart>().Single(b => b.Name == entry.Anchor).Parent as Paragraph;
        Assert.Equal("Heading1", DocxText.Style(heading!));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_HasTitleAsRunningHeaderAndPageNumbersInTheFooter()
    {
        using var document = await DemoDocx.Open();
        var main = document.MainDocumentPart!;
        var section = Body(document).GetFirstChild<SectionProperties>()!;

        Assert.Equal("Hållbarhetsredovisning 2025", DocxText.Of(Assert.Single(main.HeaderParts).Header!));
        Assert.Equal(["PAGE", "NUMPAGES"], Assert.Single(main.FooterParts).Footer!.Descendants<FieldCode>().Select(c => c.Text.Trim()));
        Assert.NotNull(section.GetFirstChild<TitlePage>());
    }

    [Fact]
    public async Task RenderAsync_DemoReport_ChartsArePicturesWithTextAlternativesCaptionsAndData()
    {
        var charts = Demo.Report().AllChapters().SelectMany(c => c.Blocks).OfType<ChartBlock>().ToList();
        using var document = await DemoDocx.Open();
        var main = document.MainDocumentPart!;
        var pictures = Body(document).Descendants<Wp.DocProperties>().ToList();

        Assert.Equal(charts.Select(c => ((string?)c.Title, (string?)c.Description)), pictures.Select(p => (p.Title?.Value, p.Description?.Value)));
        Assert.Equal(charts.Count, main.ImageParts.Count());
        Assert.All(main.ImageParts, part =>
        {
            Assert.Equal("image/png", part.ContentType);
            using var stream = part.GetStream();
            var signature = new byte[8];
            stream.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        });

        var caption = Body(document).Elements<Paragraph>().Single(p => DocxText.Of(p) == "Diagram 2: Fördelning klimatutsläpp 2025");
        Assert.Single(caption.ElementsAfter().First().Descendants<Wp.DocProperties>());
        Assert.Equal(
            [["Område", "Andel"], ["Fastigheter - drift", $"6{NoBreakSpace}%"], ["Resor och transporter", $"12{NoBreakSpace}%"], ["Tjänsteresor", $"0,2{NoBreakSpace}%"], ["Inköp- och resursförbrukning", $"81{NoBreakSpace}%"]],
            DocxText.Rows(caption.ElementsAfter().OfType<Table>().First()));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_MarkdownFootnoteInClimateChapterIsAWordFootnote()
    {
        using var document = await DemoDocx.Open();
        var body = Body(document);
        var chapter = body.Elements<Paragraph>().Single(p => DocxText.Style(p) == "Heading1" && DocxText.Of(p) == "Minskad klimatpåverkan och klimatanpassad verksamhet");
        var paragraph = chapter.ElementsAfter().OfType<Paragraph>().First(p => DocxText.Of(p).Contains("Parisavtalet", StringComparison.Ordinal));
        var reference = Assert.Single(paragraph.Descendants<FootnoteReference>());
        var footnote = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Single(f => f.Id?.Value == reference.Id?.Value);

        Assert.StartsWith(" Parisavtalet hör till FN:s klimatkonvention", DocxText.Of(footnote), StringComparison.Ordinal);
        Assert.NotNull(footnote.Descendants<FootnoteReferenceMark>().SingleOrDefault());
        Assert.DoesNotContain(body.Descendants<Text>(), t => t.Text.Contains("[^", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_FootnoteOnTheIndicatorsHeadingIsAWordFootnoteAfterItsWord()
    {
        using var document = await DemoDocx.Open();
        var body = Body(document);
        var heading = body.Elements<Paragraph>().Single(p => DocxText.Style(p) == "Heading3" && DocxText.Of(p) == "Indikator: Alla transporter drivs av fossilfria bränslen");
        var reference = Assert.Single(heading.Descendants<FootnoteReference>());
        var mark = reference.Ancestors<Run>().Single();
        var footnote = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Single(f => f.Id?.Value == reference.Id?.Value);

        // The seed's "Alla transporter7 drivs": Word numbers it 7th, after the barnbokslut's four, the social chapter's and Parisavtalet's.
        Assert.Equal("Indikator: Alla transporter", string.Concat(mark.ElementsBefore().OfType<Run>().Select(DocxText.Of)));
        Assert.Equal(" drivs av fossilfria bränslen", string.Concat(mark.ElementsAfter().OfType<Run>().Select(DocxText.Of)));
        Assert.Equal(7, body.Descendants<FootnoteReference>().TakeWhile(r => r != reference).Count() + 1);
        Assert.Equal(" I mätningen ingår allmän och särskild kollektivtrafik och regionens egna fordon", DocxText.Of(footnote));
    }

    [Fact]
    public async Task RenderAsync_DemoReport_LinksInFootnotesAreHyperlinksOfTheFootnotesPart()
    {
        using var document = await DemoDocx.Open();
        var footnotes = document.MainDocumentPart!.FootnotesPart!;
        var link = footnotes.Footnotes!.Descendants<Hyperlink>().First(h => DocxText.Of(h) == "Socialtjänstlag (2025:400)");

        var relationship = footnotes.HyperlinkRelationships.Single(r => r.Id == link.Id);
        Assert.Equal("www.riksdagen.se", relationship.Uri.Host);
    }

    [Fact]
    public async Task RenderAsync_DemoReport_MarkdownListsUseRealNumbering()
    {
        using var document = await DemoDocx.Open();
        var body = Body(document);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;

        Assert.Equal(NumberFormatValues.Decimal, Format(body.Elements<Paragraph>().First(p => DocxText.Of(p).StartsWith("Intressenters förväntningar.", StringComparison.Ordinal))));
        Assert.Equal(NumberFormatValues.Bullet, Format(body.Elements<Paragraph>().First(p => DocxText.Of(p) == "Biologisk mångfald och giftfri miljö" && DocxText.Style(p) == "ListParagraph")));

        NumberFormatValues? Format(Paragraph item)
        {
            var properties = item.ParagraphProperties!.NumberingProperties!;
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == properties.NumberingId!.Val!.Value);
            var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            return definition.Elements<Level>().Single(l => l.LevelIndex!.Value == properties.NumberingLevelReference!.Val!.Value).NumberingFormat?.Val?.Value;
        }
    }

    [Fact]
    public async Task RenderAsync_DemoReport_AppendicesStartOnNewPages()
    {
        using var document = await DemoDocx.Open();
        var headings = Body(document).Elements<Paragraph>().Where(p => DocxText.Style(p)?.StartsWith("Heading", StringComparison.Ordinal) == true).ToList();

        bool NewPage(string title) => headings.First(h => DocxText.Of(h) == title).ParagraphProperties!.PageBreakBefore is not null;
        Assert.True(NewPage("Bilaga 1 Självskattning social hållbarhet"));
        Assert.True(NewPage("Bilaga 2 Indikatorer med mätetal"));
        Assert.False(NewPage("Avgränsning"));

        // Bilaga 2's first goal area follows its introduction; the next ones start pages.
        var areas = headings.Where(h => DocxText.Style(h) == "Heading2").SkipWhile(h => DocxText.Of(h) != "Resurseffektiva verksamheter och hållbara inköp" || h.ElementsBefore().All(e => DocxText.Of(e) != "Bilaga 2 Indikatorer med mätetal")).ToList();
        Assert.Equal([false, true, true], areas.Take(3).Select(h => h.ParagraphProperties!.PageBreakBefore is not null));
    }

    [Theory]
    // Both languages: the English report writes other words into the same structure.
    [InlineData("sv")]
    [InlineData("en")]
    public async Task RenderAsync_DemoReport_IsValidOpenXml(string language)
    {
        using var document = await DemoDocx.Open(language);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static JustificationValues? Justification(TableCell cell) =>
        cell.GetFirstChild<Paragraph>()?.ParagraphProperties?.Justification?.Val?.Value;

    /// <summary>
    /// A row as <see cref="DocxText"/> reads it: the figures' first space (before the unit) a no-break
    /// space, and trailing marks raised.
    /// </summary>
    private static List<string> Printed(string[] row) =>
    [
        .. row.Select((cell, column) =>
        {
            var figures = column is > 0 and < 4
                ? string.Join("\n", cell.Split('\n').Select(line => FigureSpace().Replace(line, NoBreakSpace, 1)))
                : cell;
            return TrailingMarks().Replace(figures, "^$1");
        }),
    ];

    [GeneratedRegex(@"(?<=\d) ")]
    private static partial Regex FigureSpace();

    /// <summary>Marks at a line's end, or after a composite's series label ("Kandidatförteckning** -").</summary>
    [GeneratedRegex(@"(\*+)(?= |$)", RegexOptions.Multiline)]
    private static partial Regex TrailingMarks();
}
