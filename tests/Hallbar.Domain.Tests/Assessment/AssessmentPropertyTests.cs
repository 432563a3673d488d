using System.Globalization;
using CsCheck;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Periods;
using Hallbar.Domain.Trajectories;

namespace Hallbar.Domain.Tests.Assessment;

/// <summary>
/// Properties of the assessment engine that hold for every measure, not only the model case's:
/// each samples generated measures, outcomes and goal trees with CsCheck and shrinks a failure to
/// the smallest input that shows it.
/// </summary>
public sealed class AssessmentPropertyTests
{
    private const string Positiv = "positiv";
    private const string Oforandrad = "oforandrad";
    private const string Negativ = "negativ";
    private const string IngetVarde = "inget-varde";

    private static readonly AssessmentScale Scale = AssessmentScale.Default;
    private static readonly string[] ScoredGrades = [Positiv, Oforandrad, Negativ];
    private static readonly string[] AllGrades = [Positiv, Oforandrad, Negativ, IngetVarde];

    // Open SDG's progress bands folded onto three grades, and a stricter variant.
    private static readonly ScoreBand[] OpenSdgBands = [new(0.95, Positiv), new(0, Oforandrad), new(double.MinValue, Negativ)];
    private static readonly ScoreBand[] StrictBands = [new(1, Positiv), new(0.6, Oforandrad), new(double.MinValue, Negativ)];

    private static readonly AssessmentRule[] ComputableRules =
    [
        new PreviousYearRule(),
        new BaseValueRule(),
        new TargetRule(),
        new PathRule(),
        new AnnualChangeRule(),
        new TrendRule(),
        new TrendRule(3),
        new ProgressRatioRule(OpenSdgBands),
        new ProgressRatioRule(StrictBands),
    ];

    // Values as published: at most two decimals, in a realistic range.
    private static readonly Gen<decimal> Amount = Gen.Int[0, 100_000].Select(i => i / 100m);
    private static readonly Gen<decimal> ChangePercent = Gen.Int[-10_000, 5_000].Select(i => i / 100m);
    // Small steps as often as large ones, so that moves across a threshold are common.
    private static readonly Gen<decimal> Step = Gen.OneOf<int>(Gen.Int[0, 500], Gen.Int[0, 20_000]).Select(i => i / 100m);
    private static readonly Gen<decimal> Weight = Gen.Int[1, 50_000].Select(i => i / 100m);
    private static readonly Gen<Direction> Desired = Gen.OneOf(Direction.Increase, Direction.Decrease);
    private static readonly Gen<Threshold> AnyThreshold = Gen.OneOf<Threshold>(
        Gen.Int[0, 500].Select(i => Threshold.Absolute(i / 100m)),
        Gen.Int[0, 10].Select(i => Threshold.Relative(i / 100m)));

    [Fact]
    public void Suggest_OutcomeMovedInDesiredDirection_IsNeverWorse()
    {
        Gen.Select(Cases(ComputableRules), Step).Sample((c, step) =>
        {
            var better = c with { Value = c.Value + (c.Direction == Direction.Increase ? step : -step) };
            var before = Suggest(c).Grade;
            var after = Suggest(better).Grade;
            Assert.NotNull(before);
            if (before.Score is null)
            {
                return;
            }

            Assert.True(after?.Score >= before.Score, $"{before.Id} became {after?.Id} when the outcome moved to {better.Value}.");
        }, print: t => $"{t.Item1} step {t.Item2}");
    }

    [Fact]
    public void Suggest_ChangeWithinThreshold_IsOforandrad()
    {
        ThresholdCases(Gen.Int[-100, 100]).Sample(c =>
            Assert.Equal(Oforandrad, MeasureAssessor.Suggest(c.Measure, c.Year, Scale).Grade?.Id), print: c => c.ToString());
    }

    [Fact]
    public void Suggest_ChangeExactlyAtThreshold_IsOforandrad()
    {
        ThresholdCases(Gen.OneOf(-100, 100)).Sample(c =>
            Assert.Equal(Oforandrad, MeasureAssessor.Suggest(c.Measure, c.Year, Scale).Grade?.Id), print: c => c.ToString());
    }

    [Fact]
    public void Suggest_ChangeBeyondThreshold_FollowsDesiredDirection()
    {
        var cases =
            from rule in Gen.OneOf<AssessmentRule>(new PreviousYearRule(), new BaseValueRule())
            from direction in Desired
            from threshold in AnyThreshold
            from year in Gen.Int[2018, 2030]
            from start in Amount
            from extra in Gen.Int[1, 10_000].Select(i => i / 100m)
            from up in Gen.Bool
            let limit = threshold.IsRelative ? threshold.Value * start : threshold.Value
            let end = start + ((up ? 1 : -1) * (limit + extra))
            select new ThresholdCase(ChangeMeasure(rule, direction, threshold, year, start, end), year, start, end);
        cases.Sample(c =>
        {
            var better = c.Measure.Direction == Direction.Increase ? c.To > c.From : c.To < c.From;
            Assert.Equal(better ? Positiv : Negativ, MeasureAssessor.Suggest(c.Measure, c.Year, Scale).Grade?.Id);
        }, print: c => c.ToString());
    }

    [Fact]
    public void Suggest_ValuesNegatedAndDirectionFlipped_GivesSameGrade()
    {
        Cases(ComputableRules, withEqualOperator: true).Sample(c =>
        {
            var mirrored = c.Mirrored();
            var original = Suggest(c);
            var mirror = Suggest(mirrored);
            Assert.Equal(original.Grade?.Id, mirror.Grade?.Id);
            Assert.Equal(original.Rationale.Verdict, mirror.Rationale.Verdict);
        }, print: c => c.ToString());
    }

