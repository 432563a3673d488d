using Hallbar.Data;
using Hallbar.Data.Accounts;
using Hallbar.Data.Editing;
using Hallbar.Data.Transfer;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Entry;

/// <summary>
/// Data entry (inmatning): a reporter fills in the values of their units' measures in the open
/// round, one form per measure; an admin sees every measure, may look as one unit does, and may
/// restate a value of an approved round with a reason.
/// </summary>
/// <remarks>
/// One form per measure, not one for the page: without script a form sends only itself, so each
/// save is small and stands alone — its validation messages, a conflict and the choice that
/// follows concern one measure and are shown beside it, a stale version of one value never holds
/// back the others, and after a save the page is read again, so every other form carries fresh versions.
/// </remarks>
[Authorize(Policy = Accounts.ReporterPolicy)]
public sealed class IndexModel(HallbarDbContext db, ModelCache cache, TimeProvider time) : PageModel
{
    public CachedModel Organization { get; private set; } = null!;

    /// <summary>The rounds this person may open on the page, newest first.</summary>
    public IReadOnlyList<ReportingRound> Rounds { get; private set; } = [];

    public ReportingRound? Round { get; private set; }

    public int? Year { get; private set; }

    public bool IsAdmin { get; private set; }

    /// <summary>The unit an admin chose to look as; null for all measures.</summary>
    public string? Unit { get; private set; }

    public IReadOnlyList<EntryMeasure> Measures { get; private set; } = [];

    /// <summary>Values can be saved: the round is open or in review, or it is approved and an admin restates.</summary>
    public bool Editable => Round is not null && (!Round.IsLocked || IsAdmin);

    [BindProperty]
    public MeasureInput Input { get; set; } = new();

    [TempData]
    public string? Saved { get; set; }

    /// <summary>The measure whose refused form is shown as it was sent, with its messages.</summary>
    public string? Refused { get; private set; }

    /// <summary>Why the refused form was not saved, said above it.</summary>
    public string? Problem { get; private set; }

    /// <summary>The refused form's lines as sent, by their place in the measure's lines.</summary>
    public Dictionary<int, LineInput> Sent { get; } = [];

    /// <summary>Messages by field ("0.Value", "Reason") of the refused form.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, ConflictView> Conflicts { get; } = [];

