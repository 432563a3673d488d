using Hallbar.Data;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Overview;

/// <summary>The organization at a glance: goal areas and goals with their assessments, and each indicator's recent assessments.</summary>
public sealed class IndexModel(HallbarDbContext db, ModelCache cache, Publication publication, TimeProvider time) : PageModel
{
    public CachedModel Organization { get; private set; } = null!;

    public int Year { get; private set; }

    public AssessmentResult Assessment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? org, int? year, CancellationToken cancellationToken)
    {
        if (org is null)
        {
            var organizations = await new ModelStore(db, time).OrganizationsAsync(cancellationToken);
            return organizations.Count == 0 ? NotFound() : RedirectToPage(new { org = organizations[0].Id });
        }

        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return NotFound();
        }

        if ((year ?? await publication.DefaultYearAsync(User, cached, cancellationToken)) is not { } shown)
        {
            return Challenge();
        }

        if (!await publication.MaySeeAsync(User, org, shown, cancellationToken))
        {
            return Challenge();
        }

        Organization = cached;
        Year = shown;
        Assessment = cached.Assessment(Year);
        return Page();
    }

    /// <summary>An indicator's final assessments in the last three years, oldest first.</summary>
    public IEnumerable<(int Year, Grade? Grade)> Trend(GoalNode node) =>
        Enumerable.Range(Year - 2, 3).Select(y => (y, Organization.Assessment(y).DescendantsAndSelf().FirstOrDefault(r => r.Id == node.Id)?.Final));

    public AssessmentResult? ResultFor(string id) => Assessment.DescendantsAndSelf().FirstOrDefault(r => r.Id == id);
}
