using Hallbar.Data.Editing;
using Hallbar.Domain.Footnotes;
using Hallbar.Domain.Rounds;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Tests;

/// <summary>Changing stored values with history, rounds and conflict detection, on SQLite and on PostgreSQL.</summary>
public abstract partial class EditorTests(DatabaseProvider provider) : DemoDatabaseTests(provider)
{
    private const string Measure = "energi-per-fordonskilometer";

    private static Editor EditorOf(HallbarDbContext db) => new(db, TimeProvider.System);

    private async Task<int?> VersionOf(string period, string measure = Measure)
    {
        await using var db = Database.Context();
        return (await EditorOf(db).ReadOutcomeAsync(Org, measure, period)).Outcome?.Version;
    }

    [Fact]
    public async Task SetOutcome_FromTheVersionRead_IsSavedWithItsHistory()
    {
        var read = await VersionOf("2025");
        await using var db = Database.Context();

        var result = await EditorOf(db).SetOutcomeAsync(new OutcomeChange(Org, Measure, "2025", 4.4m, read, "anna", Source: "VL:s årsrapport", Reason: "Slutlig siffra"));

        Assert.Equal(EditStatus.Saved, result.Status);
        Assert.Equal(read + 1, result.Version);
        var change = Assert.Single(await EditorOf(db).HistoryAsync(Org, "outcome", Editor.OutcomeKey(Measure, "2025")));
        Assert.Equal(("4.5", "4.4", "anna", "Slutlig siffra"), (change.OldValue, change.NewValue, change.ChangedBy, change.Reason));
    }

    [Fact]
    public async Task SetOutcome_FromAnOlderVersion_IsAConflictShowingTheCurrentValueAndWritesNothing()
    {
        var read = await VersionOf("2025");
        await using (var first = Database.Context())
        {
            Assert.True((await EditorOf(first).SetOutcomeAsync(new OutcomeChange(Org, Measure, "2025", 4.4m, read, "anna"))).IsSaved);
        }

        await using var second = Database.Context();
        var result = await EditorOf(second).SetOutcomeAsync(new OutcomeChange(Org, Measure, "2025", 4.6m, read, "bertil"));

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Equal("4.4", result.Current);
        Assert.Equal(read + 1, result.CurrentVersion);
        Assert.Single(await EditorOf(second).HistoryAsync(Org, "outcome"));
    }

    [Fact]
    public async Task SetOutcome_ThatDoesNotFitTheWholeModel_IsRefusedAndTheModelStillLoads()
    {
        // 2031 lies after the goal's target year 2030: stored, it would make the organization unreadable.
        await using var db = Database.Context();

        var result = await EditorOf(db).SetOutcomeAsync(new OutcomeChange(Org, Measure, "2031", 4.1m, null, "anna"));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("2031", result.Message, StringComparison.Ordinal);
        // The model's reason in the message's own language, Swedish beside Swedish and English beside English.
        Assert.Contains("Utfallet för 2031 kommer efter målets målår", result.Message, StringComparison.Ordinal);
        Assert.Contains("Outcome for 2031 is after the goal's target year", result.English, StringComparison.Ordinal);
        await using var after = Database.Context();
        Assert.True(await new ModelStore(after, TimeProvider.System).ReadAsync(Org) is { IsValid: true });
        Assert.Empty(await EditorOf(after).HistoryAsync(Org, "outcome"));
    }

    [Fact]
    public async Task SetOutcome_OneSeriesOfACompositeInANewYear_IsSavedAndTheModelStillLoads()
    {
        // Reporters enter a composite's series one at a time.
        await using var db = Database.Context();

        var result = await EditorOf(db).SetOutcomeAsync(new OutcomeChange(Org, "kemikalier-utfasningslistor", "2026", 30m, null, "anna", SeriesId: "cmr"));

        Assert.True(result.IsSaved, result.Message);
        await using var after = Database.Context();
        Assert.True(await new ModelStore(after, TimeProvider.System).ReadAsync(Org) is { IsValid: true });
    }