    [Fact]
    public void Suggest_ConstantSeries_IsOforandrad()
    {
        var cases =
            from rule in Gen.OneOf<AssessmentRule>(new PreviousYearRule(), new BaseValueRule(), new TrendRule(), new TrendRule(3))
            from c in Cases([rule])
            let level = c.Kind == MeasureKind.ChangeFromBase ? 0m : c.Value
            select c with { Value = level, Baseline = c.Baseline with { Value = level }, History = [.. c.History.Select(_ => (decimal?)level)] };
        cases.Sample(c => Assert.Equal(Oforandrad, Suggest(c).Grade?.Id), print: c => c.ToString());
    }

    [Fact]
    public void Suggest_NoOutcomeInReportYear_IsIngetVarde()
    {
        Cases(ComputableRules).Sample(c =>
        {
            var measure = c.ToMeasure();
            measure = measure with
            {
                Outcomes = [.. measure.Outcomes.Where(o => o.Period.Year != c.ReportYear), new Outcome(Period.OfYear(c.ReportYear), missingReason: "Mätetal saknas")],
            };
            var suggestion = MeasureAssessor.Suggest(measure, c.ReportYear, Scale);
            Assert.Equal(IngetVarde, suggestion.Grade?.Id);
            Assert.Equal(Verdict.NoValue, suggestion.Rationale.Verdict);
        }, print: c => c.ToString());
    }

    [Fact]
    public void Suggest_ManualRuleOrQualitativeMeasure_LeavesTheGradeToAPerson()
    {
        var cases =
            from c in Cases(ComputableRules)
            from manual in Gen.Bool
            select manual ? c with { Rule = new ManualRule("Bedöms av förvaltningen") } : c with { Kind = MeasureKind.Qualitative };
        cases.Sample(c =>
        {
            var suggestion = Suggest(c);
            Assert.Null(suggestion.Grade);
            Assert.Equal("manual", suggestion.Rationale.Rule);
        }, print: c => c.ToString());
    }

    [Fact]
    public void Suggest_SameMeasureTwiceOrOutcomesShuffled_GivesSameSuggestion()
    {
        var cases =
            from c in Cases(ComputableRules)
            from periodAggregation in Gen.OneOf(Aggregation.Sum, Aggregation.Average, Aggregation.WeightedAverage, Aggregation.Last)
            // Not Last across units: units have no order, and Last takes the unit seen last in the list.
            from unitAggregation in Gen.OneOf(Aggregation.Sum, Aggregation.Average, Aggregation.WeightedAverage)
            from outcomes in MixedOutcomes(c.ReportYear)
            from shuffled in Gen.Shuffle(outcomes)
            let measure = c.ToMeasure() with { Outcomes = outcomes, PeriodAggregation = periodAggregation, UnitAggregation = unitAggregation }
            select (Measure: measure, Shuffled: measure with { Outcomes = shuffled }, c.ReportYear);
        cases.Sample(c =>
        {
            var first = MeasureAssessor.Suggest(c.Measure, c.ReportYear, Scale);
            Assert.Equal(first, MeasureAssessor.Suggest(c.Measure, c.ReportYear, Scale));
            AssertSameUpToRounding(first, MeasureAssessor.Suggest(c.Shuffled, c.ReportYear, Scale));
        }, print: c => $"{c.Measure.Rule.Name} {c.Measure.PeriodAggregation}/{c.Measure.UnitAggregation} {c.ReportYear}: {Describe(c.Measure.Outcomes)} shuffled {Describe(c.Shuffled.Outcomes)}");
    }

    [Fact]
    public void Development_FromAndToSwapped_IsOpposite()
    {
        var cases =
            from direction in Desired
            from threshold in Gen.Int[0, 500].Select(i => Threshold.Absolute(i / 100m))
            from start in Amount
            from end in Amount
            select (Measure: new Measure { Id = "m", Name = "m", Direction = direction, Threshold = threshold }, From: start, To: end);
        cases.Sample(c =>
        {
            var forward = MeasureAssessor.Development(c.Measure, c.From, c.To);
            var backward = MeasureAssessor.Development(c.Measure, c.To, c.From);
            var expected = forward switch
            {
                Verdict.Positive => Verdict.Negative,
                Verdict.Negative => Verdict.Positive,
                _ => forward,
            };
            Assert.Equal(expected, backward);
        }, print: c => $"{c.Measure.Direction} {c.Measure.Threshold.Value}: {c.From} -> {c.To}");
    }

    [Fact]
    public void InPace_AtBaseAndTargetYear_IsBaseAndTargetValue()
    {
        Trajectories().Sample(path =>
        {
            Assert.Equal(path.BaseValue, path.InPace(path.BaseYear));
            Assert.Equal(path.TargetValue, path.InPace(path.TargetYear));
        }, print: Describe);
    }

    [Fact]
    public void InPace_BetweenBaseAndTargetYear_MovesMonotonicallyTowardTarget()
    {
        Trajectories().Sample(path =>
        {
            var sign = Math.Sign(path.TargetValue - path.BaseValue);
            for (var year = path.BaseYear; year < path.TargetYear; year++)
            {
                var now = path.InPace(year);
                var next = path.InPace(year + 1);
                Assert.True(Math.Sign(next - now) is var step && (step == sign || step == 0), $"{year}: {now}, {year + 1}: {next}");
                Assert.InRange(now, Math.Min(path.BaseValue, path.TargetValue), Math.Max(path.BaseValue, path.TargetValue));
            }
        }, print: Describe);
    }

    [Fact]
    public void ProgressRatio_OnThePath_IsExactlyOne()
    {
        Gen.Select(Trajectories(), Gen.Int[1, 15]).Where((path, after) => path.TargetValue != path.BaseValue).Sample((path, after) =>
        {
            var year = path.BaseYear + after;
            Assert.Equal(1m, path.ProgressRatio(year, path.InPace(year)));
            Assert.Equal(0m, path.ProgressRatio(year, path.BaseValue));
        }, print: t => $"{Describe(t.Item1)} year +{t.Item2}");
    }

