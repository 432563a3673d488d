using Hallbar.Data.Editing;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Rounds;
using Hallbar.ModelFile;

namespace Hallbar.Data.Tests;

/// <summary>Editing a measure's targets (målvärden): validated like a model file, versioned, kept in the history.</summary>
public abstract partial class EditorTests
{
    // Energianvändning per fordonskilometer: target 4,5 kWh/km by 2024, kept in 2025; the rule compares with the target.
    private const string Stricter = """[{ "kind": "level", "value": 4.0, "year": 2024, "label": "4,0 kWh/km" }]""";

    private async Task<MeasureTargets> TargetsOf(string measure = Measure)
    {
        await using var db = Database.Context();
        return (await EditorOf(db).ReadTargetsAsync(Org, measure))!;
    }

    private async Task<(OrganizationModel Model, Measure Measure)> LoadAsync(string measure = Measure)
    {
        await using var db = Database.Context();
        var model = (await new ModelStore(db, TimeProvider.System).LoadAsync(Org))!;
        return (model, model.AllMeasures().Single(m => m.Id == measure));
    }

    private static AssessmentResult Assessed(OrganizationModel model, int year, string measure = Measure) =>
        ModelAssessor.Assess(model, year).DescendantsAndSelf().Single(r => r.Level == AssessmentLevel.Measure && r.Id == measure);

    [Fact]
    public async Task SetTargets_WithAReason_IsInTheMeasuresHistoryAndDecidesItsAssessment()
    {
        var read = await TargetsOf();
        Assert.Equal("positiv", Assessed((await LoadAsync()).Model, 2025).Suggestion?.Id);
        await using var db = Database.Context();

        var result = await EditorOf(db).SetTargetsAsync(new TargetsChange(Org, Measure, Stricter, read.Version, "strateg", "Skärpt mål i trafikförsörjningsprogrammet"));

        Assert.True(result.IsSaved, result.Message);
        Assert.Equal(read.Version + 1, result.Version);
        var history = await EditorOf(db).HistoryAsync(Org, "targets", Measure);
        // The newest change is this one; the first is the import that brought the measure in.
        Assert.Equal(2, history.Count);
        var change = history[0];
        Assert.Equal(("strateg", "Skärpt mål i trafikförsörjningsprogrammet", false), (change.ChangedBy, change.Reason, change.IsRestatement));
        Assert.Equal(read.Text, change.OldValue);
        Assert.Equal("4\u00A0kWh/km till 2024 (\"4,0 kWh/km\")", change.NewValue);
        Assert.Equal((null, read.Text, "demo"), (history[1].OldValue, history[1].NewValue, history[1].ChangedBy));

        var (model, measure) = await LoadAsync();
        Assert.Equal(new LevelTarget(4.0m, ComparisonOperator.AtLeastAsGood, 2024, "4,0 kWh/km"), Assert.Single(measure.Targets));
        // 4,5 kWh/km in 2025 no longer reaches the target: the rule stops suggesting Positiv, and the final set by hand now differs from it.
        var assessed = Assessed(model, 2025);
        Assert.NotEqual("positiv", assessed.Suggestion?.Id);
        Assert.True(assessed.Differs);
    }

    [Fact]
    public async Task SetTargets_FromAnOlderVersion_IsAConflictShowingTheCurrentTargetsAndWritesNothing()
    {
        var read = await TargetsOf();
        await using (var first = Database.Context())
        {
            Assert.True((await EditorOf(first).SetTargetsAsync(new TargetsChange(Org, Measure, Stricter, read.Version, "anna", "Nytt beslut"))).IsSaved);
        }

        await using var second = Database.Context();
        var result = await EditorOf(second).SetTargetsAsync(
            new TargetsChange(Org, Measure, """[{ "kind": "level", "value": 4.2, "year": 2024 }]""", read.Version, "bertil", "Annat beslut"));

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Contains("4,0 kWh/km", result.Current, StringComparison.Ordinal);
        Assert.Equal(read.Version + 1, result.CurrentVersion);
        Assert.Equal("anna", (await EditorOf(second).HistoryAsync(Org, "targets", Measure))[0].ChangedBy);
        Assert.Equal(4.0m, Assert.IsType<LevelTarget>(Assert.Single((await LoadAsync()).Measure.Targets)).Value);
    }

