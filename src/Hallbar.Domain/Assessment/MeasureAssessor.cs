using Hallbar.Domain.Formatting;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Trajectories;
using static Hallbar.Domain.Formatting.NumberText;
using static Hallbar.Domain.Formatting.Localized;

namespace Hallbar.Domain.Assessment;

/// <summary>The rule-based suggestion for one measure and report year. Pure: the same inputs give the same answer.</summary>
public static class MeasureAssessor
{
    public static Suggestion Suggest(Measure measure, int reportYear, AssessmentScale scale)
    {
        if (measure.Rule is ManualRule manual || measure.Kind == MeasureKind.Qualitative)
        {
            var description = (measure.Rule as ManualRule)?.Description;
            return new Suggestion(null, Make("manual", null,
                lang => T(lang, "Ingen beräkningsbar regel; bedömningen görs manuellt", "No computable rule; the assessment is made by hand")
                    + (description is null ? "." : $": {description}")));
        }

        if (MeasureValues.ForYear(measure, reportYear) is null)
        {
            var inYear = measure.Outcomes.Where(o => o.Period.Year == reportYear).ToList();
            var reasons = string.Join("; ", inYear.Select(o => o.MissingReason).OfType<string>().Distinct());
            var partial = reasons.Length == 0 && inYear.Any(o => o.Value is not null);
            return NoValue(scale, measure.Rule.Name, lang => partial
                ? T(lang,
                    $"Utfallet för {reportYear} är ofullständigt: alla kvartal, månader, enheter eller delserier som behövs finns inte.",
                    $"The outcome for {reportYear} is incomplete: not every quarter, month, unit or series it takes is there.")
                : T(lang, $"Utfall saknas för {reportYear}", $"No outcome for {reportYear}") + (reasons.Length == 0 ? "." : $" ({reasons})."));
        }

        return measure.Rule switch
        {
            PreviousYearRule => PreviousYear(measure, reportYear, scale),
            BaseValueRule => BaseValue(measure, reportYear, scale),
            TargetRule => AgainstTarget(measure, reportYear, scale),
            PathRule => AgainstPath(measure, reportYear, scale),
            AnnualChangeRule => AnnualChange(measure, reportYear, scale),
            TrendRule trend => Trend(measure, reportYear, scale, trend),
            ProgressRatioRule ratio => Progress(measure, reportYear, scale, ratio),
            _ => throw new InvalidOperationException($"Unknown rule {measure.Rule.Name}."),
        };
    }

    /// <summary>Which way a change goes for this measure, with the threshold under which it is marginal.</summary>
    public static Verdict Development(Measure measure, decimal from, decimal to)
    {
        if (measure.Threshold.IsWithin(from, to))
        {
            return Verdict.Unchanged;
        }

        var better = measure.Direction == Direction.Decrease ? to < from : to > from;
        return better ? Verdict.Positive : Verdict.Negative;
    }

    /// <summary>The level or change-from-base target that applies in a data year: the next milestone, or the last one, kept.</summary>
    public static Target? TargetFor(Measure measure, int dataYear)
    {
        Target? next = null, last = null;
        foreach (var target in measure.Targets)
        {
            if (target is not (LevelTarget or ChangeFromBaseTarget))
            {
                continue;
            }

            if (target.OnlyThatYear && target.Year != dataYear)
            {
                continue;
            }

            if (target.Year is null || target.Year >= dataYear)
            {
                if (next is null || (target.Year ?? int.MaxValue) < (next.Year ?? int.MaxValue))
                {
                    next = target;
                }
            }
            else if (last is null || target.Year > last.Year)
            {
                last = target;
            }
        }

        return next ?? last;
    }

    /// <summary>The path toward the measure's target, from its base value; null when there is no base or no dated target.</summary>
    public static Trajectory? PathFor(Measure measure, int dataYear)
    {
        var target = TargetFor(measure, dataYear);
        var targetValue = TargetValue(measure, target);
        return target?.Year is { } year && measure.Base is { } start && targetValue is not null && year > start.Year
            ? new Trajectory(start.Year, start.Value, year, targetValue.Value)
            : null;
    }

