using Hallbar.Domain.Assessment;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Tests.Assessment;

public sealed class MeasureAssessorTests
{
    private static readonly AssessmentScale Scale = AssessmentScale.Default;

    private static Measure Numeric(AssessmentRule rule, Direction direction, params decimal[] values) => new()
    {
        Id = "m",
        Name = "Mätetal",
        Unit = "st",
        Direction = direction,
        Rule = rule,
        Outcomes = Years.From(2023, values),
    };

    /// <summary>Emissions as change against 2019, halved by 2030, the 2025 report covering 2024.</summary>
    private static Measure HalvedBy2030(int firstYear, params decimal[] values) => new()
    {
        Id = "co2e",
        Name = "Regionens totala utsläpp av CO2e",
        Kind = MeasureKind.ChangeFromBase,
        Direction = Direction.Decrease,
        DataLag = 1,
        Baseline = new Baseline(2019, 0),
        Targets = [new ChangeFromBaseTarget(-50, 2019, 2030)],
        Rule = new PathRule(),
        Outcomes = Years.From(firstYear, values),
    };

    [Fact]
    public void Suggest_AnnualChangeCapAgainstTheDirection_FollowsTheDirection()
    {
        // "At most 0 % a year" on a lower-is-better measure: +10 % breaks it, -10 % keeps it.
        var up = Numeric(new AnnualChangeRule(), Direction.Decrease, 100, 110) with { Targets = [new AnnualChangeTarget(0)] };
        var down = up with { Outcomes = Years.From(2023, 100, 90) };

        Assert.Equal("negativ", MeasureAssessor.Suggest(up, 2024, Scale).Grade?.Id);
        Assert.Equal("positiv", MeasureAssessor.Suggest(down, 2024, Scale).Grade?.Id);
    }

    [Fact]
    public void Suggest_TrendOfAFlatShareWithRelativeThreshold_IsUnchanged()
    {
        // A share changes in points; a relative threshold is then relative to its level.
        var flat = Numeric(new TrendRule(), Direction.Increase, 40, 40) with { Unit = "%", Threshold = Threshold.Relative(0.02m) };
        var small = flat with { Outcomes = Years.From(2023, 40, 40.5m) };

        Assert.Equal("oforandrad", MeasureAssessor.Suggest(flat, 2024, Scale).Grade?.Id);
        Assert.Equal("oforandrad", MeasureAssessor.Suggest(small, 2024, Scale).Grade?.Id);
    }

    [Theory]
    // Symmetric default bands: 13 Positiv and 9 Oförändrad (mean 0,59) is as unchanged as its mirror.
    [InlineData(13.0 / 22, "oforandrad")]
    [InlineData(-13.0 / 22, "oforandrad")]
    [InlineData(0.6, "positiv")]
    [InlineData(-0.6, "negativ")]
    public void Band_DefaultBands_AreSymmetric(double mean, string expected)
    {
        Assert.Equal(expected, MeasureAssessor.Band(ModelAssessor.DefaultBands(Scale), mean).GradeId);
    }

    [Fact]
    public void Suggest_IrregularSurvey_ComparesWithThePreviousSurvey()
    {
        // Surveyed 2021 and 2023 only: the 2023 result is compared with 2021, not judged as missing.
        var measure = Numeric(new PreviousYearRule(), Direction.Increase) with
        {
            Outcomes = [new Outcome(Period.OfYear(2021), 60), new Outcome(Period.OfYear(2023), 66)],
        };

        var rationale = MeasureAssessor.Suggest(measure, 2023, Scale).Rationale;

        Assert.Equal(Verdict.Positive, rationale.Verdict);
        Assert.Equal(2021, rationale.FromYear);
        Assert.Contains("2021", rationale.Text);
    }