    [Theory]
    // A target after the goal's year 2030 would be judged in reports of a goal that has ended.
    [InlineData("""[{ "kind": "level", "value": 4.0, "year": 2035 }]""", "targets[0].year", "2035")]
    // The measure's rule compares with a level; a yearly rate gives it nothing to compare with.
    [InlineData("""[{ "kind": "annualChange", "percentPerYear": -2.5 }]""", "rule", "\"level\"")]
    // A kind the model file does not know is refused by the schema, with the kinds it knows.
    [InlineData("""[{ "kind": "niva", "value": 4.0 }]""", "targets[0].kind", "\"level\"")]
    // A field of another kind of target is a mistake, not something to ignore.
    [InlineData("""[{ "kind": "level", "value": 4.0, "percent": -10 }]""", "targets[0].percent", "\"changeFromBase\"")]
    // Half a JSON text: said with where it breaks off.
    [InlineData("""[{ "kind": "level", "value": 4.0 """, "JSON", "rad 1")]
    public async Task SetTargets_Invalid_IsRefusedWithWhereAndWhyAndWritesNothing(string targets, string where, string why)
    {
        var read = await TargetsOf();
        await using var db = Database.Context();

        var result = await EditorOf(db).SetTargetsAsync(new TargetsChange(Org, Measure, targets, read.Version, "strateg", "Nytt mål"));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(where, result.Message, StringComparison.Ordinal);
        Assert.Contains(why, result.Message, StringComparison.Ordinal);
        Assert.Equal(read, await TargetsOf());
        Assert.Single(await EditorOf(db).HistoryAsync(Org, "targets", Measure));
    }

    [Fact]
    public async Task SetTargets_InAnApprovedRound_NeedsAReasonAndKeepsTheApprovedAssessment()
    {
        // 2024: 4,5 kWh/km meets the target 4,5 and no final was set by hand, so the approved assessment is the rule's Positiv.
        await using (var db = Database.Context())
        {
            var editor = EditorOf(db);
            await editor.OpenRoundAsync(Org, 2024, "strateg");
            await editor.MoveRoundAsync(Org, 2024, RoundState.InReview, "strateg");
            await editor.MoveRoundAsync(Org, 2024, RoundState.Approved, "strateg");
        }

        var read = await TargetsOf();
        await using var writing = Database.Context();
        var refused = await EditorOf(writing).SetTargetsAsync(new TargetsChange(Org, Measure, Stricter, read.Version, "strateg", " "));
        var saved = await EditorOf(writing).SetTargetsAsync(new TargetsChange(Org, Measure, Stricter, read.Version, "strateg", "Skärpt mål i trafikförsörjningsprogrammet"));

        Assert.Equal(EditStatus.Locked, refused.Status);
        Assert.Contains("2024", refused.Message, StringComparison.Ordinal);
        Assert.True(saved.IsSaved, saved.Message);
        Assert.Contains("2024", saved.Message, StringComparison.Ordinal);
        var (model, measure) = await LoadAsync();
        var approved = Assessed(model, 2024);
        Assert.Equal(("positiv", true), (approved.Final?.Id, approved.FinalIsSet));
        Assert.NotEqual("positiv", approved.Suggestion?.Id);
        Assert.Contains(read.Text, measure.FinalFor(2024)!.Motivation, StringComparison.Ordinal);
        Assert.True((await EditorOf(writing).HistoryAsync(Org, "targets", Measure))[0].IsRestatement);
        Assert.Single(await EditorOf(writing).HistoryAsync(Org, "assessment", $"{Measure}/2024"));
    }

    [Fact]
    public async Task Import_ThatChangesATarget_ShowsInThatMeasuresHistoryAndOutdatesEditsFromBefore()
    {
        var read = await TargetsOf();
        var demo = ModelFileReader.Read(HallbarDatabase.DemoModelFile).Model!;
        await using (var db = Database.Context())
        {
            await new ModelStore(db, TimeProvider.System).SaveAsync(demo, "strateg");
            await new ModelStore(db, TimeProvider.System).SaveAsync(WithTargets(demo, Measure, [new LevelTarget(4.0m, ComparisonOperator.AtLeastAsGood, 2024, "4,0 kWh/km")]), "strateg");
        }

        await using var reading = Database.Context();
        var editor = EditorOf(reading);
        var change = (await editor.HistoryAsync(Org, "targets", Measure))[0];
        Assert.Equal(("strateg", read.Text), (change.ChangedBy, change.OldValue));
        Assert.Contains("4,0 kWh/km", change.NewValue, StringComparison.Ordinal);
        // The imports changed no other measure's targets: each has only the change that brought it in.
        Assert.All((await editor.HistoryAsync(Org, "targets")).Where(c => c.Key != Measure).GroupBy(c => c.Key), g => Assert.Single(g));
        var stale = await editor.SetTargetsAsync(new TargetsChange(Org, Measure, """[{ "kind": "level", "value": 4.2, "year": 2024 }]""", read.Version, "anna", "Nytt beslut"));
        Assert.Equal(EditStatus.Conflict, stale.Status);
    }

    private static OrganizationModel WithTargets(OrganizationModel model, string measureId, IReadOnlyList<Target> targets)
    {
        GoalNode Changed(GoalNode node) => node with
        {
            Measures = node.Measures.Select(m => m.Id == measureId ? m with { Targets = targets } : m).ToList(),
            Children = node.Children.Select(Changed).ToList(),
        };

        return model with { Goals = model.Goals.Select(Changed).ToList() };
    }
}