    private static decimal? TargetValue(Measure measure, Target? target) => target switch
    {
        LevelTarget level => level.Value,
        ChangeFromBaseTarget change when measure.Kind == MeasureKind.ChangeFromBase => change.Percent,
        ChangeFromBaseTarget change when measure.Base is { } start => start.Value * (1 + (change.Percent / 100)),
        _ => null,
    };

    private static bool Reached(Measure measure, Target target, decimal targetValue, decimal value) => target is LevelTarget level
        ? level.IsReached(value, measure.Direction)
        : measure.Direction == Direction.Increase ? value >= targetValue : value <= targetValue;

    private static Suggestion PreviousYear(Measure measure, int year, AssessmentScale scale)
    {
        if (MeasureValues.SincePrevious(measure, year) is not { } previous)
        {
            return NoEarlier(scale, "previousYear", year);
        }

        var pair = (previous.From, previous.To);
        var verdict = Development(measure, previous.From, previous.To);
        return Graded(scale, verdict, Make("previousYear", verdict,
            lang => $"{Move(measure, previous.From, previous.To, lang)} {T(lang, "jämfört med", "compared with")} {previous.FromYear}, {Judged(measure, verdict, pair, lang)}.",
            previous.FromYear, previous.From, year, previous.To, measure));
    }

    private static Suggestion BaseValue(Measure measure, int year, AssessmentScale scale)
    {
        var to = MeasureValues.ForYear(measure, year)!.Value;
        if (measure.Base is not { } start)
        {
            return NoValue(scale, "baseValue", lang => T(lang, "Mätetalet har inget basvärde.", "The measure has no base value."));
        }

        var (baseYear, baseValue) = (start.Year, (decimal?)start.Value);
        var verdict = Development(measure, baseValue.Value, to);
        var pair = (baseValue.Value, to);
        return Graded(scale, verdict, Make("baseValue", verdict,
            lang => $"{Move(measure, baseValue.Value, to, lang)} {T(lang, "jämfört med basåret", "compared with the base year")} {baseYear}, {Judged(measure, verdict, pair, lang)}.",
            baseYear, baseValue, year, to, measure));
    }

    private static Suggestion AgainstTarget(Measure measure, int year, AssessmentScale scale)
    {
        var dataYear = year - measure.DataLag;
        var target = TargetFor(measure, dataYear);
        var value = MeasureValues.ForYear(measure, year)!.Value;
        if (target is null || TargetValue(measure, target) is not { } targetValue)
        {
            return NoValue(scale, "target", lang => T(lang, "Mätetalet har inget målvärde.", "The measure has no target value."));
        }

        var targetText = TargetText(measure, target, targetValue);
        var path = PathFor(measure, dataYear);
        var onTrack = path is not null && AtOrAhead(measure, value, path.InPace(dataYear));
        if (Reached(measure, target, targetValue, value) || onTrack)
        {
            var reached = !onTrack || Reached(measure, target, targetValue, value);
            return Graded(scale, Verdict.Positive, Make("target", Verdict.Positive,
                lang => reached
                    ? T(lang,
                        $"Utfallet {WithUnit(value, measure.Unit, lang)} når målvärdet {targetText(lang)}.",
                        $"The outcome {WithUnit(value, measure.Unit, lang)} reaches the target {targetText(lang)}.")
                    : T(lang,
                        $"Utfallet {WithUnit(value, measure.Unit, lang)} ligger i takt mot målvärdet {targetText(lang)} ({Shown(measure, path!.InPace(dataYear), lang, 1)} i takt).",
                        $"The outcome {WithUnit(value, measure.Unit, lang)} is on track for the target {targetText(lang)} ({Shown(measure, path!.InPace(dataYear), lang, 1)} in pace)."),
                to: value, toYear: year, measure: measure) with
            {
                TargetValue = targetValue,
                TargetYear = target.Year,
                TargetReached = reached,
                DataYear = dataYear,
                InPaceValue = path?.InPace(dataYear),
            });
        }

        // Not reached: moving toward it is not yet enough ("otillräcklig utveckling"); moving away is negative.
        var previous = MeasureValues.SincePrevious(measure, year);
        var development = previous is { } p ? Development(measure, p.From, p.To) : Verdict.NoValue;
        var verdict = development == Verdict.Positive ? Verdict.Unchanged : development;
        return Graded(scale, verdict, Make("target", verdict,
            lang => T(lang, $"Målvärdet {targetText(lang)} är inte nått", $"The target {targetText(lang)} is not reached")
                + (previous is { } q
                    ? $"; {Lower(Move(measure, q.From, q.To, lang))} {T(lang, "jämfört med", "compared with")} {q.FromYear}, {Judged(measure, development, (q.From, q.To), lang)}."
                    : T(lang, " och inget tidigare utfall finns att jämföra med.", " and there is no earlier outcome to compare with.")),
            previous?.FromYear, previous?.From, year, value, measure) with
        {
            TargetValue = targetValue,
            TargetYear = target.Year,
            TargetReached = false,
            DataYear = dataYear,
            InPaceValue = path?.InPace(dataYear),
        });
    }