    [Fact]
    public void Suggest_AnnualChangeOverAGap_IsCompoundedPerYear()
    {
        // 100 → 90 over two years is about -5,1 % a year: it meets -2,5 % a year, but not -6 %.
        var measure = Numeric(new AnnualChangeRule(), Direction.Decrease) with
        {
            Outcomes = [new Outcome(Period.OfYear(2023), 100), new Outcome(Period.OfYear(2025), 90)],
            Targets = [new AnnualChangeTarget(-2.5m)],
        };
        var steeper = measure with { Targets = [new AnnualChangeTarget(-6m)] };

        Assert.Equal("positiv", MeasureAssessor.Suggest(measure, 2025, Scale).Grade?.Id);
        Assert.Equal("oforandrad", MeasureAssessor.Suggest(steeper, 2025, Scale).Grade?.Id);
    }

    [Fact]
    public void Suggest_TargetNotReachedButImproving_IsUnchangedNotPositive()
    {
        // 93 → 95 % toward 100 %: progress, but the target is not reached ("otillräcklig utveckling").
        var measure = Numeric(new TargetRule(), Direction.Increase, 93, 95) with { Targets = [new LevelTarget(100, ComparisonOperator.AtLeastAsGood, 2030)] };

        Assert.Equal("oforandrad", MeasureAssessor.Suggest(measure, 2024, Scale).Grade?.Id);
    }

    [Fact]
    public void Suggest_TargetNotReachedButOnTrack_IsPositive()
    {
        // From 50 in 2020 toward 100 in 2030, 80 in 2024 is ahead of the 70 in pace.
        var measure = Numeric(new TargetRule(), Direction.Increase, 75, 80) with
        {
            Baseline = new Baseline(2020, 50),
            Targets = [new LevelTarget(100, ComparisonOperator.AtLeastAsGood, 2030)],
        };

        var rationale = MeasureAssessor.Suggest(measure, 2024, Scale).Rationale;

        Assert.Equal(Verdict.Positive, rationale.Verdict);
        Assert.False(rationale.TargetReached);
        Assert.Equal(70m, rationale.InPaceValue);
    }

    [Fact]
    public void TargetFor_TargetForOneYearOnly_DoesNotApplyAfterIt()
    {
        var kept = Numeric(new TargetRule(), Direction.Increase, 25, 31) with { Targets = [new LevelTarget(30, ComparisonOperator.GreaterOrEqual, 2024)] };
        var once = kept with { Targets = [new LevelTarget(30, ComparisonOperator.GreaterOrEqual, 2024) { OnlyThatYear = true }] };

        Assert.NotNull(MeasureAssessor.TargetFor(kept, 2025));
        Assert.NotNull(MeasureAssessor.TargetFor(once, 2024));
        Assert.Null(MeasureAssessor.TargetFor(once, 2025));
    }

    [Fact]
    public void Suggest_PathAfterItsTargetYear_JudgesAgainstTheTargetItself()
    {
        // Target 100 by 2024, reached with 105 in 2025: the path does not run on past its target.
        var measure = Numeric(new PathRule(), Direction.Increase) with
        {
            Outcomes = Years.From(2024, 90, 105),
            Baseline = new Baseline(2019, 0),
            Targets = [new LevelTarget(100, ComparisonOperator.AtLeastAsGood, 2024)],
        };

        var rationale = MeasureAssessor.Suggest(measure, 2025, Scale).Rationale;

        Assert.Equal(100m, rationale.InPaceValue);
        Assert.Equal(Verdict.Positive, rationale.Verdict);
    }

    [Theory]
    // A tiny earlier value against a huge one: no meaningful percentage, and no crash.
    [InlineData(0.0000000000000000000001, 1000000000000000)]
    [InlineData(-0.0000000000000000000001, 1000000000000000)]
    public void Suggest_ExtremeValues_GivesAnAnswerInsteadOfOverflowing(double from, double to)
    {
        foreach (AssessmentRule rule in new AssessmentRule[] { new PreviousYearRule(), new AnnualChangeRule(), new TrendRule() })
        {
            var measure = Numeric(rule, Direction.Increase) with
            {
                Outcomes = [new Outcome(Period.OfYear(2023), (decimal)from), new Outcome(Period.OfYear(2024), (decimal)to)],
                Targets = [new AnnualChangeTarget(2)],
                Threshold = Threshold.Relative(0.01m),
            };

            var suggestion = MeasureAssessor.Suggest(measure, 2024, Scale);

            Assert.NotNull(suggestion.Grade);
            Assert.False(string.IsNullOrEmpty(suggestion.Rationale.Text));
        }
    }