    [Fact]
    public void Suggest_OutcomeExactlyInPace_IsOnThePath()
    {
        var cases = Cases([new PathRule(), new ProgressRatioRule(OpenSdgBands), new ProgressRatioRule(StrictBands)])
            .Select(c => (Case: c, Path: MeasureAssessor.PathFor(c.ToMeasure(), c.ReportYear - c.DataLag)))
            .Where(t => t.Path is { } path && path.InPace(t.Case.ReportYear - t.Case.DataLag) != path.BaseValue)
            .Select(t => t.Case with { Value = t.Path!.InPace(t.Case.ReportYear - t.Case.DataLag) });
        cases.Sample(c =>
        {
            var suggestion = Suggest(c);
            if (c.Rule is ProgressRatioRule ratio)
            {
                Assert.Equal(1m, suggestion.Rationale.ProgressRatio);
                Assert.Equal(MeasureAssessor.Band(ratio.Bands, 1).GradeId, suggestion.Grade?.Id);
            }
            else
            {
                Assert.Equal(Positiv, suggestion.Grade?.Id);
                Assert.Equal(c.Value, suggestion.Rationale.InPaceValue);
            }
        }, print: c => c.ToString());
    }

    [Fact]
    public void Assess_AllFinalsTheSameGrade_RollsUpToThatGrade()
    {
        var cases =
            from grade in Gen.OneOf(ScoredGrades)
            from goals in Shapes(2).Array[1, 4]
            select (Grade: grade, Goals: goals);
        cases.Sample(c =>
        {
            var model = Model(c.Goals, Enumerable.Repeat(c.Grade, Count(c.Goals)).ToArray(), new AverageRollUp(ModelAssessor.DefaultBands(Scale)));
            var result = ModelAssessor.Assess(model, Year);
            foreach (var node in result.DescendantsAndSelf().Where(n => n.Level != AssessmentLevel.Measure))
            {
                Assert.Equal(c.Grade, node.Final?.Id);
            }
        }, print: c => $"{c.Grade}: {Describe(c.Goals)}");
    }

    [Fact]
    public void Assess_AllFinalsTheSameGradeBesideNoValueAndContext_RollsUpToThatGrade()
    {
        var cases =
            from grade in Gen.OneOf(ScoredGrades)
            from goals in Shapes(2).Array[1, 4]
            from noValue in Gen.Frequency((3, false), (1, true)).Array[Count(goals)]
            select (Grade: grade, Goals: goals, Grades: noValue.Select(none => none ? IngetVarde : grade).ToArray());
        cases.Sample(c =>
        {
            // Context measures are never assessed, so their grade, here the opposite one, must not count.
            var context = c.Grade == Negativ ? Positiv : Negativ;
            var model = Model(c.Goals, c.Grades, new AverageRollUp(ModelAssessor.DefaultBands(Scale)), context);
            var result = ModelAssessor.Assess(model, Year);
            foreach (var node in result.DescendantsAndSelf().Where(n => n.Level != AssessmentLevel.Measure))
            {
                var anyScored = node.DescendantsAndSelf().Any(n => n.Level == AssessmentLevel.Measure && n.Final?.HasValue == true);
                Assert.Equal(anyScored ? c.Grade : IngetVarde, node.Final?.Id);
            }
        }, print: c => $"{c.Grade}: {Describe(c.Goals)} {string.Join(",", c.Grades)}");
    }

    [Fact]
    public void Assess_GradesMirrored_RollUpMirrors()
    {
        // The default bands are symmetric: swapping Positiv and Negativ everywhere swaps them in every roll-up.
        static string Mirror(string? grade) => grade == Positiv ? Negativ : grade == Negativ ? Positiv : grade!;
        TreesWithGrades(AllGrades).Sample(c =>
        {
            var rollUp = new AverageRollUp(ModelAssessor.DefaultBands(Scale));
            var original = ModelAssessor.Assess(Model(c.Goals, c.Grades, rollUp), Year).DescendantsAndSelf().Select(n => n.Final?.Id);
            var mirrored = ModelAssessor.Assess(Model(c.Goals, [.. c.Grades.Select(Mirror)], rollUp), Year).DescendantsAndSelf().Select(n => n.Final?.Id);
            Assert.Equal(original.Select(Mirror), mirrored);
        }, print: c => $"{Describe(c.Goals)} {string.Join(",", c.Grades)}");
    }

    [Fact]
    public void Assess_AverageRollUp_StaysWithinTheChildrensScores()
    {
        TreesWithGrades(AllGrades).Sample(c =>
        {
            var result = ModelAssessor.Assess(Model(c.Goals, c.Grades, new AverageRollUp(ModelAssessor.DefaultBands(Scale))), Year);
            foreach (var node in result.DescendantsAndSelf().Where(n => n.Level != AssessmentLevel.Measure))
            {
                var scores = node.Children.Select(child => child.Final?.Score).OfType<double>().ToList();
                if (scores.Count == 0)
                {
                    Assert.Equal(IngetVarde, node.Final?.Id);
                    continue;
                }

                Assert.NotNull(node.Final?.Score);
                Assert.InRange(node.Final.Score.Value, scores.Min(), scores.Max());
            }
        }, print: c => $"{Describe(c.Goals)} {string.Join(",", c.Grades)}");
    }

    [Fact]
    public void Assess_ChildrenReordered_GivesSameRollUp()
    {
        var cases =
            from grades in Gen.OneOf(AllGrades).Array[1, 12]
            from shuffled in Gen.Shuffle(grades)
            select (Grades: grades, Shuffled: shuffled);
        cases.Sample(c =>
        {
            var original = ModelAssessor.Assess(Model([new Shape(c.Grades.Length, [])], c.Grades, new ManualRollUp()), Year);
            var reordered = ModelAssessor.Assess(Model([new Shape(c.Shuffled.Length, [])], c.Shuffled, new ManualRollUp()), Year);
            Assert.Equal(original.Children[0].Final?.Id, reordered.Children[0].Final?.Id);
        }, print: c => $"{string.Join(",", c.Grades)} / {string.Join(",", c.Shuffled)}");
    }

