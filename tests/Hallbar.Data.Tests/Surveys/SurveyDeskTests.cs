using System.Text.Json.Nodes;
using Hallbar.Data.Editing;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Tests.Surveys;

/// <summary>The survey's stored side — defining, sending, answering, reopening — on SQLite and on PostgreSQL.</summary>
public abstract class SurveyDeskTests(DatabaseProvider provider) : DemoDatabaseTests(provider)
{
    private const string Id = "sjalvskattning-2026";
    private const string Unit = "folktandvarden";
    private const string OtherUnit = "serviceforvaltningen";
    private const string NotSentTo = "fastighetsforvaltningen";

    private static SurveyDesk Desk(HallbarDbContext db) => new(db, TimeProvider.System);

    private static Survey Survey2026(string firstStatement = "Ledningen känner till målen.", bool withRoles = true) => new(Id, 2026, "Självskattning 2026",
        [new("helt", "Stämmer helt"), new("inte", "Stämmer inte"), new("vet-ej", "Vet ej", isDontKnow: true)],
        [new("social", "Social hållbarhet", withRoles
            ? [new("kunskap", firstStatement), new("roller", "Rollerna är kända.")]
            : [new("kunskap", firstStatement)])],
        [new("styrkor", "Vilka styrkor ser förvaltningen?")])
    {
        SentTo = [Unit, OtherUnit],
    };

    private static ResponseChange Answer(int? readVersion, bool submit = false, string statement = "kunskap", string category = "helt", string question = "styrkor", string unit = Unit) =>
        new(Org, Id, unit, [new(statement, category)], [new(question, "Tydliga roller.")], submit, readVersion, "rapportor");

    private async Task<int> CreateSurveyAsync()
    {
        await using var db = Database.Context();
        var result = await Desk(db).SaveSurveyAsync(Org, Survey2026(), null, "admin");
        Assert.True(result.IsSaved, result.Message);
        return result.Version!.Value;
    }

    private async Task<EditResult> SaveAsync(ResponseChange change)
    {
        await using var db = Database.Context();
        return await Desk(db).SaveResponseAsync(change);
    }

    private async Task<SurveyState> ReadAsync(int year = 2026)
    {
        await using var db = Database.Context();
        return (await Desk(db).ReadAsync(Org, year))!;
    }

    private async Task<IReadOnlyList<Data.Rows.ChangeRow>> HistoryAsync(string subject, string? key = null)
    {
        await using var db = Database.Context();
        return await new Editor(db, TimeProvider.System).HistoryAsync(Org, subject, key);
    }

    [Fact]
    public async Task SaveResponse_DraftThenSubmit_IsSubmittedOnceAndASecondSubmitIsRefused()
    {
        await CreateSurveyAsync();

        var draft = await SaveAsync(Answer(null));
        var submitted = await SaveAsync(Answer(draft.Version, submit: true));
        var again = await SaveAsync(Answer(submitted.Version, submit: true, category: "inte"));

        Assert.True(draft.IsSaved, draft.Message);
        Assert.True(submitted.IsSaved, submitted.Message);
        Assert.Equal(EditStatus.Locked, again.Status);
        Assert.Contains("öppna", again.Message, StringComparison.Ordinal);
        var stored = (await ReadAsync()).ResponseOf(Unit)!;
        Assert.Equal((ResponseStatus.Submitted, "helt", "rapportor"), (stored.Response.Status, stored.Response.CategoryFor("kunskap"), stored.SubmittedBy));
        Assert.Equal(["Inskickat", "Utkast sparat"], (await HistoryAsync("survey-response", SurveyDesk.ResponseKey(Id, Unit))).Select(c => c.Reason));
    }