    private static Suggestion AgainstPath(Measure measure, int year, AssessmentScale scale)
    {
        var dataYear = year - measure.DataLag;
        var path = PathFor(measure, dataYear);
        if (path is null)
        {
            return NoValue(scale, "path", lang => T(lang,
                "Mätetalet saknar basvärde eller daterat målvärde, så ingen målbana kan beräknas.",
                "The measure has no base value or dated target, so no path can be drawn."));
        }

        var value = MeasureValues.ForYear(measure, year)!.Value;
        var inPace = path.InPace(dataYear);
        var ahead = AtOrAhead(measure, value, inPace);
        var previous = MeasureValues.SincePrevious(measure, year);
        var improving = previous is { } p && Development(measure, p.From, p.To) == Verdict.Positive;
        var since = previous?.FromYear ?? year - 1;
        var verdict = ahead ? Verdict.Positive : improving ? Verdict.Unchanged : Verdict.Negative;
        var rate = RateNeeded(measure, path, dataYear, value);

        return Graded(scale, verdict, Make("path", verdict, lang =>
        {
            var covers = dataYear == year ? string.Empty : T(lang, $" (avser {dataYear})", $" (covering {dataYear})");
            var text = T(lang,
                $"Utfallet {year}{covers} är {Shown(measure, value, lang)}; i takt med målet {Shown(measure, path.TargetValue, lang)} till {path.TargetYear} skulle det vara {Shown(measure, inPace, lang, 1)}",
                $"The outcome {year}{covers} is {Shown(measure, value, lang)}; in pace with the target {Shown(measure, path.TargetValue, lang)} by {path.TargetYear} it would be {Shown(measure, inPace, lang, 1)}");
            text += ahead
                ? T(lang, ", i takt med eller före målbanan.", ", in pace with or ahead of the path.")
                : improving
                    ? T(lang, $", efter målbanan men bättre än {since}.", $", behind the path but better than {since}.")
                    : T(lang, $", efter målbanan och inte bättre än {since}.", $", behind the path and not better than {since}.");
            if (rate is { } r)
            {
                text += T(lang,
                    $" För att nå målet krävs {SignedPercent(r, lang)} per år.",
                    $" Reaching the target takes {SignedPercent(r, lang)} a year.");
            }

            return text;
        }, previous?.FromYear, previous?.From, year, value, measure) with
        {
            TargetValue = path.TargetValue,
            TargetYear = path.TargetYear,
            DataYear = dataYear,
            InPaceValue = inPace,
            RateNeededPercent = rate,
            ProgressRatio = path.ProgressRatio(dataYear, value),
        });
    }

