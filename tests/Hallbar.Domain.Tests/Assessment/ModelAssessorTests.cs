using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Organizations;

namespace Hallbar.Domain.Tests.Assessment;

public sealed class ModelAssessorTests
{
    private static readonly IReadOnlyList<ScoreBand> Bands = ModelAssessor.DefaultBands(AssessmentScale.Default);

    private static Measure Final(string id, string grade) => new()
    {
        Id = id,
        Name = id,
        Direction = Direction.Increase,
        Rule = new PreviousYearRule(),
        Outcomes = Years.From(2024, 1, 1),
        Assessments = [new FinalAssessment(2025, grade)],
    };

    private static OrganizationModel Model(params GoalNode[] goals) => new()
    {
        Organization = new Organization("org", "Organisation", "region", []),
        Scales = [AssessmentScale.Default],
        DefaultScaleId = AssessmentScale.Default.Id,
        Goals = goals,
        OverallRollUp = new AverageRollUp(Bands),
    };

    private static GoalNode Indicator(string id, RollUpMethod rollUp, params Measure[] measures) =>
        new() { Id = id, Kind = NodeKind.Indicator, Name = id, RollUp = rollUp, Measures = measures };

    private static AssessmentResult Find(AssessmentResult root, string id) => root.DescendantsAndSelf().Single(r => r.Id == id);

    [Fact]
    public void Assess_AverageOfPublishedResourceIndicator_IsPositive()
    {
        // Resurseffektiva verksamheter: P, O, O, P, P, P is Positiv.
        var indicator = Indicator("i", new AverageRollUp(Bands),
            Final("a", "positiv"), Final("b", "oforandrad"), Final("c", "oforandrad"), Final("d", "positiv"), Final("e", "positiv"), Final("f", "positiv"));

        Assert.Equal("positiv", Find(ModelAssessor.Assess(Model(indicator), 2025), "i").Suggestion?.Id);
    }

    [Fact]
    public void Assess_AverageOfPositiveAndUnchangedIndicators_IsUnchanged()
    {
        // Goal Resurseffektiva (P, O) is Oförändrad in the model case: a mean of 0,5 is not enough.
        var goal = new GoalNode
        {
            Id = "g",
            Kind = NodeKind.Goal,
            Name = "g",
            RollUp = new AverageRollUp(Bands),
            Children = [Indicator("p", new AverageRollUp(Bands), Final("a", "positiv")), Indicator("o", new AverageRollUp(Bands), Final("b", "oforandrad"))],
        };

        Assert.Equal("oforandrad", Find(ModelAssessor.Assess(Model(goal), 2025), "g").Suggestion?.Id);
    }

    [Fact]
    public void Assess_KeyMeasure_DecidesOverTheAverage()
    {
        // The emissions indicator follows total emissions, not the average of the categories (P, P, N, O).
        var indicator = Indicator("utslapp", new KeyChildRollUp("total"),
            Final("drift", "positiv"), Final("resor", "positiv"), Final("tjanste", "negativ"), Final("inkop", "oforandrad"), Final("total", "negativ"));

        var result = Find(ModelAssessor.Assess(Model(indicator), 2025), "utslapp");

        Assert.Equal("negativ", result.Suggestion?.Id);
        Assert.Contains("total", result.Rationale.Text);
    }

    [Fact]
    public void Assess_NodeWithoutValuedChildren_IsNoValue()
    {
        // The social goal has no indicators in 2025: Inget värde.
        var goal = new GoalNode { Id = "social", Kind = NodeKind.Goal, Name = "social", RollUp = new AverageRollUp(Bands) };

        Assert.Equal("inget-varde", Find(ModelAssessor.Assess(Model(goal), 2025), "social").Final?.Id);
    }

    [Fact]
    public void Assess_OverallIgnoresNoValueGoals()
    {
        // Overall: O, Inget värde, O, O is Oförändrad.
        var goals = new[] { "a", "b", "c" }
            .Select(id => new GoalNode { Id = id, Kind = NodeKind.Goal, Name = id, Measures = [Final(id + "-m", "oforandrad")] })
            .Append(new GoalNode { Id = "social", Kind = NodeKind.Goal, Name = "social" })
            .ToArray();

        Assert.Equal("oforandrad", ModelAssessor.Assess(Model(goals), 2025).Suggestion?.Id);
    }

    [Fact]
    public void Assess_FinalSetByHand_IsFlaggedWhereItDiffersAndRollsUp()
    {
        // 30 → 26 procurements: the rule says Negativ; the strategist sets Oförändrad with a motivation.
        var procurements = new Measure
        {
            Id = "upphandlingar",
            Name = "Antal upphandlingar med förhöjda miljökrav",
            Direction = Direction.Increase,
            Rule = new PreviousYearRule(),
            Outcomes = Years.From(2024, 30, 26),
            Assessments = [new FinalAssessment(2025, "oforandrad", "Kravnivån är oförändrad.")],
        };
        var indicator = Indicator("i", new KeyChildRollUp("upphandlingar"), procurements);

        var root = ModelAssessor.Assess(Model(indicator), 2025);
        var measure = Find(root, "upphandlingar");

        Assert.Equal("negativ", measure.Suggestion?.Id);
        Assert.Equal("oforandrad", measure.Final?.Id);
        Assert.True(measure.Differs);
        Assert.Equal("Kravnivån är oförändrad.", measure.Motivation);
        Assert.Equal("oforandrad", Find(root, "i").Suggestion?.Id);
    }

    [Fact]
    public void Assess_MeasureRemovedOrNotYetIntroduced_IsLeftOutOfTheYear()
    {
        var removed = Final("ekologiska", "negativ") with { RemovedIn = 2025 };
        var indicator = Indicator("i", new AverageRollUp(Bands), Final("kvar", "positiv"), removed);

        var result = Find(ModelAssessor.Assess(Model(indicator), 2025), "i");

        Assert.Single(result.Children);
        Assert.Equal("positiv", result.Suggestion?.Id);
    }

    [Fact]
    public void Assess_ContextMeasure_IsNeverAssessed()
    {
        var distribution = Final("fordelning", "negativ") with { Purpose = MeasurePurpose.Context };
        var indicator = Indicator("i", new AverageRollUp(Bands), Final("total", "positiv"), distribution);

        Assert.DoesNotContain(ModelAssessor.Assess(Model(indicator), 2025).DescendantsAndSelf(), r => r.Id == "fordelning");
    }

    [Fact]
    public void Translate_GradeOfAnotherScale_MapsByVerdictThenScore()
    {
        var traffic = new AssessmentScale("trafikljus", "Trafikljus",
        [
            new Grade("gron", "Grön", Score: 1, Verdict: Verdict.Positive),
            new Grade("gul", "Gul", Score: 0.5),
            new Grade("rod", "Röd", Score: 0, Verdict: Verdict.Negative),
        ]);

        Assert.Equal("gron", ModelAssessor.Translate(AssessmentScale.Default.Find("positiv"), traffic)?.Id);
        // Oförändrad has no verdict match on this scale: the nearest score (0) is Röd.
        Assert.Equal("rod", ModelAssessor.Translate(AssessmentScale.Default.Find("oforandrad"), traffic)?.Id);
    }
}