    [Fact]
    public void Suggest_AnnualChangeTargetMet_IsPositiveAndSaysSoInSwedish()
    {
        // The model case's antibiotics measure: 274 → 253 prescriptions per 1000, target -2,5 % a year.
        var measure = Numeric(new AnnualChangeRule(), Direction.Decrease, 268, 274, 253) with
        {
            Unit = "recept/1000 invånare",
            Targets = [new AnnualChangeTarget(-2.5m)],
        };

        var suggestion = MeasureAssessor.Suggest(measure, 2025, Scale);

        Assert.Equal("positiv", suggestion.Grade?.Id);
        Assert.Equal(
            "Minskning från 274 till 253 recept/1000 invånare (-7,7 %), målet -2,5 % per år är uppnått.",
            suggestion.Rationale.Text.Replace('\u00A0', ' '));
        Assert.Equal(274, suggestion.Rationale.From);
        Assert.Equal(253, suggestion.Rationale.To);
        Assert.True(suggestion.Rationale.TargetReached);
    }

    [Fact]
    public void Suggest_AnnualChangeTooSmall_IsUnchanged()
    {
        // -1 % is the right direction but short of -2,5 %: "otillräcklig utveckling" is Oförändrad.
        var measure = Numeric(new AnnualChangeRule(), Direction.Decrease, 200, 198) with { Targets = [new AnnualChangeTarget(-2.5m)] };

        Assert.Equal("oforandrad", MeasureAssessor.Suggest(measure, 2024, Scale).Grade?.Id);
    }

    [Theory]
    // 36,8 → 36,9 % with a 0,5 point threshold: the model case calls this marginal.
    [InlineData(36.8, 36.9, 0.5, "oforandrad")]
    // The same move past the threshold is a real improvement.
    [InlineData(36.8, 37.5, 0.5, "positiv")]
    [InlineData(36.8, 36.0, 0.5, "negativ")]
    // Exactly at the threshold still counts as marginal.
    [InlineData(36.8, 37.3, 0.5, "oforandrad")]
    public void Suggest_PreviousYearWithAbsoluteThreshold_GradesByChangeSize(double from, double to, double threshold, string expected)
    {
        var measure = Numeric(new PreviousYearRule(), Direction.Increase, (decimal)from, (decimal)to) with
        {
            Unit = "%",
            Threshold = Threshold.Absolute((decimal)threshold),
        };

        Assert.Equal(expected, MeasureAssessor.Suggest(measure, 2024, Scale).Grade?.Id);
    }

    [Fact]
    public void Suggest_RelativeThreshold_MarginalChangeIsUnchangedAndFlagged()
    {
        // 6,6 → 6,7 kg per inhabitant is +1,5 %, inside a 2 % threshold.
        var measure = Numeric(new PreviousYearRule(), Direction.Decrease, 6.8m, 6.6m, 6.7m) with { Threshold = Threshold.Relative(0.02m) };

        var suggestion = MeasureAssessor.Suggest(measure, 2025, Scale);

        Assert.Equal("oforandrad", suggestion.Grade?.Id);
        Assert.True(suggestion.Rationale.Marginal);
        Assert.Contains("marginell", suggestion.Rationale.Text);
    }

    [Fact]
    public void Suggest_LowerIsBetterWithoutSayingSo_FollowsDirection()
    {
        // "Resurseffektivitet nybyggnation (kvoten BTA/LOA)": 69 → 68 % is better only because the direction says so.
        var down = Numeric(new PreviousYearRule(), Direction.Decrease, 69, 68);
        var up = down with { Direction = Direction.Increase };

        Assert.Equal("positiv", MeasureAssessor.Suggest(down, 2024, Scale).Grade?.Id);
        Assert.Equal("negativ", MeasureAssessor.Suggest(up, 2024, Scale).Grade?.Id);
    }

    [Fact]
    public void Suggest_TargetReached_IsPositiveEvenWithoutChange()
    {
        // 0 % food procurements without raised requirements, three years running: the target is met.
        var measure = Numeric(new TargetRule(), Direction.Decrease, 0, 0, 0) with
        {
            Unit = "%",
            Targets = [new LevelTarget(0, ComparisonOperator.LessOrEqual)],
        };

        Assert.Equal("positiv", MeasureAssessor.Suggest(measure, 2025, Scale).Grade?.Id);
    }