    private static Suggestion AnnualChange(Measure measure, int year, AssessmentScale scale)
    {
        var target = measure.Targets.OfType<AnnualChangeTarget>().FirstOrDefault();
        if (target is null)
        {
            return NoValue(scale, "annualChange", lang => T(lang, "Mätetalet har inget mål för årlig förändring.", "The measure has no annual-change target."));
        }

        if (MeasureValues.SincePrevious(measure, year) is not { } previous)
        {
            return NoEarlier(scale, "annualChange", year);
        }

        // Per year: compounded over the years since the previous outcome where the series has gaps.
        // On negative values a shrinking magnitude is an increase, so the rate takes the sign of the base.
        var years = year - previous.FromYear;
        var ratio = SafeMath.Divide(previous.To, previous.From);
        var percent = years == 1 || ratio is not > 0
            ? SafeMath.PercentChange(previous.From, previous.To) / years
            : Math.Sign(previous.From) * SafeMath.ToDecimal((Math.Pow((double)ratio.Value, 1.0 / years) - 1) * 100);
        if (percent is not { } perYear)
        {
            return NoValue(scale, "annualChange", lang => T(lang,
                $"Utfallet {previous.FromYear} är {Number(previous.From, lang)}, så ingen förändring i procent kan beräknas.",
                $"The outcome {previous.FromYear} is {Number(previous.From, lang)}, so no change in percent can be computed."));
        }

        // The direction says which way is better; a target against it is a cap ("at most +1 % a year").
        var lowerIsBetter = measure.Direction == Direction.Decrease || (measure.Direction == Direction.None && target.PercentPerYear < 0);
        var reached = lowerIsBetter ? perYear <= target.PercentPerYear : perYear >= target.PercentPerYear;
        var development = Development(measure, previous.From, previous.To);
        var verdict = reached ? Verdict.Positive : development == Verdict.Negative ? Verdict.Negative : Verdict.Unchanged;
        return Graded(scale, verdict, Make("annualChange", verdict, lang =>
            $"{Move(measure, previous.From, previous.To, lang)}"
            + (years == 1 ? string.Empty : T(lang, $" sedan {previous.FromYear} ({SignedPercent(perYear, lang)} per år)", $" since {previous.FromYear} ({SignedPercent(perYear, lang)} a year)"))
            + ", "
            + (reached
                ? T(lang, $"målet {SignedPercent(target.PercentPerYear, lang)} per år är uppnått.", $"the target of {SignedPercent(target.PercentPerYear, lang)} a year is met.")
                : T(lang, $"målet {SignedPercent(target.PercentPerYear, lang)} per år är inte uppnått.", $"the target of {SignedPercent(target.PercentPerYear, lang)} a year is not met.")),
            previous.FromYear, previous.From, year, previous.To, measure) with { TargetValue = target.PercentPerYear, TargetReached = reached });
    }

    private static Suggestion Trend(Measure measure, int year, AssessmentScale scale, TrendRule rule)
    {
        var first = rule.Years is { } n ? year - n + 1 : int.MinValue;
        var points = new List<(int Year, decimal Value)>();
        foreach (var y in measure.Outcomes.Select(o => o.Period.Year).Where(y => y >= first && y <= year).Distinct().Order())
        {
            if (MeasureValues.ForYear(measure, y) is { } v)
            {
                points.Add((y, v));
            }
        }

        if (points.Count < 2)
        {
            return NoValue(scale, "trend", lang => T(lang, "För få år med utfall för att beräkna en trend.", "Too few years with outcomes for a trend."));
        }

        var meanX = points.Average(p => (decimal)p.Year);
        var meanY = points.Average(p => p.Value);
        var sxx = points.Sum(p => (p.Year - meanX) * (p.Year - meanX));
        var slope = points.Sum(p => (p.Year - meanX) * (p.Value - meanY)) / sxx;
        decimal? percent = IsPoints(measure) ? null : SafeMath.Divide(slope * 100, Math.Abs(meanY));
        var allowed = measure.Threshold.IsRelative ? measure.Threshold.Value * Math.Abs(meanY) : measure.Threshold.Value;
        var marginal = Math.Abs(slope) <= allowed;
        var better = measure.Direction == Direction.Decrease ? slope < 0 : slope > 0;
        var verdict = marginal ? Verdict.Unchanged : better ? Verdict.Positive : Verdict.Negative;
        var from = points[0].Year;
        return Graded(scale, verdict, Make("trend", verdict, lang =>
        {
            var perYear = percent is { } p
                ? SignedPercent(p, lang)
                : (slope > 0 ? "+" : string.Empty) + Rounded(slope, 2, lang) + (IsPoints(measure) ? T(lang, " procentenheter", " percentage points") : Unit(measure));
            var judged = verdict switch
            {
                Verdict.Unchanged => T(lang, "marginell", "marginal"),
                Verdict.Positive => T(lang, "i önskad riktning", "in the desired direction"),
                _ => T(lang, "i oönskad riktning", "in the undesired direction"),
            };
            return T(lang, $"Trend {from}–{year} (minsta kvadrat, {points.Count} år): {perYear} per år, {judged}.",
                $"Trend {from}–{year} (least squares, {points.Count} years): {perYear} a year, {judged}.");
        }, from, points[0].Value, year, points[^1].Value, measure) with { TrendPercentPerYear = percent, Marginal = marginal && slope != 0 });
    }