    [Fact]
    public async Task Reopen_ThenChangeAndSubmit_KeepsTheNewAnswerAndTheReason()
    {
        await CreateSurveyAsync();
        var submitted = await SaveAsync(Answer(null, submit: true));

        await using var db = Database.Context();
        var reopened = await Desk(db).ReopenAsync(Org, Id, Unit, "Fel förvaltning svarade", submitted.Version!.Value, "admin");
        var changed = await SaveAsync(Answer(reopened.Version, category: "inte"));
        var resubmitted = await SaveAsync(Answer(changed.Version, submit: true, category: "inte"));

        Assert.True(reopened.IsSaved, reopened.Message);
        Assert.True(resubmitted.IsSaved, resubmitted.Message);
        var stored = (await ReadAsync()).ResponseOf(Unit)!;
        Assert.Equal((ResponseStatus.Submitted, "inte"), (stored.Response.Status, stored.Response.CategoryFor("kunskap")));
        Assert.Equal(["Inskickat", "Utkast sparat", "Fel förvaltning svarade", "Inskickat"],
            (await HistoryAsync("survey-response", SurveyDesk.ResponseKey(Id, Unit))).Select(c => c.Reason));
    }

    [Fact]
    public async Task Reopen_ADraft_IsRefusedAndWritesNothing()
    {
        await CreateSurveyAsync();
        var draft = await SaveAsync(Answer(null));

        await using var db = Database.Context();
        var result = await Desk(db).ReopenAsync(Org, Id, Unit, "Ändra", draft.Version!.Value, "admin");

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Single(await HistoryAsync("survey-response"));
    }

    [Fact]
    public async Task SaveResponse_FromAnOlderVersion_IsAConflictShowingTheCurrentAnswerAndWritesNothing()
    {
        await CreateSurveyAsync();
        var draft = await SaveAsync(Answer(null));
        Assert.True((await SaveAsync(Answer(draft.Version, category: "inte"))).IsSaved);

        var stale = await SaveAsync(Answer(draft.Version, category: "vet-ej"));

        Assert.Equal(EditStatus.Conflict, stale.Status);
        Assert.Equal(draft.Version + 1, stale.CurrentVersion);
        Assert.Contains("\"kunskap\":\"inte\"", stale.Current, StringComparison.Ordinal);
        Assert.Equal("inte", (await ReadAsync()).ResponseOf(Unit)!.Response.CategoryFor("kunskap"));
        Assert.Equal(2, (await HistoryAsync("survey-response")).Count);
    }

    [Fact]
    public async Task SaveResponse_FirstAnswerOfAUnitThatAlreadyAnswered_IsAConflict()
    {
        // Two reporters of the unit open the empty survey; the second to save must not overwrite the first.
        await CreateSurveyAsync();
        Assert.True((await SaveAsync(Answer(null))).IsSaved);

        var second = await SaveAsync(Answer(null, category: "inte"));

        Assert.Equal(EditStatus.Conflict, second.Status);
        Assert.Equal(1, second.CurrentVersion);
    }

    [Fact]
    public async Task SaveResponse_UnitTheSurveyWasNotSentTo_IsRefusedAndWritesNothing()
    {
        await CreateSurveyAsync();

        var result = await SaveAsync(Answer(null, unit: NotSentTo));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("Fastighetsförvaltningen", result.Message, StringComparison.Ordinal);
        Assert.Null((await ReadAsync()).ResponseOf(NotSentTo));
        Assert.Empty(await HistoryAsync("survey-response"));
    }

    [Fact]
    public async Task SaveResponse_InALockedRound_IsRefusedAndWritesNothing()
    {
        await CreateSurveyAsync();
        var draft = await SaveAsync(Answer(null));
        await Database.LockRoundAsync(Org, 2026);

        var result = await SaveAsync(Answer(draft.Version, submit: true));

        Assert.Equal(EditStatus.Locked, result.Status);
        Assert.Contains("2026", result.Message, StringComparison.Ordinal);
        Assert.Equal(ResponseStatus.Draft, (await ReadAsync()).ResponseOf(Unit)!.Response.Status);
        Assert.Single(await HistoryAsync("survey-response"));
    }

