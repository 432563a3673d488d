using System.Text.Json.Nodes;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;

namespace Hallbar.ModelFile.Tests;

/// <summary>
/// Generality: two invented municipalities that structure their follow-up unlike the model case
/// (a four-grade scale with a second reachability judgement; goals without areas on traffic
/// lights) are held as data only, read by the same reader and assessed by the same engine.
/// </summary>
public sealed class GeneralityTests
{
    private const string FourGrade = "kommun-fyrgradig.json";
    private const string NoAreas = "kommun-utan-omraden.json";
    private const int Year = 2025;

    [Theory]
    [InlineData(FourGrade)]
    [InlineData(NoAreas)]
    public void ReadFile_InventedMunicipality_LoadsWithoutErrors(string file)
    {
        var result = ModelFileReader.ReadFile(PathOf(file));

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        Assert.Equal("kommun", result.Model!.Organization.Kind);
    }

    [Theory]
    [InlineData(FourGrade)]
    [InlineData(NoAreas)]
    public void Assess_InventedMunicipality_SuggestsOnlyGradesOfItsOwnScales(string file)
    {
        var model = Load(file);
        var defaultIds = AssessmentScale.Default.Grades.Select(g => g.Id).ToHashSet();
        // The check below can only tell the scales apart if the file's grades are not the default's.
        Assert.DoesNotContain(model.DefaultScale.Grades, g => defaultIds.Contains(g.Id));

        var suggested = ModelAssessor.Assess(model, Year).DescendantsAndSelf().Where(r => r.Suggestion is not null).ToList();

        Assert.NotEmpty(suggested);
        Assert.All(suggested, r =>
        {
            Assert.Contains(r.Scale, model.Scales);
            Assert.Same(r.Scale.Find(r.Suggestion!.Id), r.Suggestion);
            Assert.DoesNotContain(r.Suggestion.Id, defaultIds);
        });
    }

    [Fact]
    public void Assess_FourGradeModel_MeasuresUseEveryGradeOfTheScaleIncludingEjBedomt()
    {
        var model = Load(FourGrade);

        var measureGrades = ModelAssessor.Assess(model, Year).DescendantsAndSelf()
            .Where(r => r.Level == AssessmentLevel.Measure)
            .Select(r => r.Suggestion?.Id)
            .ToHashSet();

        Assert.Equal(model.DefaultScale.Grades.Select(g => (string?)g.Id).ToHashSet(), measureGrades);
        Assert.Null(model.DefaultScale.Find("ej-bedomt")!.Score);
    }

    [Fact]
    public void Assess_FourGradeModel_NestsAreaInriktningsmalDelmalAndMeasure()
    {
        var model = Load(FourGrade);

        var path = PathTo(ModelAssessor.Assess(model, Year), "korstracka-tjanstebil")!;
        var levelNames = path.Skip(1).SkipLast(1).Select(r => model.AllNodes().Single(n => n.Id == r.Id).LevelName);

        Assert.Equal([AssessmentLevel.Overall, AssessmentLevel.Area, AssessmentLevel.Goal, AssessmentLevel.Goal, AssessmentLevel.Measure], path.Select(r => r.Level));
        Assert.Equal(["Målområde", "Inriktningsmål", "Delmål"], levelNames);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void ForYear_QuarterlyValuesPerUnit_IsTheSumOverUnitsAndQuarters(int year)
    {
        var measure = MeasureOf(Load(FourGrade), "korstracka-tjanstebil");
        var quarters = QuarterlyUnitValues(year);

        Assert.True(quarters.Select(q => q.Unit).Distinct().Count() > 1, "The measure is reported by several units.");
        Assert.Equal(quarters.Select(q => q.Unit).Distinct().Count() * 4, quarters.Count);
        Assert.Equal(quarters.Sum(q => q.Value), MeasureValues.ForYear(measure, year));
    }

    [Fact]
    public void Assess_QuarterlyPerUnitMeasure_ComparesTheSummedYears()
    {
        var result = Find(ModelAssessor.Assess(Load(FourGrade), Year), "korstracka-tjanstebil");

        Assert.Equal("previousYear", result.Rationale.Rule);
        Assert.Equal(QuarterlyUnitValues(Year - 1).Sum(q => q.Value), result.Rationale.From);
        Assert.Equal(QuarterlyUnitValues(Year).Sum(q => q.Value), result.Rationale.To);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2025)]
    public void Assess_MilestoneMeasure_UsesTheMilestoneOfTheYearAssessed(int year)
    {
        var model = Load(FourGrade);
        var measure = MeasureOf(model, "vagtrafikens-utslapp-per-invanare");
        var milestones = measure.Targets.OfType<LevelTarget>().ToList();
        Assert.True(milestones.Select(t => t.Year).Distinct().Count() >= 3, "The measure has several dated milestones.");
        var milestone = milestones.Single(t => t.Year == year);

        var rationale = Find(ModelAssessor.Assess(model, year), measure.Id).Rationale;

        Assert.Equal(year, rationale.TargetYear);
        Assert.Equal(milestone.Value, rationale.TargetValue);
        // Lower is better and the milestones carry no operator: at or below the milestone is reached.
        Assert.Equal(MeasureValues.ForYear(measure, year) <= milestone.Value, rationale.TargetReached);
    }

