using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Rounds;

/// <summary>
/// Approving or publishing a round, said in full before it is done: neither can be taken back, an
/// approved round is locked (a changed value becomes a restatement with a reason), and a published
/// report is seen by everyone.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class ConfirmModel(HallbarDbContext db, TimeProvider time) : PageModel
{
    public string Org { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public RoundState To { get; private set; }

    public ReportingRound Round { get; private set; } = null!;

    public string? Problem { get; private set; }

    /// <summary>The step as the address names it.</summary>
    public static string Slug(RoundState to) => to == RoundState.Published ? "publicera" : "godkann";

    public async Task<IActionResult> OnGetAsync(string org, int year, string to, CancellationToken cancellationToken) =>
        await LoadAsync(org, year, to, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string org, int year, string to, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, to, cancellationToken))
        {
            return NotFound();
        }

        var editor = new Editor(db, time);
        var result = await editor.MoveRoundAsync(org, year, To, User.Identity!.Name!, cancellationToken);
        if (!result.IsSaved)
        {
            // Someone may have moved the round meanwhile: the page shows it as it is now.
            Round = await editor.RoundAsync(org, year, cancellationToken) ?? Round;
            Problem = result.Status == EditStatus.Conflict ? Ui.Of(result) : RoundText.Refused(year, Round, To);
            return Page();
        }

        TempData[nameof(IndexModel.Done)] = To == RoundState.Published
            ? Ui.T($"Redovisningen {year} är publicerad och syns nu för alla.", $"The {year} report is published and now seen by everyone.")
            : Ui.T($"Rapportomgången {year} är godkänd och låst.", $"The reporting round {year} is approved and locked.");
        return RedirectToPage("Index", new { org });
    }

    private async Task<bool> LoadAsync(string org, int year, string to, CancellationToken cancellationToken)
    {
        RoundState? step = to switch
        {
            "godkann" => RoundState.Approved,
            "publicera" => RoundState.Published,
            _ => null,
        };
        if (step is null || await new Editor(db, time).RoundAsync(org, year, cancellationToken) is not { } round)
        {
            return false;
        }

        (Org, Year, To, Round) = (org, year, step.Value, round);
        return true;
    }
}