    [Fact]
    public void Assess_KeyChildRollUp_FollowsTheKeyChildWhateverTheOthers()
    {
        var cases =
            from keyGrade in Gen.OneOf(AllGrades)
            from keyIsNode in Gen.Bool
            from others in Gen.OneOf(AllGrades).Array[0, 8]
            from position in Gen.Int[0, 8]
            from subGoals in Shapes(1).Array[0, 2]
            from subGrades in Gen.OneOf(AllGrades).Array[Count(subGoals)]
            select (KeyGrade: keyGrade, KeyIsNode: keyIsNode, Others: others, Position: Math.Min(position, others.Length), SubGoals: subGoals, SubGrades: subGrades);
        cases.Sample(c =>
        {
            var measures = c.Others.Select((grade, i) => FinalMeasure($"other{i}", grade)).ToList();
            var children = Model(c.SubGoals, c.SubGrades, new ManualRollUp()).Goals.ToList();
            if (c.KeyIsNode)
            {
                children.Insert(Math.Min(c.Position, children.Count), new GoalNode
                {
                    Id = "key",
                    Kind = NodeKind.Indicator,
                    Name = "Avgörande indikator",
                    Measures = [FinalMeasure("key-measure", c.KeyGrade)],
                });
            }
            else
            {
                measures.Insert(c.Position, FinalMeasure("key", c.KeyGrade));
            }

            var goal = new GoalNode
            {
                Id = "goal",
                Kind = NodeKind.Goal,
                Name = "Mål",
                RollUp = new KeyChildRollUp("key"),
                Measures = measures,
                Children = children,
            };
            var result = ModelAssessor.Assess(Model(goal), Year);
            Assert.Equal(c.KeyGrade, result.Children.Single().Final?.Id);
        }, print: c => $"key {c.KeyGrade} (node: {c.KeyIsNode}) at {c.Position} among {string.Join(",", c.Others)}; sub-goals {Describe(c.SubGoals)}");
    }

    [Fact]
    public void Band_HigherScore_NeverGivesLowerGrade()
    {
        Gen.Select(Gen.Int[-100, 100], Gen.Int[-100, 100]).Sample((a, b) =>
        {
            var bands = ModelAssessor.DefaultBands(Scale);
            var low = Scale.Find(MeasureAssessor.Band(bands, Math.Min(a, b) / 100.0).GradeId)!;
            var high = Scale.Find(MeasureAssessor.Band(bands, Math.Max(a, b) / 100.0).GradeId)!;
            Assert.True(high.Score >= low.Score, $"{low.Id} > {high.Id}");
        });
    }

    [Fact]
    public void TryParse_ToStringOfPeriod_RoundTrips()
    {
        Periods().Sample(period => Assert.Equal(period, Period.TryParse(period.ToString())), print: p => p.ToString());
    }

    [Fact]
    public void CompareTo_PeriodsThatDoNotOverlap_FollowsTheCalendar()
    {
        Gen.Select(Periods(), Periods()).Sample((a, b) =>
        {
            Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            if (a == b)
            {
                Assert.Equal(0, a.CompareTo(b));
            }
            else if (End(a) <= Start(b))
            {
                Assert.True(a.CompareTo(b) < 0 && a < b && b > a);
            }
            else if (End(b) <= Start(a))
            {
                Assert.True(a.CompareTo(b) > 0 && a > b && b < a);
            }
        }, print: t => $"{t.Item1} {t.Item2}");
    }

    [Fact]
    public void CompareTo_SortingPeriodsOfOneKind_GivesCalendarOrder()
    {
        var cases =
            from kind in Gen.OneOf(PeriodKind.Year, PeriodKind.Quarter, PeriodKind.Month)
            from periods in Periods(kind).Array[0, 20]
            select periods;
        cases.Sample(periods =>
        {
            var sorted = periods.Order().ToArray();
            Assert.Equal(periods.OrderBy(p => p.Year).ThenBy(p => p.Index), sorted);
        }, print: p => string.Join(",", p));
    }

    [Fact]
    public void ForYear_QuartersOrMonthsWithSum_IsTheirSumWhenTheYearIsComplete()
    {
        var cases =
            from year in Gen.Int[2015, 2030]
            from months in Gen.Bool
            from parts in months ? Gen.Int[1, 12].ArrayUnique[1, 12] : Gen.Int[1, 4].ArrayUnique[1, 4]
            from values in Amount.Array[parts.Length]
            let outcomes = parts.Select((p, i) => new Outcome(months ? Period.OfMonth(year, p) : Period.OfQuarter(year, p), values[i])).ToArray()
            from shuffled in Gen.Shuffle(outcomes)
            select (Year: year, Outcomes: shuffled);
        cases.Sample(c =>
        {
            // Half a year's quarters summed is not the year: an incomplete year has no value.
            var measure = new Measure { Id = "m", Name = "m", PeriodAggregation = Aggregation.Sum, Outcomes = c.Outcomes };
            var complete = c.Outcomes.Length == (c.Outcomes[0].Period.Kind == PeriodKind.Month ? 12 : 4);
            Assert.Equal(complete ? c.Outcomes.Sum(o => o.Value!.Value) : null, MeasureValues.ForYear(measure, c.Year));
        }, print: c => Describe(c.Outcomes));
    }