    [Fact]
    public void Assess_MilestoneMeasureBetweenMilestones_UsesTheComingMilestone()
    {
        const int between = 2024;
        var model = Load(FourGrade);
        var measure = MeasureOf(model, "vagtrafikens-utslapp-per-invanare");
        Assert.DoesNotContain(measure.Targets, t => t.Year == between);
        var coming = measure.Targets.OfType<LevelTarget>().Where(t => t.Year > between).MinBy(t => t.Year)!;

        var rationale = Find(ModelAssessor.Assess(model, between), measure.Id).Rationale;

        Assert.Equal(coming.Year, rationale.TargetYear);
        Assert.Equal(coming.Value, rationale.TargetValue);
    }

    [Theory]
    [InlineData("installerad-solcellseffekt")]
    [InlineData("energianvandning-lokaler")]
    [InlineData("publika-laddpunkter")]
    public void Assess_ProgressRatioMeasure_SuggestsTheGradeOfTheBandItsRatioFallsIn(string id)
    {
        var model = Load(FourGrade);
        var measure = MeasureOf(model, id);
        var rule = Assert.IsType<ProgressRatioRule>(measure.Rule);
        var target = Assert.Single(measure.Targets.OfType<LevelTarget>());
        var baseline = measure.Baseline!;
        var value = MeasureValues.ForYear(measure, Year)!.Value;
        var inPace = baseline.Value + ((target.Value - baseline.Value) * (Year - baseline.Year) / (target.Year!.Value - baseline.Year));
        var ratio = (value - baseline.Value) / (inPace - baseline.Value);
        var band = rule.Bands.Where(b => (double)ratio >= b.AtLeast).MaxBy(b => b.AtLeast) ?? rule.Bands.MinBy(b => b.AtLeast)!;

        var result = Find(ModelAssessor.Assess(model, Year), id);

        Assert.Equal((double)ratio, (double)result.Rationale.ProgressRatio!.Value, 9);
        Assert.Equal(band.GradeId, result.Suggestion?.Id);
    }

    [Fact]
    public void Assess_ProgressRatioMeasures_ReachEveryBandAndEjBedomtWhenMissing()
    {
        var model = Load(FourGrade);
        var measures = model.AllMeasures().Where(m => m.Rule is ProgressRatioRule).ToList();
        var bandGrades = measures.SelectMany(m => ((ProgressRatioRule)m.Rule).Bands.Select(b => b.GradeId)).ToHashSet();

        var assessed = ModelAssessor.Assess(model, Year).DescendantsAndSelf().Where(r => measures.Any(m => m.Id == r.Id)).ToList();

        Assert.Superset(bandGrades, assessed.Select(r => r.Suggestion?.Id ?? "-").ToHashSet());
        Assert.Contains(assessed, r => r.Suggestion?.Id == model.DefaultScale.NoValue?.Id);
    }

