using System.Globalization;
using System.Text.RegularExpressions;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Domain.ChildRights;
using Hallbar.Domain.Highlights;
using Hallbar.Domain.Rounds;
using Hallbar.Reports.Html;
using Hallbar.Web.Features.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Highlights;

/// <summary>
/// The admin's editor of a year's highlights (höjdpunkter) and barnbokslut facts, as the report prints them:
/// a form per highlight (title, Markdown with a preview, photo with alternative text and credit), moving them
/// up and down, and the barnbokslut's pilots and register of decisions. Every change is saved from the version
/// read; a change someone else made in between is shown beside one's own, and nothing is overwritten unseen.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
// A photo may be 5 MB; a larger file must still arrive to be told so at its field, and a photo chosen but not yet saved travels back as a data: URI.
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit, ValueLengthLimit = PhotoImage.MaxBytes * 2)]
public sealed partial class IndexModel(HallbarDbContext db, HighlightDesk desk, ModelCache cache, Publication publication, TimeProvider time) : PageModel
{
    private const int RequestLimit = 64 * 1024 * 1024;

    /// <summary>The preview's title is a fifth-level heading (page h1, list h2, highlight h3, preview h4): the text's own headings are sixth-level.</summary>
    private const int PreviewTextHeading = 6;

    /// <summary>The element id of the form for a new highlight's fields.</summary>
    public const string NewKey = "hojdpunkt-ny";

    public string Org { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public YearHighlights State { get; private set; } = null!;

    public ReportingRound? Round { get; private set; }

    public bool Locked => Round?.IsLocked == true;

    /// <summary>The organization's units by id, for the decisions' unit.</summary>
    public IReadOnlyList<(string Id, string Name)> Units { get; private set; } = [];

    /// <summary>Whether one of the year's text sections places the highlights ({{highlights}}) and the barnbokslut facts ({{child-rights}}): without, the report does not print them.</summary>
    public bool HighlightsPlaced { get; private set; }

    public bool ChildRightsPlaced { get; private set; }

    [BindProperty]
    public HighlightInput Input { get; set; } = new();

    [BindProperty]
    public ChildRightsInput Facts { get; set; } = new();

    /// <summary>The key (<see cref="Key"/>) of the highlight form that was posted and is shown again as sent; null when none was.</summary>
    public string? Posted { get; private set; }

    /// <summary>The sanitized HTML of the posted highlight's text, after "Förhandsgranska".</summary>
    public string? PreviewHtml { get; private set; }

    public List<FieldError> Errors { get; } = [];

    /// <summary>Why a change was refused as a whole: a conflict, a locked year, a highlight no longer there.</summary>
    public EditResult? Refusal { get; private set; }

    /// <summary>On a conflict: what was sent beside what is stored now.</summary>
    public ConflictView? Conflict { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    /// <summary>The element id prefix of a highlight's form: "hojdpunkt-3" for the third, <see cref="NewKey"/> for a new one.</summary>
    public static string Key(int? index) => index is { } i ? string.Create(CultureInfo.InvariantCulture, $"hojdpunkt-{i + 1}") : NewKey;

    /// <summary>The element id of a highlight form's field, for the desk's field names (<see cref="HighlightDesk.TitleField"/> ...).</summary>
    public static string FieldId(string key, string field) => field switch
    {
        HighlightDesk.TitleField => $"{key}-rubrik",
        HighlightDesk.MarkdownField => $"{key}-text",
        HighlightDesk.PhotoField => $"{key}-foto",
        HighlightDesk.AltTextField => $"{key}-alt",
        _ => $"{key}-{field}",
    };

    public const string PilotsTrainedId = "piloter-utbildade";

    public const string PilotsInTotalId = "piloter-totalt";

    public static string DecisionId(int index, string field) => string.Create(CultureInfo.InvariantCulture, $"beslut-{index + 1}-{field}");

    public string? ErrorAt(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    public async Task<IActionResult> OnGetAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        Facts = ChildRightsInput.From(State.ChildRights, State.ChildRightsVersion).WithEmptyRow();
        return Page();
    }

    /// <summary>Shows the posted highlight's text as the report will; nothing is saved.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        var (key, stored) = PostedHighlight();
        var photo = await ChosenPhotoAsync(key);
        KeepChosen(photo, stored);
        PreviewHtml = NarrativePreview.Render(Input.Markdown ?? string.Empty, PreviewTextHeading);
        return ShowAgain();
    }

    /// <summary>Saves the posted highlight (a new one when it has no id), or removes it when so marked.</summary>
    public async Task<IActionResult> OnPostSaveAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        var (key, stored) = PostedHighlight();
        if (Input.Remove && stored is not null)
        {
            return await AfterAsync(await desk.RemoveHighlightAsync(Org, Year, stored.Id, Input.ReadVersion, User.Identity!.Name!, cancellationToken),
                HighlightDesk.HighlightsSubject, cancellationToken);
        }

        var photo = await ChosenPhotoAsync(key);
        var change = new HighlightChange(Org, Year, stored?.Id, Input.Title ?? string.Empty, Input.Markdown ?? string.Empty,
            new PhotoChange(photo, Input.RemovePhoto, Input.AltText, Input.Credit), Input.ReadVersion, User.Identity!.Name!);
        foreach (var problem in HighlightDesk.Problems(change, stored?.Photo))
        {
            Errors.Add(new(FieldId(key, problem.Field), Ui.Of(problem)));
        }

        if (Errors.Count > 0)
        {
            KeepChosen(photo, stored);
            return ShowAgain();
        }

        var result = await desk.SaveHighlightAsync(change, cancellationToken);
        KeepChosen(photo, stored);
        return await AfterAsync(result, HighlightDesk.HighlightsSubject, cancellationToken);
    }

