using Hallbar.Domain.Assessment;
using Hallbar.Domain.Formatting;
using Hallbar.Domain.Measures;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>The report's charts, each with a text alternative that states its figures.</summary>
internal static class Charts
{
    /// <summary>A composite measure's shares of the year (the emissions distribution); null when the year has no values.</summary>
    public static ChartBlock? Distribution(Measure measure, int year, Texts texts)
    {
        var shares = measure.Series.Select(s => (s.Name, Value: MeasureValues.ForYear(measure, year, s.Id))).Where(s => s.Value is not null).ToList();
        if (shares.Count == 0)
        {
            return null;
        }

        var unit = Cells.Unit(measure);
        var title = $"{measure.Name} {year}";
        var listed = string.Join(", ", shares.Select(s => $"{s.Name} {NumberText.WithUnit(s.Value!.Value, unit, texts.Language)}"));
        return new ChartBlock($"diagram-{measure.Id}", ChartKind.Distribution, title, $"{title}: {listed}.", [.. shares.Select(s => s.Name)], [new ChartSeries(texts.Share, [.. shares.Select(s => s.Value)])])
        {
            CategoryHeader = texts.Category,
            Unit = unit,
            Decimals = shares.Max(s => Cells.Decimals(s.Value!.Value)),
        };
    }

    /// <summary>
    /// A measure over the years it covers, with its base value, target and the path in pace with the
    /// target; null for a measure with fewer than two figures or nothing to compare them with.
    /// </summary>
    public static ChartBlock? Trend(Measure measure, int year, Texts texts)
    {
        if (measure.Kind is MeasureKind.Qualitative or MeasureKind.Composite)
        {
            return null;
        }

        // Years are the years the figures cover, so that the base year and the path line up with them.
        var outcomes = measure.Outcomes.Select(o => o.Period.Year).Where(y => y <= year).Distinct()
            .Select(y => (Year: y - measure.DataLag, Value: MeasureValues.ForYear(measure, y)))
            .Where(o => o.Value is not null).OrderBy(o => o.Year).ToList();
        var dataYear = year - measure.DataLag;
        var path = MeasureAssessor.PathFor(measure, dataYear);
        var level = measure.Targets.OfType<LevelTarget>().FirstOrDefault(t => t.Year is not null);
        var start = measure.Base;
        if (outcomes.Count < 2 || (path is null && level is null && start is null))
        {
            return null;
        }

        var target = path is not null ? (Year: path.TargetYear, Value: path.TargetValue) : level is not null ? (Year: level.Year!.Value, Value: level.Value) : ((int Year, decimal Value)?)null;
        var first = new[] { outcomes[0].Year, start?.Year ?? int.MaxValue }.Min();
        var last = new[] { outcomes[^1].Year, target?.Year ?? int.MinValue }.Max();
        var years = Enumerable.Range(first, last - first + 1).ToList();
        var series = new List<ChartSeries>
        {
            new(texts.OutcomeSeries, [.. years.Select(y => outcomes.FirstOrDefault(o => o.Year == y).Value)]),
        };
        if (start is not null)
        {
            series.Add(new(texts.BaseSeries(start.Year), [.. years.Select(y => y == start.Year ? start.Value : (decimal?)null)], SeriesStyle.Markers));
        }

        if (target is { } t)
        {
            series.Add(new(texts.TargetSeries(t.Year), [.. years.Select(y => y == t.Year ? t.Value : (decimal?)null)], SeriesStyle.Markers));
        }

        if (path is not null)
        {
            series.Add(new(texts.InPaceSeries, [.. years.Select(y => y >= path.BaseYear && y <= path.TargetYear ? Math.Round(path.InPace(y), 2) : (decimal?)null)], SeriesStyle.Dashed));
        }

        var unit = Cells.Unit(measure);
        var shown = string.Join(", ", outcomes.Select(o => $"{o.Year} {NumberText.WithUnit(o.Value!.Value, unit, texts.Language)}"));
        var description = texts.T($"{measure.Name}, utfall per år: {shown}.", $"{measure.Name}, outcome by year: {shown}.");
        if (start is not null)
        {
            description += texts.T($" Basvärde {start.Year}: {NumberText.WithUnit(start.Value, unit, texts.Language)}.", $" Base value {start.Year}: {NumberText.WithUnit(start.Value, unit, texts.Language)}.");
        }

        if (target is { } goal)
        {
            description += texts.T($" Målvärde {goal.Year}: {NumberText.WithUnit(goal.Value, unit, texts.Language)}.", $" Target {goal.Year}: {NumberText.WithUnit(goal.Value, unit, texts.Language)}.");
        }

        if (path is not null && outcomes[^1].Year >= path.BaseYear)
        {
            var inPace = NumberText.WithUnit(Math.Round(path.InPace(outcomes[^1].Year), 1), unit, texts.Language);
            description += texts.T($" I takt med målet skulle värdet {outcomes[^1].Year} ha varit {inPace}.", $" In pace with the target, the value in {outcomes[^1].Year} would have been {inPace}.");
        }

        return new ChartBlock($"trend-{measure.Id}", ChartKind.Trend, measure.Name, description, [.. years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))], series)
        {
            CategoryHeader = measure.DataLag > 0 ? texts.DataYear : texts.Year,
            Unit = unit,
            // The in-pace path falls between whole figures; one decimal shows it as the report text does ("-22,7 %").
            Decimals = Math.Min(2, Math.Max(path is null ? 0 : 1, outcomes.Max(o => Cells.Decimals(o.Value!.Value)))),
        };
    }

    /// <summary>The chapters with their charts numbered in reading order ("Diagram 1", "Diagram 2", ...).</summary>
    public static List<Chapter> Numbered(List<Chapter> chapters)
    {
        var number = 0;
        return [.. chapters.Select(Renumber)];

        Chapter Renumber(Chapter chapter) => chapter with
        {
            Blocks = [.. chapter.Blocks.Select(b => b is ChartBlock chart ? chart with { Number = ++number } : b)],
            Children = [.. chapter.Children.Select(Renumber)],
        };
    }
}