    [Fact]
    public void ForYear_PartsWithLast_IsTheLatestPart()
    {
        var cases =
            from year in Gen.Int[2015, 2030]
            from quarters in Gen.Int[1, 4].ArrayUnique[1, 4]
            from values in Amount.Array[quarters.Length]
            let outcomes = quarters.Select((q, i) => new Outcome(Period.OfQuarter(year, q), values[i])).ToArray()
            from shuffled in Gen.Shuffle(outcomes)
            select (Year: year, Outcomes: shuffled);
        cases.Sample(c =>
        {
            var measure = new Measure { Id = "m", Name = "m", PeriodAggregation = Aggregation.Last, Outcomes = c.Outcomes };
            Assert.Equal(c.Outcomes.MaxBy(o => o.Period.Index)!.Value, MeasureValues.ForYear(measure, c.Year));
        }, print: c => Describe(c.Outcomes));
    }

    [Fact]
    public void ForYear_UnitsWithSumOrAverage_CombinesTheUnits()
    {
        var cases =
            from year in Gen.Int[2015, 2030]
            from aggregation in Gen.OneOf(Aggregation.Sum, Aggregation.Average, Aggregation.WeightedAverage)
            from count in Gen.Int[1, 7]
            from values in Amount.Array[count]
            from weights in Weight.Array[count]
            let outcomes = values.Select((v, i) => new Outcome(Period.OfYear(year), v, unitId: $"u{i}", weight: weights[i])).ToArray()
            from shuffled in Gen.Shuffle(outcomes)
            select (Year: year, Aggregation: aggregation, Outcomes: shuffled);
        cases.Sample(c =>
        {
            var measure = new Measure { Id = "m", Name = "m", UnitAggregation = c.Aggregation, Outcomes = c.Outcomes };
            var values = c.Outcomes.Select(o => o.Value!.Value).ToList();
            var expected = c.Aggregation switch
            {
                Aggregation.Sum => values.Sum(),
                Aggregation.Average => values.Sum() / values.Count,
                _ => c.Outcomes.Sum(o => o.Value!.Value * o.Weight!.Value) / c.Outcomes.Sum(o => o.Weight!.Value),
            };
            Assert.Equal(expected, MeasureValues.ForYear(measure, c.Year));
        }, print: c => $"{c.Aggregation}: {Describe(c.Outcomes)}");
    }

    [Fact]
    public void ForYear_UnitQuartersWithSum_IsTheSumOfTheUnitsWithCompleteYears()
    {
        var cases =
            from year in Gen.Int[2015, 2030]
            from units in Gen.Int[1, 4]
            from quarters in Gen.Int[1, 4].ArrayUnique[1, 4].Array[units]
            from values in Amount.Array[16]
            let outcomes = quarters.SelectMany((qs, u) => qs.Select(q => new Outcome(Period.OfQuarter(year, q), values[(u * 4) + q - 1], unitId: $"u{u}"))).ToArray()
            from shuffled in Gen.Shuffle(outcomes)
            select (Year: year, Outcomes: shuffled);
        cases.Sample(c =>
        {
            // Units whose year is incomplete have no year value and drop out of the sum.
            var measure = new Measure { Id = "m", Name = "m", PeriodAggregation = Aggregation.Sum, UnitAggregation = Aggregation.Sum, Outcomes = c.Outcomes };
            var complete = c.Outcomes.GroupBy(o => o.UnitId).Where(g => g.Count() == 4).ToList();
            Assert.Equal(complete.Count == 0 ? null : complete.Sum(g => g.Sum(o => o.Value!.Value)), MeasureValues.ForYear(measure, c.Year));
        }, print: c => Describe(c.Outcomes));
    }

    [Fact]
    public void ForYear_UnitsWithoutAggregation_IsNull()
    {
        var cases =
            from year in Gen.Int[2015, 2030]
            from values in Amount.Array[1, 5]
            select (Year: year, Outcomes: values.Select((v, i) => new Outcome(Period.OfYear(year), v, unitId: $"u{i}")).ToArray());
        cases.Sample(c =>
        {
            var measure = new Measure { Id = "m", Name = "m", UnitAggregation = Aggregation.None, Outcomes = c.Outcomes };
            Assert.Null(MeasureValues.ForYear(measure, c.Year));
        }, print: c => Describe(c.Outcomes));
    }

    [Fact]
    public void ForYear_Composite_IsTheSumOfItsComponentsOnly()
    {
        var cases =
            from year in Gen.Int[2015, 2030]
            from values in Amount.Array[1, 5]
            from comparison in Amount
            from missing in Gen.Int[-1, 4]
            select (Year: year, Values: values, Comparison: comparison, Missing: missing < values.Length ? missing : -1);
        cases.Sample(c =>
        {
            var series = c.Values.Select((_, i) => new Series($"s{i}", $"Del {i}", "st", SeriesRole.Component))
                .Append(new Series("riket", "Riket", "st", SeriesRole.Comparison)).ToList();
            var outcomes = c.Values.Select((v, i) => i == c.Missing
                    ? new Outcome(Period.OfYear(c.Year), missingReason: "saknas", seriesId: $"s{i}")
                    : new Outcome(Period.OfYear(c.Year), v, seriesId: $"s{i}"))
                .Append(new Outcome(Period.OfYear(c.Year), c.Comparison, seriesId: "riket")).ToList();
            var measure = new Measure { Id = "m", Name = "m", Kind = MeasureKind.Composite, Series = series, Outcomes = outcomes };
            Assert.Equal(c.Missing < 0 ? c.Values.Sum() : null, MeasureValues.ForYear(measure, c.Year));
        }, print: c => $"{c.Year} [{string.Join(",", c.Values)}] riket {c.Comparison} missing {c.Missing}");
    }