    /// <summary>Moves a highlight to a place (1 first) among the year's.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string org, int? year, string id, int position, int readVersion, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        return await AfterAsync(await desk.MoveHighlightAsync(Org, Year, id ?? string.Empty, position, readVersion, User.Identity!.Name!, cancellationToken),
            HighlightDesk.HighlightsSubject, cancellationToken);
    }

    /// <summary>Saves the barnbokslut facts: the pilots and the decisions (rows filled in added, rows marked removed left out).</summary>
    public async Task<IActionResult> OnPostChildRightsAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        var trained = Count(Facts.PilotsTrained, PilotsTrainedId);
        var total = Count(Facts.PilotsInTotal, PilotsInTotalId);
        var decisions = new List<BestInterestDecision>();
        var rows = new List<int>();
        foreach (var (row, i) in Facts.Decisions.Select((d, i) => (d, i)))
        {
            if (row.IsEmptyNew || (row.Remove && row.Stored))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Title))
            {
                Errors.Add(new(DecisionId(i, "titel"), row.Stored
                    ? Ui.T($"Skriv beslut {i + 1}s rubrik, eller markera Ta bort.", $"Write the title of decision {i + 1}, or tick Remove.")
                    : Ui.T("Skriv det nya beslutets rubrik, eller töm raden.", "Write the new decision's title, or empty the row.")));
                continue;
            }

            decisions.Add(new BestInterestDecision(row.Title.Trim(), row.AssessmentMade, string.IsNullOrWhiteSpace(row.Reference) ? null : row.Reference.Trim(),
                string.IsNullOrWhiteSpace(row.UnitId) ? null : row.UnitId));
            rows.Add(i);
        }

        if (Errors.Count == 0)
        {
            var change = new ChildRightsChange(Org, Year, trained!.Value, total!.Value, decisions, Facts.ReadVersion, User.Identity!.Name!);
            foreach (var problem in HighlightDesk.Problems(change, [.. Units.Select(u => u.Id)]))
            {
                Errors.Add(new(problem.Field switch
                {
                    HighlightDesk.PilotsTrainedField => PilotsTrainedId,
                    HighlightDesk.PilotsInTotalField => PilotsInTotalId,
                    _ => DecisionId(rows[int.Parse(problem.Field.Split('/')[1], CultureInfo.InvariantCulture)], "enhet"),
                }, Ui.Of(problem)));
            }

            if (Errors.Count == 0)
            {
                return await AfterAsync(await desk.SaveChildRightsAsync(change, cancellationToken), HighlightDesk.ChildRightsSubject, cancellationToken);
            }
        }

        Facts.WithEmptyRow();
        return Page();
    }

    /// <summary>Shows the barnbokslut form again as sent, with one more empty decision row; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddDecisionRowsAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        Facts.WithEmptyRow(more: true);
        return Page();
    }

    /// <summary>The highlight the posted form is about, and its form's key; a highlight removed meanwhile is posted as a new one, so what was written stays.</summary>
    private (string Key, Highlight? Stored) PostedHighlight()
    {
        var index = State.Highlights.ToList().FindIndex(h => h.Id == Input.Id);
        if (index < 0)
        {
            Input.Id = null;
        }

        Posted = Key(index < 0 ? null : index);
        return (Posted, index < 0 ? null : State.Highlights[index]);
    }

    /// <summary>The photo the form brings: a file chosen now (its problem said at the field), else one chosen in an earlier post of the form.</summary>
    private async Task<byte[]?> ChosenPhotoAsync(string key)
    {
        if (Input.Photo is { Length: > 0 } file)
        {
            if (file.Length > PhotoImage.MaxBytes)
            {
                var tooLarge = HighlightDesk.PhotoProblem(file.Length, [])!;
                Errors.Add(new(FieldId(key, HighlightDesk.PhotoField), Ui.Of(tooLarge)));
                return null;
            }

            using var stream = new MemoryStream((int)file.Length);
            await file.CopyToAsync(stream);
            return stream.ToArray();
        }

        // A photo carried back from an earlier post is only taken as what it says it is.
        return Input.ChosenPhoto is { } chosen && PhotoImage.Problem(chosen) is null ? new HighlightPhoto(chosen, "-").Content() : null;
    }

    /// <summary>A photo chosen but not saved goes back with the form (when it is one), so it need not be chosen again.</summary>
    private void KeepChosen(byte[]? photo, Highlight? stored)
    {
        Input.ChosenPhoto = photo is not null && PhotoImage.MediaTypeOf(photo) is not null && photo.Length <= PhotoImage.MaxBytes ? PhotoImage.ToDataUri(photo) : null;
        if (stored?.Photo is null)
        {
            Input.RemovePhoto = false;
        }
    }

    private PageResult ShowAgain()
    {
        Facts = ChildRightsInput.From(State.ChildRights, State.ChildRightsVersion).WithEmptyRow();
        return Page();
    }

    private int? Count(string? text, string fieldId)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Errors.Add(new(fieldId, Ui.T("Skriv ett heltal, 0 eller mer.", "Write a whole number, 0 or more.")));
        return null;
    }

    /// <summary>Back to the page when saved; otherwise the page again with the refusal, and for a conflict what is stored now beside what was sent.</summary>
    private async Task<IActionResult> AfterAsync(EditResult result, string subject, CancellationToken cancellationToken)
    {
        if (result.IsSaved)
        {
            Saved = Ui.Of(result);
            return RedirectToPage(new { org = Org, year = Year });
        }

        Refusal = result;
        await LoadAsync(Org, Year, cancellationToken);
        var childRights = subject == HighlightDesk.ChildRightsSubject;
        if (childRights)
        {
            Facts.WithEmptyRow();
        }
        else
        {
            Facts = ChildRightsInput.From(State.ChildRights, State.ChildRightsVersion).WithEmptyRow();
            if (Posted is not null)
            {
                // The form still holds what was sent, now made from what is stored: saving it again replaces that knowingly.
                (Posted, _) = PostedHighlight();
            }
        }

        if (result.Status == EditStatus.Conflict)
        {
            if (childRights)
            {
                Facts.ReadVersion = result.CurrentVersion ?? Facts.ReadVersion;
            }
            else
            {
                Input.ReadVersion = result.CurrentVersion ?? Input.ReadVersion;
            }

            var last = await db.Changes.AsNoTracking().Where(c => c.OrganizationId == Org && c.Subject == subject).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            Conflict = new ConflictView(Ui.Of(result), childRights ? Yours(Facts) : Posted is null ? Ui.T("En ny ordning", "A new order") : $"{Input.Title}\n\n{Input.Markdown}",
                result.Current, last);
        }

        return Page();
    }

    private static string Yours(ChildRightsInput facts) => string.Join("\n", new[]
    {
        Ui.T($"Barnrättspiloter utbildade: {facts.PilotsTrained}; totalt: {facts.PilotsInTotal}", $"Child-rights pilots trained: {facts.PilotsTrained}; in total: {facts.PilotsInTotal}"),
    }.Concat(facts.Decisions.Where(d => !d.IsEmptyNew && !d.Remove).Select(d => Ui.T($"Beslut: {d.Title}", $"Decision: {d.Title}"))));

    private async Task<bool> LoadAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return false;
        }

        Org = org;
        Year = year ?? await publication.DefaultYearAsync(User, cached, cancellationToken) ?? time.GetLocalNow().Year;
        State = (await desk.ReadAsync(org, Year, cancellationToken))!;
        Round = await new Editor(db, time).RoundAsync(org, Year, cancellationToken);
        var model = cached.Model;
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == org).Select(r => r.Year).ToListAsync(cancellationToken);
        Years = [.. rounds.Concat(cached.Years).Concat(model.Highlights.Select(h => h.Year)).Concat(model.ChildRights.Select(c => c.Year)).Append(Year).Distinct().OrderDescending()];
        Units = [.. model.Organization.Units.Select(u => (u.Id, u.Name))];
        var sections = model.Sections.Where(s => s.Year is null || s.Year == Year).ToList();
        HighlightsPlaced = sections.Any(s => Places(s.Markdown, "highlights"));
        ChildRightsPlaced = sections.Any(s => Places(s.Markdown, "child-rights"));
        return true;
    }

    /// <summary>Whether a section's text has the directive on a line of its own, as the report reads it.</summary>
    private static bool Places(string markdown, string directive) => DirectiveLine().Matches(markdown).Any(m => m.Groups[1].Value == directive);

    [GeneratedRegex(@"^[ \t]*\{\{[ \t]*([a-z0-9-]+)[ \t]*\}\}[ \t]*(\r?\n|$)", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();
}
