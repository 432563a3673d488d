using Hallbar.Domain;
using Hallbar.Domain.Formatting;
using Hallbar.Domain.Surveys;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>The self-assessment survey's results as the report shows them (Bilaga 1 and the barnbokslut's theme).</summary>
internal static class SurveyBlocks
{
    /// <summary>Bilaga 1: the notice for made-up answers, what the shares rest on, the chart, the change from the year before, the free texts.</summary>
    public static IEnumerable<Block> Appendix(OrganizationModel model, SurveyResult result, Texts texts)
    {
        foreach (var block in Lead(result, texts))
        {
            yield return block;
        }

        yield return Chart($"sjalvskattning-{result.Survey.Id}", texts.SurveyChartTitle(result.Survey.Title), result, result.Statements, texts);
        if (Change(model, result, texts) is { } change)
        {
            yield return change;
        }

        foreach (var question in result.FreeTexts)
        {
            yield return FreeTexts(model, result, question, texts);
        }
    }

    /// <summary>One theme's statements as a chart of their own (the child-rights theme in the barnbokslut).</summary>
    public static IEnumerable<Block> Theme(SurveyResult result, string themeId, Texts texts)
    {
        var statements = result.InTheme(themeId).ToList();
        if (statements.Count == 0)
        {
            yield break;
        }

        foreach (var block in Lead(result, texts))
        {
            yield return block;
        }

        yield return Chart($"sjalvskattning-{result.Survey.Id}-{themeId}", texts.SurveyChartTitle($"{result.Survey.Title}: {statements[0].Theme.Name}"), result, statements, texts);
    }

    /// <summary>The notice for made-up answers and what the shares rest on, as the appendix opens.</summary>
    public static IEnumerable<Block> Lead(SurveyResult result, Texts texts)
    {
        // The published report never prints the units' answers, so answers made up for a demo must say what they are.
        if (result.Survey.Illustrative)
        {
            yield return new ParagraphBlock(texts.Illustrative, texts.Note);
        }

        yield return new ParagraphBlock(texts.SurveyBasis(result.Submitted, result.Survey.Year));
    }

    /// <summary>
    /// One bar per statement, one series per response category with the shown (rounded) percents, so
    /// that the data table's row for a statement adds up to 100 as its bar does.
    /// </summary>
    public static ChartBlock Chart(string id, string title, SurveyResult result, IReadOnlyList<StatementResult> statements, Texts texts)
    {
        var series = result.Categories.Select((c, i) => new ChartSeries(c.Label, [.. statements.Select(s => (decimal?)s.Shares[i].Shown)])).ToList();
        var listed = string.Join(" ", statements.Select(s =>
            $"{s.Statement.Text} {string.Join(", ", s.Shares.Where(c => c.Shown > 0).Select(c => $"{c.Label} {NumberText.Percent(c.Shown, texts.Language, 0)}"))}."));
        var description = texts.T(
            $"{title}, andel av {result.Submitted} förvaltningars svar per påstående. {listed} Svarskategorier som inte nämns har 0 %.",
            $"{title}, share of {result.Submitted} administrations' answers per statement. {listed} Answer categories not mentioned have 0 %.");
        return new ChartBlock(id, ChartKind.StackedBars, title, description, [.. statements.Select(s => s.Statement.Text)], series)
        {
            CategoryHeader = texts.Statement,
            Unit = "%",
            Decimals = 0,
        };
    }

    public static TableBlock? Change(OrganizationModel model, SurveyResult result, Texts texts)
    {
        var compared = result.Statements.Where(s => s.HasPrevious).ToList();
        var previous = model.Surveys.Where(s => s.Year < result.Survey.Year).MaxBy(s => s.Year);
        if (compared.Count == 0 || previous is null)
        {
            return null;
        }

        var columns = new List<Column> { new(texts.Statement) };
        columns.AddRange(result.Categories.Select(c => new Column(c.Label, ColumnKind.Number)));
        var rows = compared.Select(s => new Row([
            new Cell(s.Statement.Text),
            .. s.Shares.Select(c => c.Change is { } change ? Points(change, texts) : Cell.Empty),
        ])).ToList();
        return new TableBlock($"sjalvskattning-{result.Survey.Id}-forandring", texts.ChangeCaption(result.Survey.Year, previous.Year), columns, rows)
        {
            Sheet = texts.SurveyFreeTextsSheet,
        };
    }

    public static TableBlock FreeTexts(OrganizationModel model, SurveyResult result, QuestionAnswers question, Texts texts)
    {
        var rows = question.Answers.Count == 0
            ? [new Row([new Cell(texts.NoAnswers), Cell.Empty])]
            : question.Answers.Select(a => new Row([new Cell(UnitName(model, a.UnitId)), new Cell(a.Text)])).ToList();
        return new TableBlock($"sjalvskattning-{result.Survey.Id}-{question.Question.Id}", question.Question.Text, [new Column(texts.Unit), new Column(texts.Answer)], rows)
        {
            Sheet = texts.SurveyFreeTextsSheet,
        };
    }

    /// <summary>
    /// Every statement with its theme and, per category, the number of submitted answers and the shown share,
    /// figures kept as figures: the chart's data with what its percents rest on.
    /// </summary>
    public static TableBlock Distribution(SurveyResult result, Texts texts)
    {
        var columns = new List<Column> { new(texts.Statement), new(texts.Theme) };
        columns.AddRange(result.Categories.SelectMany(c => new[] { new Column(texts.CountOf(c.Label), ColumnKind.Number), new Column(texts.ShareOf(c.Label), ColumnKind.Number) }));
        var rows = result.Statements.Select(s => new Row([
            new Cell(s.Statement.Text),
            new Cell(s.Theme.Name),
            .. s.Shares.SelectMany(c => new[]
            {
                new Cell(NumberText.Number(c.Count, texts.Language)) { Number = c.Count, Decimals = 0 },
                new Cell(NumberText.Percent(c.Shown, texts.Language, 0)) { Number = c.Shown, Unit = "%", Decimals = 0 },
            }),
        ])).ToList();
        return new TableBlock($"sjalvskattning-{result.Survey.Id}-fordelning", texts.DistributionCaption(result.Submitted), columns, rows);
    }

    /// <summary>Every free-text answer in one table: the question, the unit that gave it, the text.</summary>
    public static TableBlock AllFreeTexts(OrganizationModel model, SurveyResult result, Texts texts)
    {
        var rows = result.FreeTexts.SelectMany(q => q.Answers.Select(a => new Row([new Cell(q.Question.Text), new Cell(UnitName(model, a.UnitId)), new Cell(a.Text)]))).ToList();
        return new TableBlock($"sjalvskattning-{result.Survey.Id}-fritext", texts.FreeTextsTitle, [new Column(texts.Question), new Column(texts.Unit), new Column(texts.Answer)], rows);
    }

    /// <summary>A change in whole percentage points, signed as the report prints changes ("+14", "-29").</summary>
    private static Cell Points(decimal change, Texts texts)
    {
        var rounded = Math.Round(change, 0, MidpointRounding.AwayFromZero);
        return new Cell((rounded > 0 ? "+" : string.Empty) + NumberText.Number(rounded, texts.Language)) { Number = rounded, Decimals = 0 };
    }

    public static string UnitName(OrganizationModel model, string unitId) =>
        model.Organization.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId;
}