    private static Suggestion Progress(Measure measure, int year, AssessmentScale scale, ProgressRatioRule rule)
    {
        var dataYear = year - measure.DataLag;
        var path = PathFor(measure, dataYear);
        var value = MeasureValues.ForYear(measure, year)!.Value;
        if (path?.ProgressRatio(dataYear, value) is not { } ratio)
        {
            return NoValue(scale, "progressRatio", lang => T(lang,
                "Mätetalet saknar basvärde eller daterat målvärde, så ingen förflyttning mot målet kan beräknas.",
                "The measure has no base value or dated target, so no progress toward it can be computed."));
        }

        var band = Band(rule.Bands, (double)ratio);
        var grade = scale.Find(band.GradeId);
        var inPace = path.InPace(dataYear);
        var rationale = Make("progressRatio", grade?.Verdict, lang => T(lang,
                $"Förflyttningen från basvärdet {Shown(measure, path.BaseValue, lang)} ({path.BaseYear}) till {Shown(measure, value, lang)} är {Percent(ratio * 100, lang, 0)} av den som krävs för att ligga i takt med målet {Shown(measure, path.TargetValue, lang)} till {path.TargetYear} ({Shown(measure, inPace, lang, 1)}).",
                $"The progress from the base value {Shown(measure, path.BaseValue, lang)} ({path.BaseYear}) to {Shown(measure, value, lang)} is {Percent(ratio * 100, lang, 0)} of what being in pace with the target {Shown(measure, path.TargetValue, lang)} by {path.TargetYear} takes ({Shown(measure, inPace, lang, 1)})."),
            path.BaseYear, path.BaseValue, year, value, measure) with
        {
            ProgressRatio = ratio,
            InPaceValue = inPace,
            DataYear = dataYear,
            TargetValue = path.TargetValue,
            TargetYear = path.TargetYear,
        };
        return new Suggestion(grade, rationale);
    }

    /// <summary>The band a score falls in: the first, highest first, whose lower bound it reaches; else the lowest.</summary>
    public static ScoreBand Band(IReadOnlyList<ScoreBand> bands, double score)
    {
        ScoreBand? lowest = null;
        ScoreBand? best = null;
        foreach (var band in bands)
        {
            if (band.Contains(score) && (best is null || band.AtLeast > best.AtLeast || (band.AtLeast == best.AtLeast && band.Exclusive)))
            {
                best = band;
            }

            if (lowest is null || band.AtLeast < lowest.AtLeast)
            {
                lowest = band;
            }
        }

        return best ?? lowest ?? throw new ArgumentException("At least one band is needed.", nameof(bands));
    }

    private static decimal? RateNeeded(Measure measure, Trajectory path, int dataYear, decimal value)
    {
        var years = path.TargetYear - dataYear;
        return measure.Kind == MeasureKind.ChangeFromBase
            ? Trajectory.CompoundRateNeeded(100 + value, 100 + path.TargetValue, years)
            : Trajectory.CompoundRateNeeded(value, path.TargetValue, years);
    }

    private static bool AtOrAhead(Measure measure, decimal value, decimal inPace) =>
        measure.Threshold.IsWithin(inPace, value) || (measure.Direction == Direction.Decrease ? value <= inPace : value >= inPace);

    private static Suggestion NoEarlier(AssessmentScale scale, string rule, int year) => NoValue(scale, rule, lang =>
        T(lang, $"Inget tidigare utfall än {year} att jämföra med.", $"No outcome before {year} to compare with."));

    private static Suggestion Graded(AssessmentScale scale, Verdict verdict, Rationale rationale) =>
        new(scale.For(verdict), rationale);

    private static Suggestion NoValue(AssessmentScale scale, string rule, Func<string, string> text) =>
        new(scale.For(Verdict.NoValue) ?? scale.NoValue, Make(rule, Verdict.NoValue, text));

