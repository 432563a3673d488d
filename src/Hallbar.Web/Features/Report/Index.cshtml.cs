using Hallbar.Web.Features.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Report;

/// <summary>The report to download or read: year, format and language chosen in a form that works without script.</summary>
public sealed class IndexModel(YearAccess access) : PageModel
{
    public ShownYear Shown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string org, int? year, CancellationToken cancellationToken)
    {
        var (shown, refusal) = await access.ResolveAsync(this, org, year, cancellationToken);
        if (shown is null)
        {
            return refusal!;
        }

        Shown = shown;
        return Page();
    }
}
