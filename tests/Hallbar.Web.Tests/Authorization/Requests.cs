using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Surveys;
using Hallbar.Data.Transfer;
using Hallbar.Domain.Rounds;
using Hallbar.ModelFile;
using Hallbar.Web.Tests.Entry;
using Microsoft.EntityFrameworkCore;
using static Hallbar.Web.Tests.Authorization.MatrixFactory;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>
/// The bodies of the matrix's writes: each one a change that the role allowed to make it sees saved,
/// made from the database as it is when sent (the version read, a year without a round), so that
/// every row works in any order and a second allowed role changes it again rather than conflicting.
/// </summary>
internal static partial class Requests
{
    private static int _sent = 100;

    /// <summary>A figure or word not sent before, so that every write changes something.</summary>
    private static int Fresh() => Interlocked.Increment(ref _sent);

    /// <summary>The sign-in form with an account that does not exist: it is shown again, and no one's account gets a failed try.</summary>
    public static Task<HttpContent> SignInUnknown(Caller caller) =>
        Task.FromResult(caller.Form(new() { ["Email"] = "ingen@hallbar.demo", ["Password"] = "inte-ett-lösenord" }));

    public static Task<HttpContent> SignInExternal(Caller caller) => Task.FromResult(caller.Form(new() { ["scheme"] = "oidc" }));

    /// <summary>A form of only a button: signing out, confirming a step.</summary>
    public static Task<HttpContent> NoFields(Caller caller) => Task.FromResult(caller.Form([]));