    private static Rationale Make(
        string rule,
        Verdict? verdict,
        Func<string, string> text,
        int? fromYear = null,
        decimal? from = null,
        int? toYear = null,
        decimal? to = null,
        Measure? measure = null)
    {
        decimal? change = from is { } f && to is { } t ? t - f : null;
        decimal? percent = change is { } c && from is { } f2 && f2 != 0 && measure is not null && !IsPoints(measure)
            ? SafeMath.PercentChange(f2, f2 + c)
            : null;
        return new Rationale
        {
            Rule = rule,
            Verdict = verdict,
            Describe = text,
            FromYear = from is null ? null : fromYear,
            From = from,
            ToYear = toYear,
            To = to,
            Change = change,
            ChangePercent = percent,
            Marginal = verdict == Verdict.Unchanged && change is not null && change != 0
                && measure is not null && measure.Threshold.IsWithin(from!.Value, to!.Value),
        };
    }

    /// <summary>Shares and change-from-base values change in percentage points, not in percent of themselves.</summary>
    private static bool IsPoints(Measure measure) => measure.Kind == MeasureKind.ChangeFromBase || measure.Unit == "%";

    private static string Move(Measure measure, decimal from, decimal to, string lang)
    {
        if (from == to)
        {
            return T(lang, $"Oförändrat {Shown(measure, to, lang)}", $"Unchanged at {Shown(measure, to, lang)}");
        }

        var word = to < from ? T(lang, "Minskning", "Decrease") : T(lang, "Ökning", "Increase");
        var change = IsPoints(measure)
            ? (to - from > 0 ? "+" : string.Empty) + Number(to - from, lang) + T(lang, " procentenheter", " percentage points")
            : SafeMath.PercentChange(from, to) is { } percent ? SignedPercent(percent, lang) : null;
        var fromText = measure.Kind == MeasureKind.ChangeFromBase || measure.Unit is null ? Shown(measure, from, lang) : Number(from, lang);
        var text = $"{word} {T(lang, "från", "from")} {fromText} {T(lang, "till", "to")} {Shown(measure, to, lang)}";
        return change is null ? text : $"{text} ({change})";
    }

    private static string Judged(Measure measure, Verdict verdict, (decimal From, decimal To) pair, string lang) => verdict switch
    {
        Verdict.Unchanged when pair.From == pair.To => T(lang, "ingen förändring", "no change"),
        Verdict.Unchanged => T(lang, $"förändringen är marginell (inom {ThresholdText(measure, lang)})", $"the change is marginal (within {ThresholdText(measure, lang)})"),
        Verdict.Positive => T(lang, "i önskad riktning", "in the desired direction"),
        _ => T(lang, "i oönskad riktning", "in the undesired direction"),
    };

    private static string ThresholdText(Measure measure, string lang) => measure.Threshold.IsRelative
        ? Percent(measure.Threshold.Value * 100, lang)
        : IsPoints(measure)
            ? Number(measure.Threshold.Value, lang) + T(lang, " procentenheter", " percentage points")
            : WithUnit(measure.Threshold.Value, measure.Unit, lang);

    private static Func<string, string> TargetText(Measure measure, Target target, decimal targetValue) => lang =>
    {
        var text = target.Label ?? (target switch
        {
            LevelTarget level => Operator(level.Operator) + Shown(measure, level.Value, lang),
            _ => Shown(measure, targetValue, lang),
        });
        return target.Year is { } year ? $"{text} ({year})" : text;
    };

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.GreaterOrEqual => "≥ ",
        ComparisonOperator.Greater => "> ",
        ComparisonOperator.LessOrEqual => "≤ ",
        ComparisonOperator.Less => "< ",
        _ => string.Empty,
    };

    private static string Shown(Measure measure, decimal value, string lang, int? decimals = null)
    {
        var number = decimals is { } d ? Rounded(value, d, lang) : Number(value, lang);
        var unit = measure.Kind == MeasureKind.ChangeFromBase ? "%" : measure.Unit;
        return string.IsNullOrEmpty(unit) ? number : number + NoBreakSpace + unit;
    }

    private static string Unit(Measure measure) => string.IsNullOrEmpty(measure.Unit) ? string.Empty : NoBreakSpace + measure.Unit;

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
