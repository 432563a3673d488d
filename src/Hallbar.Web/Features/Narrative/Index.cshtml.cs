using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Narrative;

/// <summary>The report's narrative sections for a year, in the report's order, each to open in the editor.</summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class IndexModel(HallbarDbContext db, ModelCache cache, Publication publication, TimeProvider time) : PageModel
{
    public string Org { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    public ReportingRound? Round { get; private set; }

    public CachedModel Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return NotFound();
        }

        var sections = await db.Sections.AsNoTracking().Where(s => s.OrganizationId == org).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == org).Select(r => r.Year).ToListAsync(cancellationToken);
        Org = org;
        Organization = cached;
        Year = year ?? await publication.DefaultYearAsync(User, cached, cancellationToken) ?? time.GetLocalNow().Year;
        Years = [.. rounds.Concat(cached.Years).Concat(sections.Select(s => s.Year).OfType<int>()).Append(Year).Distinct().OrderDescending()];
        Sections = [.. sections.Where(s => s.Year is null || s.Year == Year)];
        Round = await new Editor(db, time).RoundAsync(org, Year, cancellationToken);
        return Page();
    }

    /// <summary>The goal area a chapter section belongs to, by name.</summary>
    public string? AreaName(SectionRow section) =>
        section.NodeId is { } id ? Organization.Model.AllNodes().FirstOrDefault(n => n.Id == id)?.Name ?? id : null;
}
