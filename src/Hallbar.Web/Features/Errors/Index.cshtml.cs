using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Errors;

/// <summary>The page shown for errors and missing pages, with the status code kept.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int Status { get; private set; } = 500;

    public void OnGet(int? status) => Status = status ?? 500;
}