    [Fact]
    public void Pair_CompositeWithSeriesMissingOneYear_ComparesOnlySeriesInBothYears()
    {
        var cases =
            from year in Gen.Int[2016, 2030]
            from count in Gen.Int[1, 5]
            from before in Sometimes(Amount).Array[count]
            from after in Sometimes(Amount).Array[count]
            select (Year: year, Before: before, After: after);
        cases.Sample(c =>
        {
            var outcomes = new List<Outcome>();
            for (var i = 0; i < c.Before.Length; i++)
            {
                if (c.Before[i] is { } b)
                {
                    outcomes.Add(new Outcome(Period.OfYear(c.Year - 1), b, seriesId: $"s{i}"));
                }

                if (c.After[i] is { } a)
                {
                    outcomes.Add(new Outcome(Period.OfYear(c.Year), a, seriesId: $"s{i}"));
                }
            }

            var measure = new Measure
            {
                Id = "m",
                Name = "m",
                Kind = MeasureKind.Composite,
                Series = [.. c.Before.Select((_, i) => new Series($"s{i}", $"Del {i}", "st", SeriesRole.Component))],
                Outcomes = outcomes,
            };
            var both = Enumerable.Range(0, c.Before.Length).Where(i => c.Before[i] is not null && c.After[i] is not null).ToList();
            (decimal, decimal)? expected = both.Count == 0 ? null : (both.Sum(i => c.Before[i]!.Value), both.Sum(i => c.After[i]!.Value));
            Assert.Equal(expected, MeasureValues.Pair(measure, c.Year - 1, c.Year));
        }, print: c => $"{c.Year}: [{string.Join(",", c.Before)}] -> [{string.Join(",", c.After)}]");
    }

    private const int Year = 2025;

    /// <summary>
    /// Equal grades, verdicts and texts; figures equal but for the last of decimal's 28 digits, since a
    /// sum of per-unit averages is added up in the order the units first appear.
    /// </summary>
    private static void AssertSameUpToRounding(Suggestion expected, Suggestion actual)
    {
        static Rationale WithoutFigures(Rationale r) => r with
        {
            From = null,
            To = null,
            Change = null,
            ChangePercent = null,
            TargetValue = null,
            InPaceValue = null,
            RateNeededPercent = null,
            ProgressRatio = null,
            TrendPercentPerYear = null,
        };

        static decimal?[] Figures(Rationale r) =>
            [r.From, r.To, r.Change, r.ChangePercent, r.TargetValue, r.InPaceValue, r.RateNeededPercent, r.ProgressRatio, r.TrendPercentPerYear];

        Assert.Equal(expected.Grade, actual.Grade);
        Assert.Equal(WithoutFigures(expected.Rationale), WithoutFigures(actual.Rationale));
        foreach (var (a, b) in Figures(expected.Rationale).Zip(Figures(actual.Rationale)))
        {
            Assert.Equal(a is null, b is null);
            if (a is { } x && b is { } y)
            {
                Assert.True(Math.Abs(x - y) <= 0.000_000_000_001m * Math.Max(1, Math.Abs(x)), $"{x} <> {y}");
            }
        }
    }

    private static Suggestion Suggest(Case c) => MeasureAssessor.Suggest(c.ToMeasure(), c.ReportYear, Scale);

    /// <summary>A measure with a rule, a direction and a threshold, its targets consistent with the direction.</summary>
    private static Gen<Case> Cases(IReadOnlyList<AssessmentRule> rules, bool withEqualOperator = false) =>
        from rule in Gen.OneOf(rules.ToArray())
        from kind in Gen.Frequency((3, MeasureKind.Numeric), (1, MeasureKind.ChangeFromBase))
        from unit in Gen.OneOf<string?>(null, "%", "kWh")
        from direction in Desired
        from threshold in AnyThreshold
        from baseYear in Gen.Int[2015, 2020]
        from reportYear in Gen.Int[baseYear + 2, 2030]
        from lag in Gen.Int[0, 1]
        from targetYear in Gen.Int[baseYear + 5, 2035]
        from baseValue in kind == MeasureKind.ChangeFromBase ? Gen.Const(0m) : Amount
        from goal in Goals(kind, direction, baseYear, baseValue, targetYear, withEqualOperator)
        // Either sign and 0: a target against the desired direction is a cap ("at most +1 % a year").
        from annual in Gen.Int[-1000, 1000].Select(i => new AnnualChangeTarget(i / 100m))
        from history in Sometimes(Values(kind)).Array[5]
        from value in Values(kind)
        select new Case(rule, kind, unit, direction, threshold, reportYear, lag, new Baseline(baseYear, baseValue), goal, annual, history, value);

    /// <summary>A value, or now and then none (not reported that year).</summary>
    private static Gen<decimal?> Sometimes(Gen<decimal> values) =>
        from present in Gen.Int[0, 4]
        from value in values
        select present == 0 ? null : (decimal?)value;

    private static Gen<decimal> Values(MeasureKind kind) => kind == MeasureKind.ChangeFromBase ? ChangePercent : Amount;

    private static Gen<Target> Goals(MeasureKind kind, Direction direction, int baseYear, decimal baseValue, int targetYear, bool withEqualOperator)
    {
        var sign = direction == Direction.Increase ? 1 : -1;
        var change = Gen.Int[100, 8000].Select(i => (Target)new ChangeFromBaseTarget(sign * i / 100m, baseYear, targetYear));
        if (kind == MeasureKind.ChangeFromBase)
        {
            return change;
        }

        ComparisonOperator[] operators = direction == Direction.Increase
            ? [ComparisonOperator.AtLeastAsGood, ComparisonOperator.GreaterOrEqual, ComparisonOperator.Greater]
            : [ComparisonOperator.AtLeastAsGood, ComparisonOperator.LessOrEqual, ComparisonOperator.Less];
        if (withEqualOperator)
        {
            operators = [.. operators, ComparisonOperator.Equal];
        }

        var level =
            from gap in Gen.Int[1, 50_000].Select(i => i / 100m)
            from op in Gen.OneOf(operators)
            from dated in Gen.Frequency((4, true), (1, false))
            select (Target)new LevelTarget(baseValue + (sign * gap), op, dated ? targetYear : null);
        return Gen.OneOf<Target>(level, change);
    }

