using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Footnotes;
using Hallbar.Domain.Formatting;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>
/// Bilaga 2: per goal area, every indicator with its target, its measures' outcomes of the last
/// three years, their final assessments, the footnotes the data gives, and trend charts.
/// </summary>
internal static class MeasureTables
{
    private const int YearsShown = 3;

    public static List<Chapter> Chapters(OrganizationModel model, int year, Texts texts, IReadOnlyDictionary<string, AssessmentResult> results)
    {
        var chapters = new List<Chapter>();
        foreach (var area in model.Goals)
        {
            var indicators = area.DescendantsAndSelf()
                .Where(n => n.Measures.Any(m => m.Purpose == MeasurePurpose.Assessed && (m.IsReportedIn(year) || m.RemovedIn == year)))
                .Select(n => Indicator(area, n, year, texts, results))
                .ToList();
            if (indicators.Count > 0)
            {
                chapters.Add(new Chapter($"bilaga-{area.Id}", area.Name, []) { Children = indicators, IsAppendix = true });
            }
        }

        return chapters;
    }

    /// <summary>The indicator's chapter, headed by its name with the footnotes on words of it.</summary>
    private static Chapter Indicator(GoalNode area, GoalNode indicator, int year, Texts texts, IReadOnlyDictionary<string, AssessmentResult> results)
    {
        var title = texts.Indicator(indicator.Name);
        var name = title.LastIndexOf(indicator.Name, StringComparison.Ordinal);

        // A name edited since the note was written no longer holds its word: the mark then ends the heading.
        var notes = FootnoteDeriver.ForNode(indicator, year, texts.Language)
            .Where(n => n.Place == FootnotePlace.Heading)
            .Select(n => new HeadingNote(Footnote.MarkPosition(indicator.Name, n.AfterWord) is { } at ? name + at : title.Length, n.Text))
            .OrderBy(n => n.At)
            .ToList();
        return new Chapter($"matetal-{indicator.Id}", title, Blocks(area, indicator, year, texts, results)) { TitleNotes = notes };
    }

    private static List<Block> Blocks(GoalNode area, GoalNode indicator, int year, Texts texts, IReadOnlyDictionary<string, AssessmentResult> results)
    {
        var blocks = new List<Block>();
        if (indicator.Targets is [var target, ..])
        {
            var targetYear = target.Year ?? area.DescendantsAndSelf().Where(n => n.DescendantsAndSelf().Any(d => ReferenceEquals(d, indicator))).Select(n => n.TargetYear).LastOrDefault(y => y is not null);
            blocks.Add(new ParagraphBlock(target.Label ?? TargetText(target, texts), texts.TargetValue(targetYear)));
        }

        var measures = indicator.Measures.Where(m => m.Purpose == MeasurePurpose.Assessed && m.IsReportedIn(year)).ToList();
        blocks.Add(Table(indicator, measures, year, texts, results));
        blocks.AddRange(measures.Select(m => Charts.Trend(m, year, texts)).OfType<ChartBlock>());
        return blocks;
    }

    private static TableBlock Table(GoalNode indicator, List<Measure> measures, int year, Texts texts, IReadOnlyDictionary<string, AssessmentResult> results)
    {
        var marks = new FootnoteMarks();
        var years = Enumerable.Range(year - YearsShown + 1, YearsShown).ToList();
        var nodeMarks = FootnoteDeriver.ForNode(indicator, year, texts.Language).Where(n => n.Place != FootnotePlace.Heading).Select(n => marks.Mark(n.Text)).Distinct().ToList();
        var rows = new List<Row>();
        foreach (var measure in measures)
        {
            var result = results.GetValueOrDefault(measure.Id);
            var name = new List<string>();
            var values = years.ToDictionary(y => y, _ => new List<string>());
            var assessment = new List<string>();

            var outcomes = years.ToDictionary(y => y, y => Cells.Outcome(measure, y, texts));
            var lines = outcomes.SelectMany(o => o.Value.Parts.Select((part, i) => (Key: (o.Key, part.SeriesId), Order: (o.Key * 1000) + i + 1)))
                .ToDictionary(l => l.Key, l => (l.Order, Marks: new List<string>()));

            // Marks are handed out in reading order: the measure's name, its values year by year (a composite's
            // lines, then the value as a whole), its assessment. A note on one series goes on its line.
            var placed = FootnoteDeriver.ForMeasure(measure, year, YearsShown, result, texts.Language)
                .Select(note => note.Place switch
                {
                    FootnotePlace.Value when note.Period?.Year is { } y && values.TryGetValue(y, out var cell) =>
                        note.SeriesId is { } series && lines.TryGetValue((y, series), out var line) ? (note.Text, Cell: line.Marks, line.Order) : (note.Text, Cell: cell, Order: (y * 1000) + 999),
                    FootnotePlace.Assessment => (note.Text, Cell: assessment, Order: int.MaxValue),
                    _ => (note.Text, Cell: name, Order: 0),
                })
                .OrderBy(n => n.Order);
            foreach (var (text, cell, _) in placed)
            {
                var mark = marks.Mark(text);
                if (!cell.Contains(mark))
                {
                    cell.Add(mark);
                }
            }

            rows.Add(new Row(
            [
                new Cell(measure.Name) { Marks = name },
                .. years.Select(y => outcomes[y] with { Marks = values[y], Parts = [.. outcomes[y].Parts.Select(p => p with { Marks = lines[(y, p.SeriesId)].Marks })] }),
                Cells.Grade(result, texts) with { Marks = assessment },
            ]));
        }

        var scale = results.GetValueOrDefault(indicator.Id)?.Scale.Name ?? string.Empty;
        rows.Add(new Row([new Cell(texts.OverallOfIndicator), .. years.Select(_ => Cell.Empty), Cells.Grade(results.GetValueOrDefault(indicator.Id), texts)], RowKind.Summary));
        return new TableBlock(
            $"tabell-{indicator.Id}",
            texts.MeasureTableCaption(indicator.Name, year),
            [new Column(texts.Measure) { Marks = nodeMarks }, .. years.Select(y => new Column(texts.Outcome(y), ColumnKind.Number)), new Column($"{scale} {year}".Trim(), ColumnKind.Grade)],
            rows)
        {
            Notes = marks.Notes,
            ShortName = indicator.Name,
        };
    }

    public static string TargetText(Target target, Texts texts) => target switch
    {
        DirectionTarget { Direction: Direction.Increase } => texts.T("Öka", "Increase"),
        DirectionTarget { Direction: Direction.Decrease } => texts.T("Minska", "Decrease"),
        LevelTarget level => NumberText.Number(level.Value, texts.Language),
        ChangeFromBaseTarget change => $"{NumberText.SignedPercent(change.Percent, texts.Language, 0)}, {texts.T("basår", "base year")} {change.BaseYear}",
        AnnualChangeTarget annual => $"{NumberText.SignedPercent(annual.PercentPerYear, texts.Language)} {texts.T("per år", "a year")}",
        QualitativeTarget qualitative => qualitative.Text,
        _ => string.Empty,
    };
}