    [Fact]
    public async Task SetOutcome_TextForANumericMeasure_IsRefusedWithTheReason()
    {
        await using var db = Database.Context();

        var result = await EditorOf(db).SetOutcomeAsync(new OutcomeChange(Org, Measure, "2025", null, await VersionOf("2025"), "anna", Text: "ungefär fyra"));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("numeriskt", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetOutcome_InAnApprovedRound_NeedsAReasonAndBecomesARestatementWithItsFootnote()
    {
        await using (var db = Database.Context())
        {
            var editor = EditorOf(db);
            await editor.OpenRoundAsync(Org, 2025, "strateg");
            await editor.MoveRoundAsync(Org, 2025, RoundState.InReview, "strateg");
            await editor.MoveRoundAsync(Org, 2025, RoundState.Approved, "strateg");
            await editor.OpenRoundAsync(Org, 2026, "strateg");
        }

        var read = await VersionOf("2025");
        await using var writing = Database.Context();
        var refused = await EditorOf(writing).SetOutcomeAsync(new OutcomeChange(Org, Measure, "2025", 4.3m, read, "anna"));
        var restated = await EditorOf(writing).SetOutcomeAsync(new OutcomeChange(Org, Measure, "2025", 4.3m, read, "anna", Reason: "Rättad mätning av elbussarnas förbrukning"));

        Assert.Equal(EditStatus.Locked, refused.Status);
        Assert.Equal(EditStatus.Saved, restated.Status);
        await using var reading = Database.Context();
        var measure = (await new ModelStore(reading, TimeProvider.System).LoadAsync(Org))!.AllMeasures().Single(m => m.Id == Measure);
        var restatement = Assert.Single(measure.Restatements);
        Assert.Equal((4.5m, 4.3m, 2026), (restatement.OldValue, restatement.NewValue, restatement.RestatedInYear));
        Assert.Contains(FootnoteDeriver.ForMeasure(measure, 2026, 3), n => n.Kind == FootnoteKind.Restated && n.Text == "Rättad mätning av elbussarnas förbrukning");
        Assert.True(Assert.Single(await EditorOf(reading).HistoryAsync(Org, "outcome")).IsRestatement);
    }

    [Fact]
    public async Task MoveRound_OnlyOneStepAtATime()
    {
        await using var db = Database.Context();
        var editor = EditorOf(db);
        await editor.OpenRoundAsync(Org, 2026, "strateg");

        var skipped = await editor.MoveRoundAsync(Org, 2026, RoundState.Published, "strateg");
        var steps = new[] { RoundState.InReview, RoundState.Open, RoundState.InReview, RoundState.Approved, RoundState.Published };
        var results = new List<EditResult>();
        foreach (var step in steps)
        {
            results.Add(await editor.MoveRoundAsync(Org, 2026, step, "strateg"));
        }

        Assert.Equal(EditStatus.Invalid, skipped.Status);
        Assert.All(results, r => Assert.True(r.IsSaved, r.Message));
        Assert.Equal(RoundState.Published, (await editor.RoundAsync(Org, 2026))!.State);
        Assert.Equal(steps.Length + 1, (await editor.HistoryAsync(Org, "round")).Count);
    }

    [Fact]
    public async Task SetOutcome_TwentyWritersFromTheSameVersions_ExactlyOneWinsEachVersionAndHistoryHoldsEveryWin()
    {
        const int writers = 20;
        var pending = Enumerable.Range(1, writers).ToList();
        var winners = new List<(int Writer, int Version)>();
        while (pending.Count > 0)
        {
            var read = await VersionOf("2024");
            var attempts = await Task.WhenAll(pending.Select(async writer =>
            {
                await using var db = Database.Context();
                var result = await EditorOf(db).SetOutcomeAsync(new OutcomeChange(Org, Measure, "2024", 4m + (writer / 100m), read, $"writer-{writer}"));
                return (Writer: writer, Result: result);
            }));

            // Each round of writers started from the same version: exactly one of them may win it.
            var won = Assert.Single(attempts, a => a.Result.IsSaved);
            Assert.All(attempts.Where(a => a != won), a => Assert.Equal(EditStatus.Conflict, a.Result.Status));
            winners.Add((won.Writer, won.Result.Version!.Value));
            pending.Remove(won.Writer);
        }

        await using var reading = Database.Context();
        var history = (await EditorOf(reading).HistoryAsync(Org, "outcome", Editor.OutcomeKey(Measure, "2024"))).Reverse().ToList();
        Assert.Equal(winners.Select(w => $"writer-{w.Writer}"), history.Select(h => h.ChangedBy));
        Assert.Equal(Enumerable.Range(1, writers), winners.Select(w => w.Version));
        Assert.Equal(history.Skip(1).Select(h => h.OldValue), history.SkipLast(1).Select(h => h.NewValue));
    }

    [Fact]
    public async Task SetAssessment_OtherThanTheSuggestion_NeedsAMotivationAndIsKeptWithIt()
    {
        // The rule suggests Negativ for 30 → 26 procurements; the published final is Oförändrad.
        const string subject = "upphandlingar-forhojda-miljokrav";
        await using var db = Database.Context();
        var current = await db.Assessments.AsNoTracking().SingleAsync(a => a.SubjectId == subject && a.Year == 2025);

        var bare = await EditorOf(db).SetAssessmentAsync(new AssessmentChange(Org, subject, 2025, "positiv", null, current.Version, "strateg"));
        var motivated = await EditorOf(db).SetAssessmentAsync(new AssessmentChange(Org, subject, 2025, "positiv", "Nya krav i tre stora avtal", current.Version, "strateg"));

        Assert.Equal(EditStatus.Invalid, bare.Status);
        Assert.Contains("Negativ", bare.Message, StringComparison.Ordinal);
        Assert.Equal(EditStatus.Saved, motivated.Status);
        var change = Assert.Single(await EditorOf(db).HistoryAsync(Org, "assessment", $"{subject}/2025"));
        Assert.Equal(("oforandrad: " + current.Motivation, "positiv: Nya krav i tre stora avtal"), (change.OldValue, change.NewValue));
    }

    [Fact]
    public async Task SetAssessment_GradeNotOnTheScale_ListsTheGrades()
    {
        await using var db = Database.Context();

        var result = await EditorOf(db).SetAssessmentAsync(new AssessmentChange(Org, null, 2025, "gron", "x", null, "strateg"));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("Oförändrad", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetAssessmentAndSection_InAnApprovedRound_AreLocked()
    {
        await using var db = Database.Context();
        var editor = EditorOf(db);
        await editor.OpenRoundAsync(Org, 2025, "strateg");
        await editor.MoveRoundAsync(Org, 2025, RoundState.InReview, "strateg");
        await editor.MoveRoundAsync(Org, 2025, RoundState.Approved, "strateg");
        var section = await db.Sections.AsNoTracking().FirstAsync(s => s.Year == 2025);

        var assessment = await editor.SetAssessmentAsync(new AssessmentChange(Org, null, 2025, "positiv", "Bättre än väntat", 0, "strateg"));
        var text = await editor.SetSectionAsync(new SectionChange(Org, section.Id, section.Title, "Ny text.", section.Version, "strateg"));

        Assert.Equal((EditStatus.Locked, EditStatus.Locked), (assessment.Status, text.Status));
    }

    [Fact]
    public async Task SetSection_FromAnOlderVersion_IsAConflictWithTheCurrentText()
    {
        await using var db = Database.Context();
        var section = await db.Sections.AsNoTracking().FirstAsync();
        var editor = EditorOf(db);

        var first = await editor.SetSectionAsync(new SectionChange(Org, section.Id, section.Title, "Första versionen.", section.Version, "anna"));
        var second = await editor.SetSectionAsync(new SectionChange(Org, section.Id, section.Title, "Andra versionen.", section.Version, "bertil"));

        Assert.True(first.IsSaved);
        Assert.Equal(EditStatus.Conflict, second.Status);
        Assert.Equal("Första versionen.", second.Current);
        Assert.Single(await editor.HistoryAsync(Org, "section"));
    }

    [Fact]
    public async Task Import_OfTheSameOrganization_KeepsItsRoundsAndHistory()
    {
        await using (var db = Database.Context())
        {
            await EditorOf(db).OpenRoundAsync(Org, 2026, "strateg");
        }

        await using var writing = Database.Context();
        await new ModelStore(writing, TimeProvider.System).SaveAsync(ModelFileReader.Read(HallbarDatabase.DemoModelFile).Model!, "strateg");

        Assert.Equal(RoundState.Open, (await EditorOf(writing).RoundAsync(Org, 2026))!.State);
        var history = await EditorOf(writing).HistoryAsync(Org);
        Assert.Contains(history, c => c.Subject == "round");
        Assert.Equal(2, history.Count(c => c.Subject == "model"));
    }
}

public sealed class SqliteEditorTests() : EditorTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlEditorTests() : EditorTests(DatabaseProvider.PostgreSql);