    /// <summary>Outcomes for the five years up to the report year: whole years, quarters, units, units by quarter, or missing.</summary>
    private static Gen<Outcome[]> MixedOutcomes(int reportYear) =>
        Gen.Select(YearOutcomes(reportYear - 4), YearOutcomes(reportYear - 3), YearOutcomes(reportYear - 2), YearOutcomes(reportYear - 1), YearOutcomes(reportYear),
            (a, b, c, d, e) => a.Concat(b).Concat(c).Concat(d).Concat(e).ToArray());

    private static Gen<Outcome[]> YearOutcomes(int year) =>
        from mode in Gen.Int[0, 4]
        from quarters in Gen.Int[1, 4].ArrayUnique[1, 4].Array[3]
        from units in Gen.Int[1, 3]
        from values in Amount.Array[12]
        from weights in Weight.Array[12]
        select mode switch
        {
            0 => [new Outcome(Period.OfYear(year), values[0])],
            1 => quarters[0].Select(q => new Outcome(Period.OfQuarter(year, q), values[q - 1], weight: weights[q - 1])).ToArray(),
            2 => Enumerable.Range(0, units).Select(u => new Outcome(Period.OfYear(year), values[u], unitId: $"u{u}", weight: weights[u])).ToArray(),
            3 => Enumerable.Range(0, units).SelectMany(u => quarters[u].Select(q =>
                new Outcome(Period.OfQuarter(year, q), values[(u * 4) + q - 1], unitId: $"u{u}", weight: weights[(u * 4) + q - 1]))).ToArray(),
            _ => [new Outcome(Period.OfYear(year), missingReason: "Mätetal saknas på grund av bristande datakvalitet")],
        };

    /// <summary>A previous-year or base-value measure whose change is <c>k</c> % of its threshold.</summary>
    private static Gen<ThresholdCase> ThresholdCases(Gen<int> percentOfThreshold) =>
        from rule in Gen.OneOf<AssessmentRule>(new PreviousYearRule(), new BaseValueRule())
        from direction in Desired
        from threshold in AnyThreshold
        from year in Gen.Int[2018, 2030]
        from start in Amount
        from k in percentOfThreshold
        let limit = threshold.IsRelative ? threshold.Value * Math.Abs(start) : threshold.Value
        let end = start + (limit * k / 100)
        select new ThresholdCase(ChangeMeasure(rule, direction, threshold, year, start, end), year, start, end);

    private static Measure ChangeMeasure(AssessmentRule rule, Direction direction, Threshold threshold, int year, decimal from, decimal to) => new()
    {
        Id = "m",
        Name = "Mätetal",
        Rule = rule,
        Direction = direction,
        Threshold = threshold,
        Baseline = rule is BaseValueRule ? new Baseline(year - 3, from) : null,
        Outcomes = rule is BaseValueRule
            ? [new Outcome(Period.OfYear(year), to)]
            : [new Outcome(Period.OfYear(year - 1), from), new Outcome(Period.OfYear(year), to)],
    };

    private static Gen<Trajectory> Trajectories() =>
        from baseYear in Gen.Int[2015, 2025]
        from years in Gen.Int[1, 20]
        from baseValue in Amount
        from targetValue in Amount
        select new Trajectory(baseYear, baseValue, baseYear + years, targetValue);

    private static Gen<Period> Periods() =>
        from kind in Gen.OneOf(PeriodKind.Year, PeriodKind.Quarter, PeriodKind.Month)
        from period in Periods(kind)
        select period;

    private static Gen<Period> Periods(PeriodKind kind) =>
        from year in Gen.Int[2015, 2030]
        from quarter in Gen.Int[1, 4]
        from month in Gen.Int[1, 12]
        select kind switch
        {
            PeriodKind.Quarter => Period.OfQuarter(year, quarter),
            PeriodKind.Month => Period.OfMonth(year, month),
            _ => Period.OfYear(year),
        };

    /// <summary>First month of a period, counted from year 0.</summary>
    private static int Start(Period p) => (p.Year * 12) + p.Kind switch
    {
        PeriodKind.Quarter => (p.Index - 1) * 3,
        PeriodKind.Month => p.Index - 1,
        _ => 0,
    };

    private static int End(Period p) => Start(p) + p.Kind switch
    {
        PeriodKind.Quarter => 3,
        PeriodKind.Month => 1,
        _ => 12,
    };

    /// <summary>The shape of a goal tree: how many measures hang on a node, and its child nodes.</summary>
    private sealed record Shape(int Measures, Shape[] Children);

    private static Gen<Shape> Shapes(int depth) => depth == 0
        ? Gen.Int[1, 4].Select(m => new Shape(m, []))
        : Gen.Select(Gen.Int[0, 3], Shapes(depth - 1).Array[0, 3], (m, children) => new Shape(children.Length == 0 ? Math.Max(1, m) : m, children));

    private static Gen<(Shape[] Goals, string[] Grades)> TreesWithGrades(string[] grades) =>
        from goals in Shapes(2).Array[1, 4]
        from assigned in Gen.OneOf(grades).Array[Count(goals)]
        select (goals, assigned);

    private static int Count(IEnumerable<Shape> shapes) => shapes.Sum(s => s.Measures + Count(s.Children));

    private static string Describe(IEnumerable<Shape> shapes) =>
        "[" + string.Join(",", shapes.Select(s => s.Children.Length == 0 ? $"{s.Measures}" : $"{s.Measures}{Describe(s.Children)}")) + "]";

