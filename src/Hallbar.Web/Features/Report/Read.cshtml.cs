using Hallbar.Web.Features.Reading;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Report;

/// <summary>The report as a web page inside the site: the same article as the HTML file, styled by the report's stylesheet.</summary>
public sealed class ReadModel(YearAccess access, ReportFiles files) : PageModel
{
    public ShownYear Shown { get; private set; } = null!;

    /// <summary>"sv" or "en": the report's language, which may differ from the interface's.</summary>
    public string Language { get; private set; } = "sv";

    public HtmlString Article { get; private set; } = HtmlString.Empty;

    public async Task<IActionResult> OnGetAsync(string org, int? year, string? language, CancellationToken cancellationToken)
    {
        var (shown, refusal) = await access.ResolveAsync(this, org, year, cancellationToken);
        if (shown is null)
        {
            return refusal!;
        }

        if (ReportChoices.Language(language) is not { } chosen)
        {
            return BadRequest();
        }

        Shown = shown;
        Language = chosen;
        Article = new HtmlString(await files.ArticleAsync(shown.Organization, shown.Year, chosen, cancellationToken));
        return Page();
    }
}