    public async Task<IActionResult> OnGetAsync(string org, int? year, string? unit, CancellationToken cancellationToken) =>
        await LoadAsync(org, year, unit, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string org, int? year, string? unit, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        if (await LoadAsync(org, year, unit, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        // Only the values this page offers this person may be written: anything else was made by hand.
        var measure = Measures.FirstOrDefault(m => m.Measure.Id == Input.MeasureId);
        if (!Editable || measure is null || Input.Lines.Count == 0
            || Input.Lines.Any(sent => measure.Lines.Count(line => line.Matches(sent)) != 1)
            || measure.Lines.Any(line => Input.Lines.Count(line.Matches) > 1))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Refused = measure.Measure.Id;
        for (var i = 0; i < measure.Lines.Count; i++)
        {
            if (Input.Lines.FirstOrDefault(measure.Lines[i].Matches) is { } sent)
            {
                Sent[i] = sent;
            }
        }

        var changes = Sent.Select(s => (Index: s.Key, Change: Change(measure, s.Key, s.Value))).Where(c => c.Change is not null).ToList();
        CheckComposite(measure);
        if (Errors.Count > 0)
        {
            Problem = Ui.T($"Inget sparades för ”{measure.Measure.Name}”: rätta det som står vid fälten.", $"Nothing was saved for “{measure.Measure.Name}”: correct what is said at the fields.");
            return Page();
        }

        if (changes.Count == 0)
        {
            Problem = Ui.T($"Inget är ändrat i ”{measure.Measure.Name}”; inget behövde sparas.", $"Nothing is changed in “{measure.Measure.Name}”; there was nothing to save.");
            return Page();
        }

        var editor = new Editor(db, time);
        var (refused, broken, saved) = await WriteAsync(editor, changes.Select(c => (c.Index, c.Change!)).ToList(), cancellationToken);
        if (saved is not null)
        {
            Saved = $"{measure.Measure.Name}: {Ui.Of(saved)}";
            return RedirectToPage(null, null, new { org, year = Year, unit = Unit }, "matetal-" + measure.Measure.Id);
        }

        Problem = Ui.T($"Inget sparades för ”{measure.Measure.Name}”.", $"Nothing was saved for “{measure.Measure.Name}”.");
        if (broken is not null)
        {
            Problem += " " + Ui.T("Med de här värdena hänger utfallen inte ihop: ", "With these values the outcomes do not hold together: ") + broken;
        }

        foreach (var (index, change, result) in refused)
        {
            await ExplainAsync(editor, measure, index, change, result, cancellationToken);
        }

        return Page();
    }

    /// <summary>The form field that holds the value of a line: the figure, or the text of a qualitative measure.</summary>
    public static string Field(int index, Measure measure) =>
        $"{index}.{(measure?.Kind == MeasureKind.Qualitative ? nameof(LineInput.Text) : nameof(LineInput.Value))}";

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    public string LineLabel(EntryMeasure entry, EntryLine line) => EntryScope.Label(Organization.Model.Organization, entry, line);

    /// <summary>The change a sent line asks for; null when it asks for none or is wrong (then with a message at its field).</summary>
    private OutcomeChange? Change(EntryMeasure measure, int index, LineInput sent)
    {
        var line = measure.Lines[index];
        var qualitative = measure.Measure.Kind == MeasureKind.Qualitative;
        var field = Field(index, measure.Measure);
        var (text, missing, source, comment) = (qualitative ? Clean(sent.Text) : null, Clean(sent.Missing), Clean(sent.Source), Clean(sent.Comment));
        decimal? value = null;
        if (!qualitative && Clean(sent.Value) is { } typed)
        {
            value = OutcomeTransfer.ParseNumber(typed);
            if (value is null)
            {
                Errors[field] = Ui.T("Värdet måste vara ett tal, till exempel 84,5.", "The value must be a number, for example 84.5.");
                return null;
            }
        }

        var given = value is not null || text is not null;
        if (given && missing is not null)
        {
            Errors[$"{index}.{nameof(LineInput.Missing)}"] = Ui.T("Ange antingen ett värde eller varför det saknas, inte båda.", "Give either a value or why it is missing, not both.");
            return null;
        }

        if (!given && missing is null)
        {
            if (line.IsSaved)
            {
                Errors[field] = Ui.T("Ett sparat värde kan inte tömmas. Ange ett nytt värde, eller varför värdet saknas.", "A saved value cannot be emptied. Give a new value, or why the value is missing.");
            }
            else if (source is not null || comment is not null)
            {
                Errors[field] = Ui.T("Ange värdet som källan och kommentaren hör till, eller varför det saknas.", "Give the value the source and comment belong to, or why it is missing.");
            }

            return null;
        }

        if (line.Value == value && line.Text == text && line.Missing == missing && line.Source == source && line.Comment == comment)
        {
            return null;
        }

        return new OutcomeChange(Organization.Model.Organization.Id, line.MeasureId, line.Period, value, sent.Version, Person.Of(User), text, missing,
            NullIfEmpty(line.SeriesId), NullIfEmpty(line.OrgUnitId), source, comment, IsAdmin ? Clean(Input.Reason) : null);
    }

    /// <summary>
    /// Writes a measure's changes whole or not at all: what the editor refused, or why the whole would
    /// not hold together, or the last result when everything was saved and committed.
    /// </summary>
    private async Task<(List<(int Index, OutcomeChange Change, EditResult Result)> Refused, string? Broken, EditResult? Saved)> WriteAsync(
        Editor editor, List<(int Index, OutcomeChange Change)> changes, CancellationToken cancellationToken)
    {
        var refused = new List<(int Index, OutcomeChange Change, EditResult Result)>();
        EditResult? saved = null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (index, change) in changes)
        {
            var result = await editor.SetOutcomeAsync(change, cancellationToken);
            if (result.IsSaved)
            {
                saved = result;
            }
            else
            {
                refused.Add((index, change, result));
            }
        }

        var broken = refused.Count == 0 ? await BreaksTheWholeAsync(cancellationToken) : null;
        if (refused.Count == 0 && broken is null)
        {
            await transaction.CommitAsync(cancellationToken);
            return (refused, null, saved);
        }

        await transaction.RollbackAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (refused, broken, null);
    }

    /// <summary>Says at the form why the editor refused a line; a conflict shows both values and lets the form save over the one saved now.</summary>
    private async Task ExplainAsync(Editor editor, EntryMeasure measure, int index, OutcomeChange change, EditResult result, CancellationToken cancellationToken)
    {
        var line = measure.Lines[index];
        switch (result.Status)
        {
            case EditStatus.Conflict:
                var organization = Organization.Model.Organization.Id;
                var (current, _) = await editor.ReadOutcomeAsync(organization, line.MeasureId, line.Period, line.SeriesId, line.OrgUnitId, cancellationToken);
                var history = await editor.HistoryAsync(organization, "outcome", Editor.OutcomeKey(line.MeasureId, line.Period, line.SeriesId, line.OrgUnitId), cancellationToken);
                Conflicts[index] = new ConflictView(Ui.Of(result), EntryLine.Describe(change.Value, change.Text, change.MissingReason, line.Unit),
                    current is null ? null : EntryLine.Describe(current.Value, current.Text, current.MissingReason, line.Unit), history.Count > 0 ? history[0] : null);
                // Sending the form again saves this value over the one saved now: the person has seen both.
                Sent[index].Version = result.CurrentVersion;
                break;
            case EditStatus.Locked:
                Errors[nameof(MeasureInput.Reason)] = Ui.Of(result);
                break;
            case EditStatus.Invalid:
                Errors[Field(index, measure.Measure)] = Ui.Of(result);
                break;
            default:
                Problem += " " + Ui.Of(result);
                break;
        }
    }

    /// <summary>A composite is reported whole: once one part of a period has a value (or a reason it is missing), every part needs one.</summary>
    private void CheckComposite(EntryMeasure measure)
    {
        if (measure.Measure.Kind != MeasureKind.Composite)
        {
            return;
        }

        bool Given(int index) => measure.Lines[index].IsSaved
            || (Sent.TryGetValue(index, out var sent) && (Clean(sent.Value) ?? Clean(sent.Missing)) is not null);
        var indexes = Enumerable.Range(0, measure.Lines.Count);
        foreach (var part in indexes.GroupBy(i => (measure.Lines[i].Period, measure.Lines[i].OrgUnitId)))
        {
            if (part.Any(Given))
            {
                foreach (var index in part.Where(i => !Given(i)))
                {
                    Errors.TryAdd(Field(index, measure.Measure), Ui.T("Mätetalet består av flera delar som redovisas tillsammans: ange även den här delen, eller varför den saknas.",
                        "The measure is made of parts reported together: give this part too, or why it is missing."));
                }
            }
        }
    }

    /// <summary>
    /// Why the organization's outcomes, with this change written, would not hold together (a part
    /// of a composite without the others, a unit beside a unit above it); null when they do. The
    /// editor checks one value at a time; a stored model that does not hold together can no longer
    /// be read, so it is read here, within the change's transaction, before anything is committed.
    /// </summary>
    private async Task<string?> BreaksTheWholeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await new ModelStore(db, time).LoadAsync(Organization.Model.Organization.Id, cancellationToken);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    private async Task<IActionResult?> LoadAsync(string org, int? year, string? unit, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return NotFound();
        }

        Organization = cached;
        IsAdmin = User.IsInRole(Roles.Admin);
        Unit = IsAdmin && cached.Model.Organization.Units.Any(u => u.Id == unit) ? unit : null;
        var rounds = await ReportingRounds.AllAsync(db, org, cancellationToken);
        Round = year is { } asked ? rounds.FirstOrDefault(r => r.Year == asked) : rounds.FirstOrDefault(r => !r.IsLocked);
        Year = year ?? Round?.Year;
        // A reporter is offered the rounds that take values; an admin also the approved ones, to restate.
        Rounds = [.. rounds.Where(r => IsAdmin || !r.IsLocked || r == Round)];
        if (Round is not null)
        {
            Measures = await EntryScope.MeasuresAsync(new OutcomeTransfer(db, time), cached.Model, Round.Year,
                EntryScope.UnitsOf(User, cached.Model.Organization, IsAdmin, Unit), cancellationToken);
        }

        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