    /// <summary>A goal tree of the shape, its measures' final assessments the grades in order; nodes roll up by default.</summary>
    private static OrganizationModel Model(Shape[] goals, string[] grades, RollUpMethod overall, string? contextGrade = null)
    {
        var measureNo = 0;
        var nodeNo = 0;
        GoalNode Node(Shape shape)
        {
            var id = $"n{nodeNo++}";
            var measures = new List<Measure>();
            for (var i = 0; i < shape.Measures; i++)
            {
                measures.Add(FinalMeasure($"m{measureNo}", grades[measureNo]));
                measureNo++;
            }

            if (contextGrade is not null)
            {
                measures.Add(FinalMeasure($"context-{id}", contextGrade) with { Purpose = MeasurePurpose.Context });
            }

            return new GoalNode
            {
                Id = id,
                Kind = shape.Children.Length == 0 ? NodeKind.Indicator : NodeKind.Goal,
                Name = id,
                Measures = measures,
                Children = [.. shape.Children.Select(Node)],
            };
        }

        return Model([.. goals.Select(Node)]) with { OverallRollUp = overall };
    }

    private static OrganizationModel Model(params GoalNode[] goals) => new()
    {
        Organization = new Organization("region", "Region Västmanland", "region", []),
        Scales = [Scale],
        DefaultScaleId = Scale.Id,
        Goals = goals,
    };

    private static Measure FinalMeasure(string id, string gradeId) => new()
    {
        Id = id,
        Name = id,
        Assessments = [new FinalAssessment(Year, gradeId, "Satt av förvaltningen")],
    };

    private static string Describe(Trajectory path) =>
        $"{path.BaseYear}: {path.BaseValue} -> {path.TargetYear}: {path.TargetValue}";

    private static string Describe(IEnumerable<Outcome> outcomes) => string.Join(", ", outcomes.Select(o =>
        $"{o.Period}{(o.UnitId is null ? string.Empty : "/" + o.UnitId)}{(o.SeriesId is null ? string.Empty : "/" + o.SeriesId)}="
        + (o.Value?.ToString(CultureInfo.InvariantCulture) ?? "-")
        + (o.Weight is { } w ? "w" + w.ToString(CultureInfo.InvariantCulture) : string.Empty)));

    private sealed record ThresholdCase(Measure Measure, int Year, decimal From, decimal To)
    {
        public override string ToString() =>
            $"{Measure.Rule.Name} {Measure.Direction} {(Measure.Threshold.IsRelative ? "relative" : "absolute")} {Measure.Threshold.Value}: {From} -> {To} ({Year})";
    }

    /// <summary>One measure and report year, described by the parts the rules read.</summary>
    private sealed record Case(
        AssessmentRule Rule,
        MeasureKind Kind,
        string? Unit,
        Direction Direction,
        Threshold Threshold,
        int ReportYear,
        int DataLag,
        Baseline Baseline,
        Target Goal,
        AnnualChangeTarget Annual,
        decimal?[] History,
        decimal Value)
    {
        public Measure ToMeasure()
        {
            var outcomes = new List<Outcome>();
            for (var i = 0; i < History.Length; i++)
            {
                if (History[i] is { } value)
                {
                    outcomes.Add(new Outcome(Period.OfYear(ReportYear - History.Length + i), value));
                }
            }

            outcomes.Add(new Outcome(Period.OfYear(ReportYear), Value));
            return new Measure
            {
                Id = "m",
                Name = "Mätetal",
                Kind = Kind,
                Unit = Unit,
                Direction = Direction,
                Threshold = Threshold,
                Rule = Rule,
                DataLag = DataLag,
                Baseline = Baseline,
                Targets = [Goal, Annual],
                Outcomes = outcomes,
            };
        }

        /// <summary>The same measure upside down: every value negated and the desired direction flipped.</summary>
        public Case Mirrored() => this with
        {
            Direction = Direction == Direction.Increase ? Direction.Decrease : Direction.Increase,
            Baseline = Baseline with { Value = -Baseline.Value },
            Goal = Goal switch
            {
                LevelTarget level => level with { Value = -level.Value, Operator = Flip(level.Operator) },
                ChangeFromBaseTarget change when Kind == MeasureKind.ChangeFromBase => change with { Percent = -change.Percent },
                _ => Goal,
            },
            Annual = Annual with { PercentPerYear = -Annual.PercentPerYear },
            History = [.. History.Select(h => -h)],
            Value = -Value,
        };

        public override string ToString()
        {
            var goal = Goal switch
            {
                LevelTarget level => $"level {level.Operator} {level.Value} by {level.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
                ChangeFromBaseTarget change => $"change {change.Percent} % from {change.BaseYear} by {change.ByYear}",
                _ => Goal.ToString(),
            };
            var history = string.Join(", ", History.Select((h, i) =>
                $"{ReportYear - History.Length + i}: {h?.ToString(CultureInfo.InvariantCulture) ?? "-"}"));
            var bands = Rule is ProgressRatioRule ratio ? "(" + string.Join(" ", ratio.Bands.Select(b => $"{b.AtLeast}={b.GradeId}")) + ")" : string.Empty;
            var years = Rule is TrendRule { Years: { } n } ? $"({n} years)" : string.Empty;
            return $"{Rule.Name}{bands}{years} {Kind} unit {Unit ?? "-"} {Direction} threshold {(Threshold.IsRelative ? "relative" : "absolute")} {Threshold.Value}; "
                + $"report {ReportYear} lag {DataLag}; base {Baseline.Year}: {Baseline.Value}; target {goal}; annual {Annual.PercentPerYear} %; "
                + $"history [{history}]; value {Value}";
        }

        private static ComparisonOperator Flip(ComparisonOperator op) => op switch
        {
            ComparisonOperator.GreaterOrEqual => ComparisonOperator.LessOrEqual,
            ComparisonOperator.LessOrEqual => ComparisonOperator.GreaterOrEqual,
            ComparisonOperator.Greater => ComparisonOperator.Less,
            ComparisonOperator.Less => ComparisonOperator.Greater,
            _ => op,
        };
    }
}
