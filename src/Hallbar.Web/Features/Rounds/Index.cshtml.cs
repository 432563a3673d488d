using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Rounds;

/// <summary>
/// The reporting rounds (rapportomgångar) and their workflow: each year's state with the steps it may
/// take next, opening a new year's round, and every step taken. Approving and publishing cannot be
/// taken back, so they are confirmed on a page of their own (<see cref="ConfirmModel"/>).
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class IndexModel(HallbarDbContext db, TimeProvider time) : PageModel
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public string Org { get; private set; } = string.Empty;

    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];

    public IReadOnlyList<ChangeRow> History { get; private set; } = [];

    [BindProperty]
    public int? NewYear { get; set; }

    [TempData]
    public string? Done { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(string org, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, cancellationToken))
        {
            return NotFound();
        }

        NewYear ??= Rounds.Count == 0 ? time.GetLocalNow().Year : Rounds.Max(r => r.Year) + 1;
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(string org, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, cancellationToken))
        {
            return NotFound();
        }

        if (NewYear is not { } year || year < FirstYear || year > LastYear)
        {
            ModelState.AddModelError(nameof(NewYear), Ui.T($"Skriv ett år mellan {FirstYear} och {LastYear}.", $"Enter a year between {FirstYear} and {LastYear}."));
            return Page();
        }

        var result = await new Editor(db, time).OpenRoundAsync(org, year, User.Identity!.Name!, cancellationToken);
        if (result.IsSaved)
        {
            Done = Ui.T($"Rapportomgången {year} är öppnad: rapportörerna kan mata in årets värden.", $"The reporting round {year} is open: reporters can enter the year's values.");
            return RedirectToPage(new { org });
        }

        ModelState.AddModelError(nameof(NewYear), result.Status == EditStatus.Invalid
            ? Ui.T($"Rapportomgången {year} finns redan.", $"The reporting round {year} already exists.")
            : Ui.Of(result));
        return Page();
    }

    /// <summary>The steps that can be taken back (to review, back to open); the others go by the confirmation page.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string org, int year, RoundState to, CancellationToken cancellationToken)
    {
        if (RoundText.NeedsConfirmation(to))
        {
            return RedirectToPage("Confirm", new { org, year, to = ConfirmModel.Slug(to) });
        }

        var editor = new Editor(db, time);
        var result = await editor.MoveRoundAsync(org, year, to, User.Identity!.Name!, cancellationToken);
        if (result.IsSaved)
        {
            Done = Ui.T($"Rapportomgången {year} är nu {RoundText.State(to).ToLowerInvariant()}.", $"The reporting round {year} is now {RoundText.State(to).ToLowerInvariant()}.");
        }
        else
        {
            Problem = result.Status == EditStatus.Conflict ? Ui.Of(result) : RoundText.Refused(year, await editor.RoundAsync(org, year, cancellationToken), to);
        }

        return RedirectToPage(new { org });
    }

    public static ReportingRound ToRound(RoundRow row) => new(row.OrganizationId, row.Year, Enum.Parse<RoundState>(row.State));

    private async Task<bool> LoadAsync(string org, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == org, cancellationToken))
        {
            return false;
        }

        Org = org;
        Rounds = await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == org).OrderByDescending(r => r.Year).ToListAsync(cancellationToken);
        History = await new Editor(db, time).HistoryAsync(org, "round", cancellationToken: cancellationToken);
        return true;
    }
}
