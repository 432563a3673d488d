using System.ComponentModel;
using System.Security.Claims;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Rounds;

/// <summary>The API's reporting rounds: listed for all (the public sees the published ones), opened and moved by the admin through the editor.</summary>
public static class RoundsApi
{
    public static RouteGroupBuilder MapRoundsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations/{org}/rounds").WithTags("Rapportomgångar / Reporting rounds");
        group.MapGet("/", ListAsync)
            .CacheOutput(PublicReadCache.Name)
            .WithName("ListRounds")
            .WithSummary("Rapportomgångarna / The reporting rounds")
            .WithDescription("Nyast först. Utan inloggning: de publicerade. / Newest first. Without signing in: the published ones.")
            .Produces<IReadOnlyList<RoundJson>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", OpenAsync)
            .RequireAuthorization(Accounts.AdminPolicy)
            .WithName("OpenRound")
            .WithSummary("Öppna ett redovisningsår / Open a report year")
            .WithDescription("Administratören. / The administrator.")
            .Produces<RoundJson>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/{year:int}/state", MoveAsync)
            .RequireAuthorization(Accounts.AdminPolicy)
            .WithName("MoveRound")
            .WithSummary("Flytta en omgång ett steg / Move a round a step")
            .WithDescription("Administratören: open → inReview → approved (låst / locked) → published; från inReview också tillbaka till open. "
                + "Ett steg som inte går från omgångens läge ger 409. / The administrator; from inReview also back to open. A step the round cannot take from where it is gives 409.")
            .Produces<RoundJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<IResult> ListAsync(
        [Description("Organisationens id. / The organization's id.")] string org,
        ClaimsPrincipal user, HallbarDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            return ApiProblems.NoOrganization(org);
        }

        var signedIn = Publication.IsSignedIn(user);
        var rows = await db.Rounds.AsNoTracking()
            .Where(r => r.OrganizationId == org && (signedIn || r.State == nameof(RoundState.Published)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.OrderByDescending(r => r.Year).Select(r => Json(r, signedIn)).ToList());
    }

    private static async Task<IResult> OpenAsync(
        [Description("Organisationens id. / The organization's id.")] string org,
        RoundOpenJson body,
        ClaimsPrincipal user, HallbarDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.Year is not ({ } year and >= 1900 and <= 2200))
        {
            return ApiProblems.Invalid("year", "Ange redovisningsåret, 1900–2200.", "Give the report year, 1900–2200.");
        }

        var result = await new Editor(db, time).OpenRoundAsync(org, year, Api.ChangedBy(user), cancellationToken);
        return result.Status switch
        {
            EditStatus.Saved => TypedResults.Created($"{Api.Prefix}/organizations/{org}/rounds", Json(await RowAsync(db, org, year, cancellationToken), signedIn: true)),
            // The only refusal of a year that is well-formed: its round is already there.
            EditStatus.Invalid => ApiProblems.Problem(StatusCodes.Status409Conflict, "Omgången finns redan", "The round already exists", result.Message, result.English),
            _ => ApiProblems.Of(result, "year"),
        };
    }

    private static async Task<IResult> MoveAsync(
        [Description("Organisationens id. / The organization's id.")] string org,
        [Description("Redovisningsåret. / The report year.")] int year,
        RoundMoveJson body,
        ClaimsPrincipal user, HallbarDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.State is not { } state)
        {
            return ApiProblems.Invalid("state", "Ange nästa steg: open, inReview, approved eller published.", "Give the next state: open, inReview, approved or published.");
        }

        var result = await new Editor(db, time).MoveRoundAsync(org, year, state, Api.ChangedBy(user), cancellationToken);
        return result.Status switch
        {
            EditStatus.Saved => TypedResults.Ok(Json(await RowAsync(db, org, year, cancellationToken), signedIn: true)),
            EditStatus.Invalid => ApiProblems.Problem(StatusCodes.Status409Conflict, "Steget går inte", "The round cannot take that step", result.Message, result.English),
            _ => ApiProblems.Of(result, "state"),
        };
    }

    private static async Task<RoundRow> RowAsync(HallbarDbContext db, string org, int year, CancellationToken cancellationToken) =>
        await db.Rounds.AsNoTracking().SingleAsync(r => r.OrganizationId == org && r.Year == year, cancellationToken);

    private static RoundJson Json(RoundRow row, bool signedIn)
    {
        var round = new ReportingRound(row.OrganizationId, row.Year, Enum.Parse<RoundState>(row.State));
        return new RoundJson(row.Year, round.State, round.IsLocked, round.Next, row.ChangedAt, signedIn ? row.ChangedBy : null);
    }
}
