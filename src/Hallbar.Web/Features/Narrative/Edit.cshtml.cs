using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Reports.Html;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hallbar.Web.Features.Narrative;

/// <summary>
/// One narrative section: its title and Markdown, a preview rendered as the report renders it (nothing
/// is saved by it), and saving through the editor from the version read, so that a text someone else
/// saved meanwhile is shown beside one's own instead of being overwritten.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class EditModel(HallbarDbContext db, TimeProvider time) : SectionPageModel(db, time)
{
    /// <summary>The preview's section title is a third-level heading (below the page's h1 and the preview's h2); the text's own headings follow below it.</summary>
    private const int PreviewTextHeading = 4;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Markdown { get; set; }

    [BindProperty]
    public int ReadVersion { get; set; }

    /// <summary>The sanitized HTML of the unsaved text, after "Förhandsgranska".</summary>
    public string? PreviewHtml { get; private set; }

    public EditResult? Result { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string org, string sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, sectionId, cancellationToken))
        {
            return NotFound();
        }

        Title = Section.Title;
        Markdown = Section.Markdown;
        ReadVersion = Section.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string org, string sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, sectionId, cancellationToken))
        {
            return NotFound();
        }

        PreviewHtml = NarrativePreview.Render(Markdown ?? string.Empty, PreviewTextHeading);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string org, string sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, sectionId, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > SectionDesk.TitleLength)
        {
            ModelState.AddModelError(nameof(Title), string.IsNullOrWhiteSpace(Title)
                ? Ui.T("Skriv en rubrik: ett textavsnitt har alltid en.", "Write a title: a section always has one.")
                : Ui.T($"Rubriken får vara högst {SectionDesk.TitleLength} tecken.", $"The title may be at most {SectionDesk.TitleLength} characters."));
            return Page();
        }

        Result = await Editor.SetSectionAsync(
            new SectionChange(org, sectionId, Title.Trim(), Markdown ?? string.Empty, ReadVersion, User.Identity!.Name!), cancellationToken);
        switch (Result.Status)
        {
            case EditStatus.Saved:
                Saved = Ui.T("Texten är sparad.", "The text is saved.");
                return RedirectToPage(new { org, sectionId });
            case EditStatus.Conflict:
                // Both texts are shown; saving again from here knowingly replaces the other one.
                ReadVersion = Result.CurrentVersion ?? ReadVersion;
                break;
            case EditStatus.Invalid:
                ModelState.AddModelError(nameof(Title), Ui.Of(Result));
                break;
        }

        return Page();
    }
}
