using Hallbar.Domain.Formatting;

namespace Hallbar.Domain.Measures;

/// <summary>
/// A measure's value for a report year: reported for the whole organization and year, or made up
/// from quarters or months and from org units by the measure's aggregation rules.
/// </summary>
public static class MeasureValues
{
    /// <summary>The year's value of the measure itself, or of one series; null when it is missing or cannot be made up.</summary>
    public static decimal? ForYear(Measure measure, int year, string? seriesId = null)
    {
        if (measure.Kind == MeasureKind.Composite && seriesId is null)
        {
            decimal sum = 0;
            var any = false;
            foreach (var series in measure.Series)
            {
                if (series.Role != SeriesRole.Component)
                {
                    continue;
                }

                var part = ForYear(measure, year, series.Id);
                if (part is null)
                {
                    return null;
                }

                sum += part.Value;
                any = true;
            }

            return any ? sum : null;
        }

        decimal? whole = null;
        var units = new Dictionary<string, (decimal Value, decimal Weight)>(StringComparer.Ordinal);
        List<Outcome>? subPeriods = null;
        Dictionary<string, List<Outcome>>? unitSubPeriods = null;

        foreach (var outcome in measure.Outcomes)
        {
            if (outcome.Period.Year != year || outcome.SeriesId != seriesId || outcome.Value is null)
            {
                continue;
            }

            var isWholeYear = outcome.Period.Kind == Periods.PeriodKind.Year;
            if (outcome.UnitId is null)
            {
                if (isWholeYear)
                {
                    whole = outcome.Value;
                }
                else
                {
                    (subPeriods ??= []).Add(outcome);
                }
            }
            else if (isWholeYear)
            {
                units[outcome.UnitId] = (outcome.Value.Value, outcome.Weight ?? 1);
            }
            else
            {
                unitSubPeriods ??= new(StringComparer.Ordinal);
                if (!unitSubPeriods.TryGetValue(outcome.UnitId, out var list))
                {
                    unitSubPeriods[outcome.UnitId] = list = [];
                }

                list.Add(outcome);
            }
        }

        if (whole is not null)
        {
            return whole;
        }

        if (subPeriods is not null)
        {
            return Combine(measure.PeriodAggregation, subPeriods);
        }

        if (unitSubPeriods is not null)
        {
            foreach (var (unit, list) in unitSubPeriods)
            {
                if (!units.ContainsKey(unit) && Combine(measure.PeriodAggregation, list) is { } value)
                {
                    units[unit] = (value, list[^1].Weight ?? 1);
                }
            }
        }

        // Units have no order, so "the last unit" is no whole.
        return units.Count == 0 || measure.UnitAggregation == Aggregation.Last ? null : Combine(measure.UnitAggregation, units.Values);
    }

    /// <summary>The outcome as reported for the whole organization and year (text, value or missing), if any.</summary>
    public static Outcome? Reported(Measure measure, int year, string? seriesId = null)
    {
        foreach (var outcome in measure.Outcomes)
        {
            if (outcome.Period.Year == year && outcome.Period.Kind == Periods.PeriodKind.Year
                && outcome.SeriesId == seriesId && outcome.UnitId is null)
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>
    /// Two years' values to compare. For a composite measure, the sums of the series that have a
    /// value in both years, so that a series missing one year does not count as a change.
    /// </summary>
    public static (decimal From, decimal To)? Pair(Measure measure, int fromYear, int toYear)
    {
        if (measure.Kind != MeasureKind.Composite)
        {
            var from = ForYear(measure, fromYear);
            var to = ForYear(measure, toYear);
            return from is null || to is null ? null : (from.Value, to.Value);
        }

        decimal fromSum = 0, toSum = 0;
        var any = false;
        foreach (var series in measure.Series)
        {
            if (series.Role == SeriesRole.Component
                && ForYear(measure, fromYear, series.Id) is { } a
                && ForYear(measure, toYear, series.Id) is { } b)
            {
                fromSum += a;
                toSum += b;
                any = true;
            }
        }

        return any ? (fromSum, toSum) : null;
    }

    /// <summary>
    /// The report year's value beside the latest earlier year that can be compared with it: the
    /// previous year, or the previous survey where a measure is not followed every year.
    /// </summary>
    public static (int FromYear, decimal From, decimal To)? SincePrevious(Measure measure, int year)
    {
        for (var from = LatestBefore(measure, year); from != int.MinValue; from = LatestBefore(measure, from))
        {
            if (Pair(measure, from, year) is { } pair)
            {
                return (from, pair.From, pair.To);
            }
        }

        return null;
    }

    private static int LatestBefore(Measure measure, int year)
    {
        var latest = int.MinValue;
        foreach (var outcome in measure.Outcomes)
        {
            if (outcome.Period.Year < year && outcome.Period.Year > latest && outcome.Value is not null)
            {
                latest = outcome.Period.Year;
            }
        }

        return latest;
    }

    /// <summary>
    /// A year made of its quarters or months. A sum or an average needs every part: half a year's
    /// quarters summed is not the year. The latest part stands for a level at year end.
    /// </summary>
    private static decimal? Combine(Aggregation aggregation, List<Outcome> parts)
    {
        parts.Sort((a, b) => a.Period.CompareTo(b.Period));
        var needed = parts[0].Period.Kind == Periods.PeriodKind.Quarter ? 4 : 12;
        if (aggregation != Aggregation.Last && (parts.Count != needed || parts.Any(p => p.Period.Kind != parts[0].Period.Kind)))
        {
            return null;
        }

        return Combine(aggregation, parts.Select(p => (p.Value!.Value, p.Weight ?? 1)).ToList());
    }

    private static decimal? Combine(Aggregation aggregation, ICollection<(decimal Value, decimal Weight)> parts)
    {
        switch (aggregation)
        {
            case Aggregation.Sum:
                return parts.Sum(p => p.Value);
            case Aggregation.Average:
                return parts.Average(p => p.Value);
            case Aggregation.WeightedAverage:
                var weight = parts.Sum(p => p.Weight);
                return SafeMath.Divide(parts.Sum(p => p.Value * p.Weight), weight);
            case Aggregation.Last:
                return parts.Last().Value;
            default:
                return null;
        }
    }
}
