using Hallbar.Data;
using Hallbar.Domain.Rounds;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Site;

/// <summary>An organization's reporting rounds as pages list them, and their states in words.</summary>
internal static class ReportingRounds
{
    /// <summary>Every round of the organization, newest first.</summary>
    public static async Task<List<ReportingRound>> AllAsync(HallbarDbContext db, string organizationId, CancellationToken cancellationToken) =>
        [.. (await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == organizationId).ToListAsync(cancellationToken))
            .Select(r => new ReportingRound(r.OrganizationId, r.Year, Enum.Parse<RoundState>(r.State)))
            .OrderByDescending(r => r.Year)];

    /// <summary>"öppen", "godkänd (låst)".</summary>
    public static string Label(RoundState state) => state switch
    {
        RoundState.Open => Ui.T("öppen", "open"),
        RoundState.InReview => Ui.T("under granskning", "in review"),
        RoundState.Approved => Ui.T("godkänd (låst)", "approved (locked)"),
        _ => Ui.T("publicerad (låst)", "published (locked)"),
    };
}