    [Fact]
    public void Suggest_TargetOfEarlierYearKept_IsUsedAfterItsYear()
    {
        // "Målvärdet för 2024 var 4,5 kWh/km och nivån kvarhålles 2025".
        var measure = Numeric(new TargetRule(), Direction.Decrease, 3.6m, 4.5m, 4.6m) with
        {
            Targets = [new LevelTarget(4.5m, ComparisonOperator.AtLeastAsGood, 2024)],
        };

        var suggestion = MeasureAssessor.Suggest(measure, 2025, Scale);

        Assert.False(suggestion.Rationale.TargetReached);
        Assert.Equal(4.5m, suggestion.Rationale.TargetValue);
        Assert.Equal("negativ", suggestion.Grade?.Id);
    }

    [Fact]
    public void Suggest_Milestones_TheNextMilestoneApplies()
    {
        var measure = Numeric(new TargetRule(), Direction.Increase, 20, 25, 31) with
        {
            Targets = [new LevelTarget(30, ComparisonOperator.GreaterOrEqual, 2025), new LevelTarget(50, ComparisonOperator.GreaterOrEqual, 2030)],
        };

        Assert.True(MeasureAssessor.Suggest(measure, 2025, Scale).Rationale.TargetReached);
        Assert.Equal(2030, MeasureAssessor.TargetFor(measure, 2026)?.Year);
    }

    [Fact]
    public void Suggest_TargetWithStrictOperator_ExactValueIsNotReached()
    {
        var measure = Numeric(new TargetRule(), Direction.Increase, 40, 40) with
        {
            Targets = [new LevelTarget(40, ComparisonOperator.Greater, 2024, "> 40")],
        };

        var suggestion = MeasureAssessor.Suggest(measure, 2024, Scale);

        Assert.False(suggestion.Rationale.TargetReached);
        Assert.Contains("> 40", suggestion.Rationale.Text);
    }

    [Fact]
    public void Suggest_PathBehindButImproving_IsUnchangedWithInPaceValueAndRateNeeded()
    {
        // Total emissions in the 2025 report: -2 % against 2019 for data year 2024; in pace is -22,7 %.
        var measure = HalvedBy2030(2023, -2, 0, -2);

        var rationale = MeasureAssessor.Suggest(measure, 2025, Scale).Rationale;

        Assert.Equal(Verdict.Unchanged, rationale.Verdict);
        Assert.Equal(2024, rationale.DataYear);
        Assert.Equal(-23m, Math.Round(rationale.InPaceValue!.Value));
        // From 98 % of the 2019 level to 50 % in six years: (50/98)^(1/6) - 1.
        Assert.Equal((decimal)((Math.Pow(50.0 / 98.0, 1.0 / 6) - 1) * 100), rationale.RateNeededPercent!.Value, 6);
        Assert.Contains("-22,7", rationale.Text);
    }

    [Fact]
    public void Suggest_PathAhead_IsPositive()
    {
        // Fastigheter - drift: -36 % against 2019 is well ahead of the -22,7 % in pace.
        var measure = HalvedBy2030(2024, -29, -36);

        Assert.Equal("positiv", MeasureAssessor.Suggest(measure, 2025, Scale).Grade?.Id);
    }

    [Fact]
    public void Suggest_BaseValue_ComparesWithBaseYear()
    {
        var measure = Numeric(new BaseValueRule(), Direction.Increase, 12, 11) with { Baseline = new Baseline(2019, 10) };

        var rationale = MeasureAssessor.Suggest(measure, 2024, Scale).Rationale;

        Assert.Equal(Verdict.Positive, rationale.Verdict);
        Assert.Equal(2019, rationale.FromYear);
        Assert.Equal(10m, rationale.From);
    }

