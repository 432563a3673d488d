using Hallbar.Reports.Model;

namespace Hallbar.Reports.Xlsx;

/// <summary>
/// Which of the report's tables and charts go on which sheet: the goal summary first, the goal-area
/// chapters' indicator tables next, one sheet per goal area of Bilaga 2, the highlights' photos as text,
/// and every chart's data last.
/// </summary>
internal static class WorkbookLayout
{
    public static List<SheetPlan> Plan(Report report)
    {
        var labels = WorkbookLabels.For(report.Language);
        var numbers = TitleNoteNumbers.First(report);
        IEnumerable<SheetSection> Sections(Chapter chapter) => ChapterSections(chapter, numbers[chapter]);
        var areas = Areas(report.Chapters).ToList();
        var summary = report.AllChapters().SelectMany(c => c.Blocks).OfType<TableBlock>().FirstOrDefault(t => t.Id == TableBlock.GoalSummaryId);
        var onAreaSheets = new HashSet<Block>(areas.SelectMany(a => a.DescendantsAndSelf()).SelectMany(c => c.Blocks).OfType<TableBlock>(), ReferenceEqualityComparer.Instance);

        var sheets = new List<SheetPlan>();
        var rest = report.AllChapters().SelectMany(Sections).Where(s => !ReferenceEquals(s.Content, summary) && !onAreaSheets.Contains(s.Content)).ToList();
        var charts = report.AllChapters().SelectMany(c => c.Blocks).OfType<ChartBlock>()
            .Select(c => new SheetSection(c.Number > 0 ? $"{report.Labels.Chart} {c.Number}: {c.Title}" : c.Title, [], c))
            .ToList();

        // The summary sheet is there even without a goal summary when the report has no other tables: a workbook needs a sheet.
        var heading = $"{report.Title} – {report.OrganizationName}";
        if (summary is not null || (areas.Count == 0 && rest.Count == 0 && charts.Count == 0))
        {
            sheets.Add(new(summary?.ShortName ?? labels.Summary, heading, summary is null ? [] : [new SheetSection(summary.Caption, [], summary)]));
        }

        var indicators = rest.Where(s => s.Content is TableBlock { Sheet: null }).ToList();
        if (indicators.Count > 0)
        {
            sheets.Add(new SheetPlan(labels.Indicators, null, indicators));
        }

        sheets.AddRange(areas.Select(a => new SheetPlan(a.Title, a.Title, [.. a.DescendantsAndSelf().SelectMany(Sections)])));
        sheets.AddRange(rest.Where(s => s.Content is TableBlock { Sheet: not null })
            .GroupBy(s => ((TableBlock)s.Content).Sheet!, StringComparer.Ordinal)
            .Select(g => new SheetPlan(g.Key, g.Key, [.. g])));

        // A workbook holds no pictures; what each photo shows and whose it is are listed instead.
        var photos = report.AllChapters()
            .SelectMany(c => c.Blocks.OfType<PhotoBlock>().Select(p => new Row([new Cell(c.Title), new Cell(p.AltText), new Cell(p.Credit ?? string.Empty)])))
            .ToList();
        if (photos.Count > 0)
        {
            var table = new TableBlock("foton", labels.Photos, [new Column(labels.Highlight), new Column(labels.AltText), new Column(report.Labels.Photo)], photos);
            sheets.Add(new SheetPlan(labels.Highlights, null, [new SheetSection(labels.Photos, [], table)]));
        }

        if (charts.Count > 0)
        {
            sheets.Add(new SheetPlan(labels.ChartData, null, charts));
        }

        // The first sheet's heading says whose report it is (the survey results' workbook starts with its distribution).
        sheets[0] = sheets[0] with { Heading = heading };
        return sheets;
    }

    /// <summary>The goal areas of the measure tables: appendix chapters whose children hold tables (an indicator's table each).</summary>
    private static IEnumerable<Chapter> Areas(IEnumerable<Chapter> chapters) =>
        chapters.SelectMany(c => c.IsAppendix && c.Children.Any(child => child.Blocks.OfType<TableBlock>().Any()) ? new[] { c } : Areas(c.Children));

    /// <summary>
    /// A chapter's tables, each led by the paragraphs since the table before it and titled by the chapter (an
    /// indicator's measures), or by its caption when it goes on a sheet of its own (a survey question's free texts).
    /// </summary>
    /// <param name="firstNote">The number in the report of the first footnote on the chapter's heading; its notes go with the first table.</param>
    private static IEnumerable<SheetSection> ChapterSections(Chapter chapter, int firstNote)
    {
        var (title, notes) = TitleNoteNumbers.Mark(chapter, firstNote);
        var paragraphs = new List<ParagraphBlock>();
        foreach (var block in chapter.Blocks)
        {
            if (block is ParagraphBlock paragraph)
            {
                paragraphs.Add(paragraph);
            }
            else if (block is TableBlock table)
            {
                yield return new SheetSection(table.Sheet is null ? title : table.Caption, [.. paragraphs], table) { TitleNotes = notes };
                paragraphs.Clear();
                notes = [];
            }
        }
    }
}
