using System.Security.Claims;
using Hallbar.Data;
using Hallbar.Data.Accounts;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Rounds;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// One unit's answer to a year's survey as one person may meet it. The admin and the reporters of
/// the unit (or of a unit above it) see it; only those reporters write it, and only while it is not
/// submitted and the year's round is not locked.
/// </summary>
public sealed record UnitSurvey(Organization Organization, SurveyState State, OrgUnit Unit, ReportingRound? Round, bool IsAdmin, bool IsUnitReporter)
{
    public Survey Survey => State.Survey;

    public StoredResponse? Stored => State.ResponseOf(Unit.Id);

    public bool IsSubmitted => Stored?.Response.Status == ResponseStatus.Submitted;

    /// <summary>The year's round is approved or published: its survey answers are kept as they are.</summary>
    public bool IsLocked => Round?.IsLocked == true;

    public bool Writable => IsUnitReporter && !IsSubmitted && !IsLocked;

    /// <summary>The unit's answer as a person reads it, or why they may not: 404 for what does not exist or was not sent to the unit, 403 for another unit's reporter.</summary>
    public static async Task<(UnitSurvey? Found, int Status)> LoadAsync(
        HallbarDbContext db, ModelCache cache, SurveyDesk desk, ClaimsPrincipal user, string org, int year, string unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached
            || await desk.ReadAsync(org, year, cancellationToken) is not { } state
            || !state.Survey.SentTo.Contains(unit, StringComparer.Ordinal)
            || cached.Model.Organization.Units.FirstOrDefault(u => u.Id == unit) is not { } orgUnit)
        {
            return (null, StatusCodes.Status404NotFound);
        }

        var isAdmin = user.IsInRole(Roles.Admin);
        var isUnitReporter = !isAdmin && Accounts.ReportsFor(user, cached.Model.Organization).Contains(unit);
        if (!isAdmin && !isUnitReporter)
        {
            return (null, StatusCodes.Status403Forbidden);
        }

        var round = (await ReportingRounds.AllAsync(db, org, cancellationToken)).FirstOrDefault(r => r.Year == year);
        return (new UnitSurvey(cached.Model.Organization, state, orgUnit, round, isAdmin, isUnitReporter), StatusCodes.Status200OK);
    }
}
