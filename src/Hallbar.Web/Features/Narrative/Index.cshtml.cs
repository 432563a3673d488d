using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Features.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Narrative;

/// <summary>
/// The report's narrative sections for a year, in the report's order, each to open in the editor; and the year's
/// structure as the admin sets it up: a new year's texts created from an earlier year's, a section added, moved
/// up or down, or removed (through a confirmation page). Every change is made from the order read; a change someone
/// else made in between is shown, and nothing is overwritten unseen.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class IndexModel(HallbarDbContext db, SectionDesk desk, ModelCache cache, Publication publication, TimeProvider time) : PageModel
{
    public const string TitleId = "nytt-avsnitt-rubrik";
    public const string NodeId = "nytt-avsnitt-kapitel";
    public const string AfterId = "nytt-avsnitt-plats";
    public const string SourceId = "kopiera-fran";

    /// <summary>The direction of a move, as its button sends it.</summary>
    public const string Up = "upp";
    public const string Down = "ned";

    public string Org { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public YearSections State { get; private set; } = null!;

    /// <summary>The year's sections and those of every year, in the report's order.</summary>
    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    public ReportingRound? Round { get; private set; }

    public bool Locked => Round?.IsLocked == true;

    public CachedModel Organization { get; private set; } = null!;

    /// <summary>The goal areas, whose chapter a section may be.</summary>
    public IReadOnlyList<(string Id, string Name)> Areas { get; private set; } = [];

    [BindProperty]
    public string? NewTitle { get; set; }

    [BindProperty]
    public string? NewNode { get; set; }

    [BindProperty]
    public string? NewAfter { get; set; }

    [BindProperty]
    public int? Source { get; set; }

    /// <summary>The year's order as the page was read (<see cref="YearSections.Order"/>).</summary>
    [BindProperty]
    public string? ReadOrder { get; set; }

    public List<FieldError> Errors { get; } = [];

    /// <summary>Why a change was refused as a whole: a locked year, a section no longer there, a section already first.</summary>
    public EditResult? Refusal { get; private set; }

    /// <summary>On a conflict: what was asked beside the sections as they are now.</summary>
    public ConflictView? Conflict { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public string? ErrorAt(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    public async Task<IActionResult> OnGetAsync(string org, int? year, CancellationToken cancellationToken) =>
        await LoadAsync(org, year, cancellationToken) ? Page() : NotFound();

    /// <summary>Creates the year's texts from the chosen earlier year's (the nearest that has texts when none is chosen).</summary>
    public async Task<IActionResult> OnPostCopyAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        var source = Source ?? (State.SourceYears.Count > 0 ? State.SourceYears[0] : 0);
        if (!State.SourceYears.Contains(source))
        {
            Errors.Add(new(SourceId, Ui.T("Välj ett tidigare redovisningsår som har texter.", "Choose an earlier report year that has texts.")));
            return Page();
        }

        return await AfterAsync(await desk.CopyYearAsync(Org, source, Year, User.Identity!.Name!, cancellationToken),
            Ui.T($"{Year}s texter skapade från {source}s", $"{Year}'s texts created from {source}'s"), cancellationToken);
    }

    /// <summary>Adds a section without text after the chosen one (or last).</summary>
    public async Task<IActionResult> OnPostAddAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        var change = new NewSection(Org, Year, NewTitle ?? string.Empty, Blank(NewNode), Blank(NewAfter), ReadOrder ?? string.Empty, User.Identity!.Name!);
        foreach (var problem in SectionDesk.Problems(change, [.. Areas.Select(a => a.Id)]))
        {
            Errors.Add(new(problem.Field == SectionDesk.TitleField ? TitleId : NodeId, Ui.Of(problem)));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        return await AfterAsync(await desk.AddAsync(change with { Title = change.Title.Trim() }, cancellationToken),
            Ui.T($"Nytt avsnitt: {NewTitle}", $"New section: {NewTitle}"), cancellationToken);
    }

    /// <summary>Moves a section one place up or down among the year's.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string org, int? year, string? id, string? direction, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        var steps = direction switch
        {
            Up => -1,
            Down => 1,
            _ => 0,
        };
        return await AfterAsync(await desk.MoveAsync(Org, Year, id ?? string.Empty, steps, ReadOrder ?? string.Empty, User.Identity!.Name!, cancellationToken),
            Ui.T("En ny ordning", "A new order"), cancellationToken);
    }

    /// <summary>Back to the page when saved; otherwise the page again with the refusal, and for a conflict the sections as they are now.</summary>
    private async Task<IActionResult> AfterAsync(EditResult result, string yours, CancellationToken cancellationToken)
    {
        if (result.IsSaved)
        {
            Saved = Ui.Of(result);
            return RedirectToPage(new { org = Org, year = Year });
        }

        await LoadAsync(Org, Year, cancellationToken);
        if (result.Status == EditStatus.Conflict)
        {
            var last = await db.Changes.AsNoTracking().Where(c => c.OrganizationId == Org && c.Subject == SectionDesk.Subject)
                .OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            Conflict = new ConflictView(Ui.Of(result), yours, result.Current, last);
        }
        else
        {
            Refusal = result;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return false;
        }

        Org = org;
        Organization = cached;
        Year = year ?? await publication.DefaultYearAsync(User, cached, cancellationToken) ?? time.GetLocalNow().Year;
        State = (await desk.ReadAsync(org, Year, cancellationToken))!;
        Sections = [.. State.Sections.Concat(State.EveryYear).OrderBy(s => s.Position).ThenBy(s => s.Id, StringComparer.Ordinal)];
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == org).Select(r => r.Year).ToListAsync(cancellationToken);
        var sectionYears = await db.Sections.AsNoTracking().Where(s => s.OrganizationId == org && s.Year != null).Select(s => s.Year!.Value).Distinct().ToListAsync(cancellationToken);
        Years = [.. rounds.Concat(cached.Years).Concat(sectionYears).Append(Year).Distinct().OrderDescending()];
        Round = await new Editor(db, time).RoundAsync(org, Year, cancellationToken);
        Areas = [.. cached.Model.Goals.Select(g => (g.Id, g.Name))];
        return true;
    }

    /// <summary>The goal area a chapter section belongs to, by name.</summary>
    public string? AreaName(SectionRow section) =>
        section.NodeId is { } id ? Organization.Model.AllNodes().FirstOrDefault(n => n.Id == id)?.Name ?? id : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