    [Theory]
    // A statement the survey lacks would be lost from every result.
    [InlineData("rollen", "helt", "styrkor", "rollen")]
    // A category outside the scale has no place in the chart.
    [InlineData("kunskap", "kanske", "styrkor", "kanske")]
    [InlineData("kunskap", "helt", "svagheter", "svagheter")]
    public async Task SaveResponse_UnknownId_IsRefusedNamingTheId(string statement, string category, string question, string named)
    {
        await CreateSurveyAsync();

        var result = await SaveAsync(Answer(null, statement: statement, category: category, question: question));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains($"'{named}'", result.Message, StringComparison.Ordinal);
        Assert.Empty(await HistoryAsync("survey-response"));
    }

    [Fact]
    public async Task SaveSurvey_RemovingAnAnsweredStatement_IsRefusedNamingIt()
    {
        var version = await CreateSurveyAsync();
        Assert.True((await SaveAsync(Answer(null, statement: "roller"))).IsSaved);

        await using var db = Database.Context();
        var result = await Desk(db).SaveSurveyAsync(Org, Survey2026(withRoles: false), version, "admin");

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("'roller'", result.Message, StringComparison.Ordinal);
        Assert.Contains("Folktandvården", result.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await ReadAsync()).Survey.Statements.Count());
        Assert.Single(await HistoryAsync("survey"));
    }

    [Fact]
    public async Task SaveSurvey_RewordingAnAnsweredStatement_IsSavedWithANewVersionAndItsHistory()
    {
        var version = await CreateSurveyAsync();
        Assert.True((await SaveAsync(Answer(null))).IsSaved);

        await using var db = Database.Context();
        var result = await Desk(db).SaveSurveyAsync(Org, Survey2026("Ledningen känner väl till målen."), version, "admin");
        var stale = await Desk(db).SaveSurveyAsync(Org, Survey2026("Något annat."), version, "annan");

        Assert.True(result.IsSaved, result.Message);
        Assert.Equal(EditStatus.Conflict, stale.Status);
        Assert.Equal(result.Version, stale.CurrentVersion);
        var state = await ReadAsync();
        Assert.Equal(("Ledningen känner väl till målen.", result.Version), (state.Survey.Statement("kunskap")!.Text, state.DefinitionVersion));
        Assert.Equal([Unit, OtherUnit], state.Survey.SentTo);
        var changes = await HistoryAsync("survey", Id);
        Assert.Equal(2, changes.Count);
        Assert.Contains("känner väl till", changes[0].NewValue, StringComparison.Ordinal);
        Assert.Null(changes[1].OldValue);
    }

    [Fact]
    public async Task SaveSurvey_OfALockedRoundsYear_IsRefused()
    {
        var version = await CreateSurveyAsync();
        await Database.LockRoundAsync(Org, 2026);

        await using var db = Database.Context();
        var result = await Desk(db).SaveSurveyAsync(Org, Survey2026("Omformulerat."), version, "admin");

        Assert.Equal(EditStatus.Locked, result.Status);
        Assert.Single(await HistoryAsync("survey"));
    }

    [Fact]
    public async Task SaveSurvey_ASecondSurveyForTheSameYear_IsRefused()
    {
        await CreateSurveyAsync();
        var second = new Survey("annan-2026", 2026, "En till", Survey2026().Scale, Survey2026().Themes, []);

        await using var db = Database.Context();
        var result = await Desk(db).SaveSurveyAsync(Org, second, null, "admin");

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("2026", result.Message, StringComparison.Ordinal);
        Assert.Equal([Id, "sjalvskattning-social-2025"], (await Desk(db).ListAsync(Org)).Select(s => s.Id));
    }

    [Fact]
    public async Task SaveSurvey_DroppingTheThemeTheBarnbokslutReports_IsRefused()
    {
        var survey = (await ReadAsync(2025)).Survey;
        var withoutChildRights = new Survey(survey.Id, survey.Year, survey.Title, survey.Scale, [survey.Themes[0]], survey.Questions);

        await using var db = Database.Context();
        var result = await Desk(db).SaveSurveyAsync(Org, withoutChildRights, (await ReadAsync(2025)).DefinitionVersion, "admin");

        // Stored, it would make the organization's model unreadable.
        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("Barnbokslutet 2025", result.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await ReadAsync(2025)).Survey.Themes.Count);
    }

    [Fact]
    public async Task Send_ToMoreUnits_AddsThemAndAUnitTheOrganizationLacksIsRefused()
    {
        await CreateSurveyAsync();

        await using var db = Database.Context();
        var unknown = await Desk(db).SendAsync(Org, Id, [NotSentTo, "finns-inte"], "admin");
        var sent = await Desk(db).SendAsync(Org, Id, [Unit, NotSentTo], "admin");

        Assert.Equal(EditStatus.Invalid, unknown.Status);
        Assert.Contains("'finns-inte'", unknown.Message, StringComparison.Ordinal);
        Assert.True(sent.IsSaved, sent.Message);
        Assert.Equal([Unit, OtherUnit, NotSentTo], (await ReadAsync()).Survey.SentTo);
        Assert.Equal(2, (await HistoryAsync("survey", Id)).Count);
        Assert.True((await SaveAsync(Answer(null, unit: NotSentTo))).IsSaved);
    }

    [Fact]
    public async Task Withdraw_AUnitWithADraft_TakesItOutOfTheSurveyWithItsDraftKeptInTheHistory()
    {
        await CreateSurveyAsync();
        var draft = await SaveAsync(Answer(null));

        await using var db = Database.Context();
        var withdrawn = await Desk(db).WithdrawAsync(Org, Id, Unit, draft.Version, "admin");

        Assert.True(withdrawn.IsSaved, withdrawn.Message);
        var state = await ReadAsync();
        Assert.Equal([OtherUnit], state.Survey.SentTo);
        Assert.Null(state.ResponseOf(Unit));
        var removed = Assert.Single(await HistoryAsync("survey-response", SurveyDesk.ResponseKey(Id, Unit)), c => c.NewValue is null);
        Assert.Contains("helt", removed.OldValue, StringComparison.Ordinal);
        Assert.Equal(EditStatus.Invalid, (await SaveAsync(Answer(null))).Status);
        Assert.True(await new ModelStore(db, TimeProvider.System).LoadAsync(Org) is not null);
    }

    [Fact]
    public async Task Withdraw_ASubmittedAnswerOrADraftSavedSinceItWasRead_IsRefusedAndWritesNothing()
    {
        await CreateSurveyAsync();
        var draft = await SaveAsync(Answer(null));
        await SaveAsync(Answer(null, unit: OtherUnit, submit: true));
        var history = (await HistoryAsync("survey", Id)).Count;

        await using var db = Database.Context();
        var stale = await Desk(db).WithdrawAsync(Org, Id, Unit, readVersion: null, "admin");
        var submitted = await Desk(db).WithdrawAsync(Org, Id, OtherUnit, readVersion: 1, "admin");
        var notSent = await Desk(db).WithdrawAsync(Org, Id, NotSentTo, readVersion: null, "admin");

        Assert.Equal((EditStatus.Conflict, draft.Version), (stale.Status, stale.CurrentVersion));
        Assert.Equal(EditStatus.Invalid, submitted.Status);
        Assert.Contains("Öppna svaren igen", submitted.Message, StringComparison.Ordinal);
        Assert.Equal(EditStatus.Invalid, notSent.Status);
        var state = await ReadAsync();
        Assert.Equal([Unit, OtherUnit], state.Survey.SentTo);
        Assert.NotNull(state.ResponseOf(Unit));
        Assert.Equal(history, (await HistoryAsync("survey", Id)).Count);
    }

    [Fact]
    public async Task Withdraw_InALockedRound_IsRefused()
    {
        await CreateSurveyAsync();
        await Database.LockRoundAsync(Org, 2026);

        await using var db = Database.Context();
        var withdrawn = await Desk(db).WithdrawAsync(Org, Id, Unit, readVersion: null, "admin");

        Assert.Equal(EditStatus.Locked, withdrawn.Status);
        Assert.Equal([Unit, OtherUnit], (await ReadAsync()).Survey.SentTo);
    }

    [Fact]
    public async Task Results_OfTheStoredModel_CountOnlySubmittedResponses()
    {
        // The demo's seven förvaltningar submitted; one reopened is a draft again and leaves Bilaga 1.
        var demo = await ReadAsync(2025);
        Assert.Equal(7, demo.Responses.Count(r => r.Response.Status == ResponseStatus.Submitted));
        await using (var db = Database.Context())
        {
            var reopened = await Desk(db).ReopenAsync(Org, demo.Survey.Id, Unit, "Kompletteras", demo.ResponseOf(Unit)!.Version, "admin");
            Assert.True(reopened.IsSaved, reopened.Message);
        }

        await using var reading = Database.Context();
        var model = (await new ModelStore(reading, TimeProvider.System).LoadAsync(Org))!;

        Assert.Equal(demo.Survey.SentTo, model.Surveys.Single(s => s.Year == 2025).SentTo);
        Assert.Equal(7, model.SurveyResponses.Count(r => r.SurveyId == demo.Survey.Id));
        Assert.Equal(6, model.SurveyResultFor(2025)!.Submitted);
    }

    [Fact]
    public async Task Export_AfterAnswering_ReadsBackAndImportsToTheSameModel()
    {
        await CreateSurveyAsync();
        var draft = await SaveAsync(Answer(null));
        Assert.True((await SaveAsync(Answer(draft.Version, submit: true))).IsSaved);
        Assert.True((await SaveAsync(Answer(null, unit: OtherUnit, category: "vet-ej"))).IsSaved);

        string exported;
        await using (var db = Database.Context())
        {
            exported = ModelFileWriter.Write((await new ModelStore(db, TimeProvider.System).LoadAsync(Org))!);
        }

        var read = ModelFileReader.Read(exported);
        Assert.Empty(read.Errors);
        await using var writing = Database.Context();
        var store = new ModelStore(writing, TimeProvider.System);
        await store.SaveAsync(read.Model!, "admin");

        Assert.Equal(exported, ModelFileWriter.Write((await store.LoadAsync(Org))!));
        // Unchanged by the import: the submitted answer keeps its version and who submitted it.
        var stored = (await ReadAsync()).ResponseOf(Unit)!;
        Assert.Equal((2, "rapportor"), (stored.Version, stored.SubmittedBy));
    }

    [Fact]
    public async Task Read_ADefinitionStoredWithItsResponses_StillGivesThemAndTheyCanBeReopened()
    {
        // Before the responses had rows of their own, the definition held them.
        await using (var db = Database.Context())
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == Org);
            var definition = JsonNode.Parse(organization.Definition)!;
            definition["surveyResponses"] = JsonNode.Parse(HallbarDatabase.DemoModelFile)!["surveyResponses"]!.DeepClone();
            organization.Definition = definition.ToJsonString();
            await db.SaveChangesAsync();
            await db.SurveyResponses.ExecuteDeleteAsync();
        }

        await using (var reading = Database.Context())
        {
            var loaded = (await new ModelStore(reading, TimeProvider.System).LoadAsync(Org))!;
            Assert.Equal(ModelFileWriter.Write(ModelFileReader.Read(HallbarDatabase.DemoModelFile).Model!), ModelFileWriter.Write(loaded));
        }

        var state = await ReadAsync(2025);
        await using var db2 = Database.Context();
        var reopened = await Desk(db2).ReopenAsync(Org, state.Survey.Id, Unit, "Kompletteras", state.ResponseOf(Unit)!.Version, "admin");

        Assert.True(reopened.IsSaved, reopened.Message);
        var after = await ReadAsync(2025);
        Assert.Equal(7, after.Responses.Count);
        Assert.Equal(ResponseStatus.Draft, after.ResponseOf(Unit)!.Response.Status);
    }

}

public sealed class SqliteSurveyDeskTests() : SurveyDeskTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlSurveyDeskTests() : SurveyDeskTests(DatabaseProvider.PostgreSql);