    [Fact]
    public void Suggest_Trend_UsesAllYearsNotOnlyTheLast()
    {
        // The last step is up, but the line over five years goes clearly down.
        var measure = Numeric(new TrendRule(), Direction.Decrease, 100, 90, 80, 70, 72) with { Threshold = Threshold.Relative(0.01m) };

        var suggestion = MeasureAssessor.Suggest(measure, 2027, Scale);

        Assert.Equal("positiv", suggestion.Grade?.Id);
        Assert.True(suggestion.Rationale.TrendPercentPerYear < 0);
    }

    [Fact]
    public void Suggest_ProgressRatio_GradesByBand()
    {
        // Base 0 in 2020, target 100 in 2030: in pace for 2024 is 40; an outcome of 30 is 75 % of the way.
        var measure = Numeric(new ProgressRatioRule([new ScoreBand(0.95, "positiv"), new ScoreBand(0, "oforandrad"), new ScoreBand(double.MinValue, "negativ")]),
            Direction.Increase, 20, 30) with
        {
            Baseline = new Baseline(2020, 0),
            Targets = [new LevelTarget(100, ComparisonOperator.AtLeastAsGood, 2030)],
        };

        var suggestion = MeasureAssessor.Suggest(measure, 2024, Scale);

        Assert.Equal(0.75m, suggestion.Rationale.ProgressRatio);
        Assert.Equal(40m, suggestion.Rationale.InPaceValue);
        Assert.Equal("oforandrad", suggestion.Grade?.Id);
    }

    [Fact]
    public void Suggest_MissingOutcome_IsNoValueWithTheReason()
    {
        var measure = Numeric(new PreviousYearRule(), Direction.Increase, 5) with
        {
            Outcomes = [new Outcome(Period.OfYear(2023), 5), new Outcome(Period.OfYear(2024), missingReason: "Mätetal saknas på grund av bristande datakvalitet")],
        };

        var suggestion = MeasureAssessor.Suggest(measure, 2024, Scale);

        Assert.Equal("inget-varde", suggestion.Grade?.Id);
        Assert.Contains("bristande datakvalitet", suggestion.Rationale.Text);
    }

    [Fact]
    public void Suggest_CompositeWithSeriesMissingLastYear_ComparesOnlySeriesPresentBothYears()
    {
        // 2023 has only CMR (26); 2024 all three lists. Comparing 26 with 28+43+160 would be a false jump.
        var measure = new Measure
        {
            Id = "kemikalier",
            Name = "Antal kemikalier",
            Kind = MeasureKind.Composite,
            Unit = "st",
            Direction = Direction.Decrease,
            Rule = new PreviousYearRule(),
            Series = [new Series("cmr", "CMR", "st", SeriesRole.Component), new Series("kand", "Kandidatförteckning", "st", SeriesRole.Component)],
            Outcomes =
            [
                new Outcome(Period.OfYear(2023), 26, seriesId: "cmr"),
                new Outcome(Period.OfYear(2023), missingReason: "saknas", seriesId: "kand"),
                new Outcome(Period.OfYear(2024), 28, seriesId: "cmr"),
                new Outcome(Period.OfYear(2024), 43, seriesId: "kand"),
            ],
        };

        var rationale = MeasureAssessor.Suggest(measure, 2024, Scale).Rationale;

        Assert.Equal(26m, rationale.From);
        Assert.Equal(28m, rationale.To);
    }

    [Fact]
    public void Suggest_QualitativeMeasure_LeavesItToAPerson()
    {
        var measure = new Measure
        {
            Id = "q",
            Name = "Riskbedömning",
            Kind = MeasureKind.Qualitative,
            Outcomes = [new Outcome(Period.OfYear(2025), text: "Klimatrisker med i säkerhetsorganisationen")],
        };

        var suggestion = MeasureAssessor.Suggest(measure, 2025, Scale);

        Assert.Null(suggestion.Grade);
        Assert.Equal("manual", suggestion.Rationale.Rule);
    }

    [Fact]
    public void Suggest_English_GivesEnglishSentence()
    {
        var measure = Numeric(new PreviousYearRule(), Direction.Increase, 10, 12);

        Assert.StartsWith("Increase from 10 to 12", MeasureAssessor.Suggest(measure, 2024, Scale).Rationale.TextEn.Replace('\u00A0', ' '));
    }
}
