using System.Security.Claims;
using Hallbar.Data;
using Hallbar.Data.Accounts;
using Hallbar.Domain.Rounds;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Site;

/// <summary>
/// What is public: the anonymous public sees an organization's report years whose round is
/// published, and nothing else; anyone signed in with a role sees every year.
/// </summary>
public sealed class Publication(HallbarDbContext db)
{
    public static bool IsSignedIn(ClaimsPrincipal user) => Roles.All.Any(user.IsInRole);

    public async Task<IReadOnlyList<int>> PublishedYearsAsync(string organizationId, CancellationToken cancellationToken) =>
        await db.Rounds.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.State == nameof(RoundState.Published))
            .Select(r => r.Year)
            .OrderByDescending(y => y)
            .ToListAsync(cancellationToken);

    public async Task<bool> MaySeeAsync(ClaimsPrincipal user, string organizationId, int year, CancellationToken cancellationToken) =>
        IsSignedIn(user) || (await PublishedYearsAsync(organizationId, cancellationToken)).Contains(year);

    /// <summary>The year a page shows when none is asked for: the newest published one for the public, else the newest with data or a round.</summary>
    public async Task<int?> DefaultYearAsync(ClaimsPrincipal user, CachedModel model, CancellationToken cancellationToken) =>
        (await YearsAsync(user, model, cancellationToken)) is [var newest, ..] ? newest : null;

    /// <summary>The report years a viewer may choose among, newest first: the published ones for the public, else every year with data or a round.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(ClaimsPrincipal user, CachedModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var organizationId = model.Model.Organization.Id;
        if (!IsSignedIn(user))
        {
            return await PublishedYearsAsync(organizationId, cancellationToken);
        }

        var rounds = await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == organizationId).Select(r => r.Year).ToListAsync(cancellationToken);
        return [.. rounds.Concat(model.Years).Distinct().OrderDescending()];
    }
}