    /// <summary>The data entry form of the matrix's measure, its value of 2026 changed.</summary>
    public static async Task<HttpContent> EntryValue(Caller caller)
    {
        var current = await Demo.OutcomeAsync(caller.App, Measure, "2026");
        return caller.Form(new()
        {
            ["Input.MeasureId"] = Measure,
            ["Input.Lines[0].Period"] = "2026",
            ["Input.Lines[0].SeriesId"] = string.Empty,
            ["Input.Lines[0].OrgUnitId"] = string.Empty,
            ["Input.Lines[0].Version"] = current?.Version.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["Input.Lines[0].Value"] = Fresh().ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The review form: the measure's final assessment of 2026 with a new motivation.</summary>
    public static async Task<HttpContent> ReviewAssessment(Caller caller) => caller.Form(new()
    {
        ["Input.SubjectId"] = Measure,
        ["Input.GradeId"] = "negativ",
        ["Input.Motivation"] = $"Matrisens motivering {Fresh()}",
        ["Input.ReadVersion"] = (await AssessmentVersionAsync(caller.App))?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    });

    public static async Task<HttpContent> SectionText(Caller caller) => caller.Form(new()
    {
        ["Title"] = "Matrisens text",
        ["Markdown"] = $"Text {Fresh()}.",
        ["ReadVersion"] = (await caller.App.WithDbAsync(db => db.Sections.Where(s => s.OrganizationId == Org && s.Id == Section).Select(s => s.Version).SingleAsync()))
            .ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>A new text last in the open year, from the year's order read now.</summary>
    public static async Task<HttpContent> SectionAdd(Caller caller) => caller.Form(new()
    {
        ["NewTitle"] = $"Matrisens nya text {Fresh()}",
        ["ReadOrder"] = (await SectionsAsync(caller.App)).Order,
    });

    /// <summary>The open year's last text moved up.</summary>
    public static async Task<HttpContent> SectionMove(Caller caller)
    {
        var sections = await SectionsAsync(caller.App);
        return caller.Form(new() { ["id"] = sections.Sections[^1].Id, ["direction"] = "upp", ["ReadOrder"] = sections.Order });
    }

    /// <summary>The confirmation of removing the open year's text to remove, from its version read now (once removed, the version it had).</summary>
    public static async Task<HttpContent> SectionRemove(Caller caller) => caller.Form(new()
    {
        ["ReadVersion"] = (await caller.App.WithDbAsync(db => db.Sections.Where(s => s.OrganizationId == Org && s.Id == RemovedSection).Select(s => s.Version).SingleOrDefaultAsync()))
            .ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>The open year's survey as its definition form sends it, with a new title.</summary>
    public static async Task<HttpContent> SurveyDefinition(Caller caller)
    {
        var state = (await caller.App.WithDbAsync(db => new SurveyDesk(db, TimeProvider.System).ReadAsync(Org, OpenYear)))!;
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = $"Matrisens enkät {Fresh()}",
            ["Input.ReadVersion"] = state.DefinitionVersion.ToString(CultureInfo.InvariantCulture),
            ["Input.DontKnow"] = "-1",
        };
        void Row(string name, string id, string text)
        {
            fields[$"{name}.Id"] = id;
            fields[$"{name}.Text"] = text;
        }

        foreach (var (category, i) in state.Survey.Scale.Select((c, i) => (c, i)))
        {
            Row($"Input.Scale[{i}]", category.Id, category.Label);
        }

        foreach (var (theme, t) in state.Survey.Themes.Select((x, i) => (x, i)))
        {
            Row($"Input.Themes[{t}]", theme.Id, theme.Name);
            foreach (var (statement, s) in theme.Statements.Select((x, i) => (x, i)))
            {
                Row($"Input.Themes[{t}].Statements[{s}]", statement.Id, statement.Text);
            }
        }

        foreach (var (question, q) in state.Survey.Questions.Select((x, i) => (x, i)))
        {
            Row($"Input.Questions[{q}]", question.Id, question.Text);
        }

        return caller.Form(fields);
    }

    /// <summary>A new highlight of the open year, from the version of its highlights read now.</summary>
    public static async Task<HttpContent> Highlight(Caller caller) => caller.Form(new()
    {
        ["Input.ReadVersion"] = (await HighlightsAsync(caller.App)).Version.ToString(CultureInfo.InvariantCulture),
        ["Input.Title"] = $"Matrisens höjdpunkt {Fresh()}",
        ["Input.Markdown"] = "Text.",
    });

    /// <summary>The open year's last highlight moved first.</summary>
    public static async Task<HttpContent> HighlightMove(Caller caller)
    {
        var state = await HighlightsAsync(caller.App);
        return caller.Form(new() { ["id"] = state.Highlights[^1].Id, ["position"] = "1", ["readVersion"] = state.Version.ToString(CultureInfo.InvariantCulture) });
    }

    /// <summary>The open year's barnbokslut with new numbers of pilots.</summary>
    public static async Task<HttpContent> ChildRights(Caller caller)
    {
        var trained = Fresh();
        return caller.Form(new()
        {
            ["Facts.ReadVersion"] = (await HighlightsAsync(caller.App)).ChildRightsVersion.ToString(CultureInfo.InvariantCulture),
            ["Facts.PilotsTrained"] = trained.ToString(CultureInfo.InvariantCulture),
            ["Facts.PilotsInTotal"] = (trained + 1000).ToString(CultureInfo.InvariantCulture),
        });
    }

    public static async Task<HttpContent> OpenRound(Caller caller) =>
        caller.Form(new() { ["NewYear"] = (await FreeYearAsync(caller.App)).ToString(CultureInfo.InvariantCulture) });

    /// <summary>The moving round to review when it is open, back to open when it is in review: a step the rounds page takes without confirmation.</summary>
    public static async Task<HttpContent> MoveRound(Caller caller) => caller.Form(new()
    {
        ["year"] = MovingYear.ToString(CultureInfo.InvariantCulture),
        ["to"] = (await MovingStepAsync(caller.App)).ToString(),
    });

    public static async Task<HttpContent> PreviewOutcomes(Caller caller) => caller.Upload("mall.csv", await FilledTemplateAsync(caller.App));

    public static async Task<HttpContent> ImportOutcomes(Caller caller)
    {
        var file = await FilledTemplateAsync(caller.App);
        return caller.Upload("mall.csv", file, new() { ["fingerprint"] = Fingerprint(file) });
    }

    public static async Task<HttpContent> PreviewModel(Caller caller) => caller.Upload($"{Org}.json", await ModelFileAsync(caller.App));

    public static async Task<HttpContent> ImportModel(Caller caller)
    {
        var file = await ModelFileAsync(caller.App);
        return caller.Upload($"{Org}.json", file, new() { ["fingerprint"] = Fingerprint(file) });
    }

    /// <summary>The unit's answer to the open year's survey with a new free text, from the version saved now: saved as a draft, or on to submitting.</summary>
    public static async Task<HttpContent> SurveyAnswer(Caller caller)
    {
        var stored = (await caller.App.SurveyAsync(OpenYear)).ResponseOf(SurveyUnit);
        return caller.Form(new()
        {
            ["Input.Answers[ledningens-kunskap]"] = "delvis",
            ["Input.Texts[styrkor]"] = $"Matrisens svar {Fresh()}",
            ["Input.ReadVersion"] = stored?.Version.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        });
    }

    /// <summary>Submitting the unit's draft of <see cref="MatrixFactory.SubmitYear"/> at the version saved now.</summary>
    public static async Task<HttpContent> SurveySubmit(Caller caller) => caller.Form(new()
    {
        ["ReadVersion"] = (await caller.App.SurveyAsync(SubmitYear)).ResponseOf(SurveyUnit)!.Version.ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>Reopening the unit's submitted answer of <see cref="MatrixFactory.ReopenYear"/>, with a reason.</summary>
    public static async Task<HttpContent> SurveyReopen(Caller caller) => caller.Form(new()
    {
        ["Reason"] = $"Matrisens skäl {Fresh()}",
        ["ReadVersion"] = (await caller.App.SurveyAsync(ReopenYear)).ResponseOf(SurveyUnit)!.Version.ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>Sending the open year's survey to a unit it has not been sent to.</summary>
    public static async Task<HttpContent> SurveySend(Caller caller)
    {
        var sent = (await caller.App.SurveyAsync(OpenYear)).Survey.SentTo;
        var unit = await caller.App.WithDbAsync(db => db.OrgUnits.Where(u => u.OrganizationId == Org && !sent.Contains(u.Id)).Select(u => u.Id).FirstAsync());
        return caller.Form(new() { ["SendTo[0]"] = unit });
    }

    /// <summary>A token is asked for with one's own account; the public, with the reader's.</summary>
    public static Task<HttpContent> Token(Caller caller) =>
        Task.FromResult(Caller.Json(new { email = Email(caller.Role) ?? Email(Role.Reader), password = "Hallbar-demo-2025" }));

    public static async Task<HttpContent> OutcomeJson(Caller caller) =>
        Caller.Json(new { value = Fresh(), version = (await Demo.OutcomeAsync(caller.App, Measure, "2026"))?.Version });

    public static async Task<HttpContent> AssessmentJson(Caller caller) =>
        Caller.Json(new { grade = "negativ", motivation = $"Matrisens motivering {Fresh()}", version = await AssessmentVersionAsync(caller.App) });

    public static async Task<HttpContent> RoundJson(Caller caller) => Caller.Json(new { year = await FreeYearAsync(caller.App) });

    public static async Task<HttpContent> RoundStateJson(Caller caller) =>
        Caller.Json(new { state = await MovingStepAsync(caller.App) == RoundState.Open ? "open" : "inReview" });

    private static async Task<YearSections> SectionsAsync(MatrixFactory app) =>
        (await app.WithDbAsync(db => new SectionDesk(db, TimeProvider.System).ReadAsync(Org, OpenYear)))!;

    private static async Task<YearHighlights> HighlightsAsync(MatrixFactory app) =>
        (await app.WithDbAsync(db => new HighlightDesk(db, TimeProvider.System).ReadAsync(Org, OpenYear)))!;

    private static Task<int?> AssessmentVersionAsync(MatrixFactory app) => app.WithDbAsync(db => db.Assessments
        .Where(a => a.OrganizationId == Org && a.SubjectId == Measure && a.Year == OpenYear && a.ScaleId == string.Empty)
        .Select(a => (int?)a.Version).SingleOrDefaultAsync());

    /// <summary>The year after the newest round, which has none.</summary>
    private static Task<int> FreeYearAsync(MatrixFactory app) =>
        app.WithDbAsync(async db => await db.Rounds.Where(r => r.OrganizationId == Org).MaxAsync(r => r.Year) + 1);

    private static Task<RoundState> MovingStepAsync(MatrixFactory app) => app.WithDbAsync(async db =>
        await db.Rounds.Where(r => r.OrganizationId == Org && r.Year == MovingYear).Select(r => r.State).SingleAsync() == nameof(RoundState.Open)
            ? RoundState.InReview
            : RoundState.Open);

    /// <summary>The organization's 2026 template with a new value for the measure.</summary>
    private static Task<byte[]> FilledTemplateAsync(MatrixFactory app) => app.WithDbAsync(async db =>
    {
        var table = (await new OutcomeTransfer(db, TimeProvider.System).TemplateAsync(Org, OpenYear))!;
        var column = table.Header.ToList().IndexOf(OutcomeTable.ValueColumn);
        var value = Fresh().ToString(CultureInfo.InvariantCulture);
        var filled = table with
        {
            Rows = [.. table.Rows.Select(r => r.Cells[0] == Measure && r.Cells[3] == "2026" && r.Cells[4].Length == 0 && r.Cells[5].Length == 0 ? r with { Cells = [.. r.Cells.Select((c, i) => i == column ? value : c)] } : r)],
        };
        using var stream = new MemoryStream();
        CsvTable.Write(filled, stream);
        return stream.ToArray();
    });

    /// <summary>The organization's model file as it is now, which imports as a change of the whole model.</summary>
    private static Task<byte[]> ModelFileAsync(MatrixFactory app) => app.WithDbAsync(async db =>
        Encoding.UTF8.GetBytes(ModelFileWriter.Write((await new ModelStore(db, TimeProvider.System).LoadAsync(Org))!)));

    /// <summary>The fingerprint the import page gives a previewed file, which the confirmation sends back.</summary>
    private static string Fingerprint(byte[] file) => Convert.ToHexStringLower(SHA256.HashData(file));
}
