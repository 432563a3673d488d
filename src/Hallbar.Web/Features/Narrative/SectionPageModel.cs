using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.Rounds;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Narrative;

/// <summary>A page about one narrative section: the section as stored and the round of its year.</summary>
public abstract class SectionPageModel(HallbarDbContext db, TimeProvider time) : PageModel
{
    public string Org { get; private set; } = string.Empty;

    public SectionRow Section { get; private set; } = null!;

    /// <summary>The round of the section's year; null for a section of every year or a year without a round.</summary>
    public ReportingRound? Round { get; private set; }

    /// <summary>The editor that changes the section.</summary>
    protected Editor Editor => new(db, time);

    /// <summary>Reads the section; false when the organization has no such section.</summary>
    protected async Task<bool> LoadAsync(string org, string sectionId, CancellationToken cancellationToken)
    {
        if (await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.OrganizationId == org && s.Id == sectionId, cancellationToken) is not { } section)
        {
            return false;
        }

        Org = org;
        Section = section;
        Round = section.Year is { } year ? await Editor.RoundAsync(org, year, cancellationToken) : null;
        return true;
    }
}