    [Theory]
    // The outcome is exactly the target value: "≥ 30" counts the boundary as reached, "> 40" does not.
    [InlineData("ekologiska-livsmedel", "≥ 30", true)]
    [InlineData("gron-flagg-enheter", "> 40", false)]
    public void Assess_OneYearTargetWithOperator_IsReachedAsTheOperatorSays(string id, string label, bool reached)
    {
        var model = Load(FourGrade);
        var measure = MeasureOf(model, id);
        var target = Assert.IsType<LevelTarget>(Assert.Single(measure.Targets));
        Assert.Equal(Year, target.Year);
        Assert.Equal(target.Value, MeasureValues.ForYear(measure, Year));

        var rationale = Find(ModelAssessor.Assess(model, Year), id).Rationale;

        Assert.Equal(reached, rationale.TargetReached);
        Assert.Equal(label, target.Label);
        Assert.Contains(label, rationale.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_MeasureWithoutTarget_IsJudgedByTheTrendOverItsIrregularYears()
    {
        var model = Load(FourGrade);
        var measure = MeasureOf(model, "nojd-medborgar-index");
        Assert.Empty(measure.Targets);
        var points = measure.Outcomes.Select(o => (Year: (decimal)o.Period.Year, Value: o.Value!.Value)).OrderBy(p => p.Year).ToList();
        Assert.True(points.Zip(points.Skip(1), (a, b) => b.Year - a.Year).Distinct().Count() > 1, "The years are unevenly spaced.");
        var meanYear = points.Average(p => p.Year);
        var meanValue = points.Average(p => p.Value);
        var slope = points.Sum(p => (p.Year - meanYear) * (p.Value - meanValue)) / points.Sum(p => (p.Year - meanYear) * (p.Year - meanYear));

        var result = Find(ModelAssessor.Assess(model, Year), measure.Id);

        Assert.Equal("trend", result.Rationale.Rule);
        Assert.Equal((int)points[0].Year, result.Rationale.FromYear);
        Assert.Equal((double)(slope / Math.Abs(meanValue) * 100), (double)result.Rationale.TrendPercentPerYear!.Value, 9);
        Assert.Equal(model.DefaultScale.For(slope > 0 ? Verdict.Positive : Verdict.Negative), result.Suggestion);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void ForYear_MeasureWithComparisonSeries_LeavesTheComparisonOut(int year)
    {
        var measure = MeasureOf(Load(FourGrade), "hushallsavfall-per-invanare");
        var outcomes = OutcomesInFile(FourGrade, measure.Id).Where(o => o["period"]!.GetValue<string>() == $"{year}").ToList();
        var own = Assert.Single(outcomes, o => o["series"] is null)["value"]!.GetValue<decimal>();
        var riket = Assert.Single(outcomes, o => o["series"]?.GetValue<string>() == "riket")["value"]!.GetValue<decimal>();

        Assert.Equal(SeriesRole.Comparison, Assert.Single(measure.Series).Role);
        Assert.Equal(own, MeasureValues.ForYear(measure, year));
        Assert.Equal(riket, MeasureValues.ForYear(measure, year, "riket"));
    }

    [Fact]
    public void Assess_LowerIsBetterMeasureWithComparison_IsPositiveWhenItsOwnValueFalls()
    {
        // Own value 445 → 431 kg falls, which is better; Riket rises 401 → 420, so a sum with
        // Riket (846 → 851) would rise and be judged negative.
        var model = Load(FourGrade);
        var measure = MeasureOf(model, "hushallsavfall-per-invanare");
        Assert.Equal(Direction.Decrease, measure.Direction);

        var result = Find(ModelAssessor.Assess(model, Year), measure.Id);

        Assert.Equal(MeasureValues.ForYear(measure, Year - 1), result.Rationale.From);
        Assert.Equal(MeasureValues.ForYear(measure, Year), result.Rationale.To);
        Assert.True(result.Rationale.To < result.Rationale.From);
        Assert.Equal(model.DefaultScale.For(Verdict.Positive), result.Suggestion);
    }

    [Theory]
    [InlineData("klimatneutral-kommun", "Målet kan nås till 2040")]
    [InlineData("resurssnal-kommun", "Målet kan inte nås till 2040")]
    public void FinalFor_ReachabilityScale_IsKeptBesideTheMainAssessment(string id, string reachability)
    {
        var model = Load(FourGrade);
        var node = model.AllNodes().Single(n => n.Id == id);

        var reach = node.FinalFor(Year, "nabarhet");
        var result = Find(ModelAssessor.Assess(model, Year), id);

        Assert.Equal(reachability, model.Scale("nabarhet").Find(reach!.GradeId)?.Label);
        var judgement = Assert.Single(result.Judgements);
        Assert.Equal("nabarhet", judgement.Scale.Id);
        Assert.Equal(reachability, judgement.Grade.Label);
        Assert.Equal(model.DefaultScaleId, result.Scale.Id);
        Assert.Equal(node.FinalFor(Year)?.GradeId ?? result.Suggestion?.Id, result.Final?.Id);
        Assert.Same(result.Scale.Find(result.Final!.Id), result.Final);
    }

    [Fact]
    public void Assess_MilestoneMissedButImproving_IsNotSuggestedAsFulfilled()
    {
        // On a fulfilment scale, "not reached but moving toward it" must not read as Uppfyllt.
        var model = Load(FourGrade);
        var measure = model.AllMeasures().Single(m => m.Id == "vagtrafikens-utslapp-per-invanare");

        var result = Find(ModelAssessor.Assess(model, Year), measure.Id);

        Assert.False(result.Rationale.TargetReached);
        Assert.NotEqual(model.DefaultScale.For(Verdict.Positive), result.Suggestion);
    }

    [Fact]
    public void Assess_GoalWithBothJudgements_KeepsTheMainFinalAndTheReachability()
    {
        var model = Load(FourGrade);
        var node = model.AllNodes().Single(n => n.Id == "klimatneutral-kommun");

        var result = Find(ModelAssessor.Assess(model, Year), node.Id);

        Assert.Equal(node.FinalFor(Year)!.GradeId, result.Final?.Id);
        Assert.True(result.FinalIsSet);
        Assert.NotEqual(node.FinalFor(Year)!.Motivation, node.FinalFor(Year, "nabarhet")!.Motivation);
        Assert.Equal(node.FinalFor(Year)!.Motivation, result.Motivation);
    }

    [Fact]
    public void Assess_ModelWithoutAreas_RollsGoalsUpToTheOverallAssessment()
    {
        var model = Load(NoAreas);
        Assert.All(model.Goals, g => Assert.Equal(NodeKind.Goal, g.Kind));
        Assert.DoesNotContain(model.AllNodes(), n => n.Kind == NodeKind.Area);

        var overall = ModelAssessor.Assess(model, Year);

        Assert.Equal(model.Goals.Select(g => g.Id), overall.Children.Select(c => c.Id));
        Assert.All(overall.Children, c => Assert.Equal(AssessmentLevel.Goal, c.Level));
        Assert.NotNull(overall.Final);
    }

    [Fact]
    public void Assess_TrafficLightModel_EveryFinalCarriesItsSymbol()
    {
        var finals = ModelAssessor.Assess(Load(NoAreas), Year).DescendantsAndSelf().Select(r => r.Final).ToList();

        Assert.All(finals, f => Assert.False(string.IsNullOrEmpty(f?.Symbol)));
    }

    [Fact]
    public void Assess_ManualRuleMeasure_HasNoSuggestionAndTheHandSetFinal()
    {
        var model = Load(NoAreas);
        var measure = MeasureOf(model, "upplevt-bemotande");
        var rule = Assert.IsType<ManualRule>(measure.Rule);
        var handSet = measure.FinalFor(Year)!;

        var result = Find(ModelAssessor.Assess(model, Year), measure.Id);

        Assert.Null(result.Suggestion);
        Assert.True(result.IsManual);
        Assert.True(result.FinalIsSet);
        Assert.Equal(handSet.GradeId, result.Final?.Id);
        Assert.Equal(handSet.Motivation, result.Motivation);
        Assert.Contains(rule.Description!, result.Rationale.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_KeyRollUp_FollowsItsKeyMeasure()
    {
        // The key measure fell 81 → 78 % (red) while both other measures rose (green): an average
        // or a majority would not give the key's grade.
        var model = Load(NoAreas);
        var node = model.AllNodes().Single(n => n.Id == "fossilfri-fordonsflotta");
        var key = Assert.IsType<KeyChildRollUp>(node.RollUp);

        var result = Find(ModelAssessor.Assess(model, Year), node.Id);
        var deciding = Assert.Single(result.Children, c => c.Id == key.ChildId);

        Assert.All(result.Children.Where(c => c.Id != key.ChildId), c => Assert.NotEqual(deciding.Final?.Id, c.Final?.Id));
        Assert.Equal(deciding.Final?.Id, result.Suggestion?.Id);
        Assert.Equal("key", result.Rationale.Rule);
    }

    [Fact]
    public void Assess_MeasureWithoutTargetInModelWithoutAreas_IsGradedOnTheTrafficLight()
    {
        var model = Load(NoAreas);
        var measure = MeasureOf(model, "besok-bibliotek");
        Assert.Empty(measure.Targets);
        var from = MeasureValues.ForYear(measure, Year - 1)!.Value;
        var to = MeasureValues.ForYear(measure, Year)!.Value;
        // Increase is better; a change within the relative threshold would be marginal.
        var expected = measure.Threshold.IsWithin(from, to) ? Verdict.Unchanged : to > from ? Verdict.Positive : Verdict.Negative;

        var result = Find(ModelAssessor.Assess(model, Year), measure.Id);

        Assert.Equal(model.DefaultScale.For(expected), result.Suggestion);
    }

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Models", file);

    private static OrganizationModel Load(string file)
    {
        var result = ModelFileReader.ReadFile(PathOf(file));
        return result.Model ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }

    private static Measure MeasureOf(OrganizationModel model, string id) => model.AllMeasures().Single(m => m.Id == id);

    private static AssessmentResult Find(AssessmentResult root, string id) => root.DescendantsAndSelf().Single(r => r.Id == id);

    private static List<AssessmentResult>? PathTo(AssessmentResult node, string id)
    {
        if (node.Id == id)
        {
            return [node];
        }

        foreach (var child in node.Children)
        {
            if (PathTo(child, id) is { } below)
            {
                return [node, .. below];
            }
        }

        return null;
    }

    /// <summary>The quarterly per-unit values of the mileage measure as written in the file, not as read by the model reader.</summary>
    private static List<(string Unit, decimal Value)> QuarterlyUnitValues(int year) =>
        OutcomesInFile(FourGrade, "korstracka-tjanstebil")
            .Where(o => o["period"]!.GetValue<string>().StartsWith($"{year}-Q", StringComparison.Ordinal) && o["series"] is null)
            .Select(o => (o["orgUnit"]!.GetValue<string>(), o["value"]!.GetValue<decimal>()))
            .ToList();

    private static List<JsonObject> OutcomesInFile(string file, string measureId)
    {
        var root = JsonNode.Parse(File.ReadAllText(PathOf(file)));
        var measure = Objects(root).Single(o => o["outcomes"] is not null && o["id"]?.GetValue<string>() == measureId);
        return measure["outcomes"]!.AsArray().OfType<JsonObject>().ToList();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, value) in obj)
                {
                    foreach (var inner in Objects(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Objects(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
