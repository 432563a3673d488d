using System.ComponentModel;
using System.Security.Claims;
using Hallbar.Data;
using Hallbar.Data.Accounts;
using Hallbar.Data.Editing;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Periods;
using Hallbar.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Outcomes;

/// <summary>The API's outcomes: everyone reads what is published, reporters write their units' measures through the editor.</summary>
public static class OutcomesApi
{
    public static RouteGroupBuilder MapOutcomesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations/{org}/measures/{measureId}/outcomes").WithTags("Utfall / Outcomes");
        group.MapGet("/", ListAsync)
            .CacheOutput(PublicReadCache.Name)
            .WithName("ListOutcomes")
            .WithSummary("Ett mätetals utfall / A measure's outcomes")
            .WithDescription("Alla utfall med version. Utan inloggning: de som ingår i ett publicerat redovisningsår. "
                + "/ Every outcome with its version. Without signing in: those that are part of a published report year.")
            .Produces<OutcomeListJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{period}", SetAsync)
            .RequireAuthorization(Accounts.ReporterPolicy)
            .WithName("SetOutcome")
            .WithSummary("Ange eller ändra ett utfall / Enter or change an outcome")
            .WithDescription("Rapportören för mätetalets förvaltning (eller utfallets) och administratören. Ändringen görs från den version som lästes; "
                + "har någon annan hunnit före blir svaret 409 med det aktuella värdet. Ett låst år kräver ett skäl och blir en omräkning. "
                + "/ The reporter of the measure's (or the outcome's) org unit, and the administrator. The change is made from the version read; "
                + "if someone else got there first the answer is 409 with the current value. A locked year needs a reason and becomes a restatement.")
            .Produces<OutcomeSavedJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status423Locked);
        return api;
    }

    private static async Task<IResult> ListAsync(
        [Description("Organisationens id. / The organization's id.")] string org,
        [Description("Mätetalets id. / The measure's id.")] string measureId,
        ClaimsPrincipal user, HallbarDbContext db, ModelCache cache, Publication publication, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, cache, org, measureId, cancellationToken) is not { } found)
        {
            return NoMeasure(org, measureId);
        }

        var rows = await db.Outcomes.AsNoTracking().Where(o => o.OrganizationId == org && o.MeasureId == measureId).ToListAsync(cancellationToken);
        // The public sees an outcome once a published report has it: the report of its data year plus the measure's lag, or a later one.
        var newestPublished = Publication.IsSignedIn(user) ? int.MaxValue
            : (await publication.PublishedYearsAsync(org, cancellationToken)).DefaultIfEmpty(int.MinValue).Max();
        var measure = found.Measure;
        var outcomes = rows
            .Where(o => Period.TryParse(o.Period) is { } p && p.Year + measure.DataLag <= newestPublished)
            .OrderBy(o => o.Position)
            .Select(OutcomeJson.Of)
            .ToList();
        return TypedResults.Ok(new OutcomeListJson(measure.Id, measure.Name, measure.Kind, measure.Unit, measure.ResponsibleUnitId, outcomes));
    }

    private static async Task<IResult> SetAsync(
        [Description("Organisationens id. / The organization's id.")] string org,
        [Description("Mätetalets id. / The measure's id.")] string measureId,
        [Description("Perioden: 2025, 2025-Q2 eller 2025-03. / The period.")] string period,
        OutcomeWriteJson body,
        ClaimsPrincipal user, HallbarDbContext db, ModelCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, cache, org, measureId, cancellationToken) is not { } found)
        {
            return NoMeasure(org, measureId);
        }

        var (organization, measure) = found;
        if (Period.TryParse(period) is not { } parsed)
        {
            return ApiProblems.Invalid("period", $"'{period}' är ingen period: skriv ett år (2025), ett kvartal (2025-Q2) eller en månad (2025-03).",
                $"'{period}' is not a period: write a year (2025), a quarter (2025-Q2) or a month (2025-03).");
        }

        // Names the editor takes as given; one that the model lacks would leave a model that no longer reads.
        if (body.Series is { } series ? measure.Series.All(s => s.Id != series) : measure.Kind == MeasureKind.Composite)
        {
            return ApiProblems.Invalid("series", $"Ange en av mätetalets delserier: {string.Join(", ", measure.Series.Select(s => s.Id))}.",
                $"Give one of the measure's series: {string.Join(", ", measure.Series.Select(s => s.Id))}.");
        }

        if (body.OrgUnit is { } unit && organization.Units.All(u => u.Id != unit))
        {
            return ApiProblems.Invalid("orgUnit", $"Förvaltningen '{unit}' finns inte.", $"There is no org unit '{unit}'.");
        }

        if (!MayWrite(user, organization, measure, body.OrgUnit))
        {
            return ApiProblems.Forbidden($"Mätetalet '{measureId}' hör inte till någon av dina förvaltningar.", $"The measure '{measureId}' does not belong to any of your org units.");
        }

        var editor = new Editor(db, time);
        var change = new OutcomeChange(org, measureId, parsed.ToString(), body.Value, body.Version, Api.ChangedBy(user),
            body.Text, body.MissingReason, body.Series, body.OrgUnit, body.Source, body.Comment, body.Reason);
        var result = await editor.SetOutcomeAsync(change, cancellationToken);
        var (row, _) = await editor.ReadOutcomeAsync(org, measureId, change.Period, body.Series, body.OrgUnit, cancellationToken);
        var current = row is null ? null : OutcomeJson.Of(row);
        return result.IsSaved
            ? TypedResults.Ok(new OutcomeSavedJson(result.Version!.Value, result.Message, result.English, current!))
            : ApiProblems.Of(result, FieldOf(body), current);
    }

    /// <summary>An admin writes every outcome; a reporter those of a measure, or for an org unit, in their units or below them.</summary>
    private static bool MayWrite(ClaimsPrincipal user, Organization organization, Measure measure, string? orgUnit)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        var units = Accounts.ReportsFor(user, organization);
        return (measure.ResponsibleUnitId is { } responsible && units.Contains(responsible)) || (orgUnit is not null && units.Contains(orgUnit));
    }

    /// <summary>The field the editor refused: the one of value, text and missing reason that was given.</summary>
    private static string FieldOf(OutcomeWriteJson body) => (body.Value, body.Text, body.MissingReason) switch
    {
        (null, not null, null) => "text",
        (null, null, not null) => "missingReason",
        _ => "value",
    };

    private static async Task<(Organization Organization, Measure Measure)?> FindAsync(HallbarDbContext db, ModelCache cache, string org, string measureId, CancellationToken cancellationToken) =>
        await cache.GetAsync(db, org, cancellationToken) is { } cached && cached.Model.AllMeasures().FirstOrDefault(m => m.Id == measureId) is { } measure
            ? (cached.Model.Organization, measure)
            : null;

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoMeasure(string org, string measureId) =>
        ApiProblems.NotFound($"Mätetalet '{measureId}' finns inte i '{org}'.", $"There is no measure '{measureId}' in '{org}'.");
}
