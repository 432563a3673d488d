using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hallbar.Web.Features.Narrative;

/// <summary>
/// Removing a section, said in full before it is done: its title and text go out of the year's report (the history
/// keeps them). It is removed from the version shown; a text saved meanwhile is shown and must be confirmed again.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class RemoveModel(HallbarDbContext db, SectionDesk desk, TimeProvider time) : SectionPageModel(db, time)
{
    [BindProperty]
    public int ReadVersion { get; set; }

    /// <summary>Why the removal was refused: a conflict, a locked year.</summary>
    public EditResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string org, string sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, sectionId, cancellationToken))
        {
            return NotFound();
        }

        ReadVersion = Section.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string org, string sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, sectionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await desk.RemoveAsync(org, sectionId, ReadVersion, User.Identity!.Name!, cancellationToken);
        if (result.IsSaved)
        {
            TempData[nameof(IndexModel.Saved)] = Ui.Of(result);
            return RedirectToPage("Index", new { org, year = Section.Year });
        }

        Result = result;
        if (!await LoadAsync(org, sectionId, cancellationToken))
        {
            return NotFound();
        }

        // The page now shows the text as saved; confirming again removes that version.
        ReadVersion = Section.Version;
        return Page();
    }
}
