using System.ComponentModel;
using System.Security.Claims;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Domain.Assessment;
using Hallbar.Web.Features.Organizations;
using Hallbar.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Assessments;

/// <summary>The API's assessments: the suggestion with its rationale beside the final assessment, set by the admin through the editor.</summary>
public static class AssessmentsApi
{
    /// <summary>The overall assessment's id in the API; the editor knows it as no subject.</summary>
    private const string Overall = "overall";

    public static RouteGroupBuilder MapAssessmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations/{org}/assessments").WithTags("Bedömningar / Assessments");
        group.MapGet("/", ListAsync)
            .CacheOutput(PublicReadCache.Name)
            .WithName("ListAssessments")
            .WithSummary("Ett redovisningsårs bedömningar / A report year's assessments")
            .WithDescription("För varje mätetal och nod: regelns förslag med motivering, den slutliga bedömningen och om de skiljer sig. "
                + "/ For every measure and node: the rule's suggestion with its rationale, the final assessment and whether they differ.")
            .Produces<AssessmentListJson>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{subjectId}/{year:int}", SetAsync)
            .RequireAuthorization(Accounts.AdminPolicy)
            .WithName("SetAssessment")
            .WithSummary("Sätt den slutliga bedömningen / Set the final assessment")
            .WithDescription("Administratören. En annan bedömning än förslaget kräver en motivering; ett låst år kan inte ändras. "
                + "/ The administrator. A grade other than the suggestion needs a motivation; a locked year cannot be changed.")
            .Produces<SavedJson>()
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
        [Description("Redovisningsåret; utan: det senaste publicerade (inloggad: det senaste). / The report year; without: the newest published (signed in: the newest).")] int? year,
        ClaimsPrincipal user, HallbarDbContext db, ModelCache cache, Publication publication, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return ApiProblems.NoOrganization(org);
        }

        if ((year ?? await publication.DefaultYearAsync(user, cached, cancellationToken)) is not { } shown || !await publication.MaySeeAsync(user, org, shown, cancellationToken))
        {
            return ApiProblems.NotPublished(year);
        }

        var versions = await db.Assessments.AsNoTracking()
            .Where(a => a.OrganizationId == org && a.Year == shown && a.ScaleId == string.Empty)
            .ToDictionaryAsync(a => a.SubjectId.Length == 0 ? Overall : a.SubjectId, a => a.Version, StringComparer.Ordinal, cancellationToken);
        var items = new List<AssessmentJson>();
        void Add(AssessmentResult result, string? parent)
        {
            items.Add(new AssessmentJson(result.Id, result.Name, result.Level, parent, result.Scale.Id,
                GradeJson.Of(result.Suggestion), result.Rationale, GradeJson.Of(result.Final), result.FinalIsSet, result.Motivation, result.Differs,
                versions.TryGetValue(result.Id, out var version) ? version : null));
            foreach (var child in result.Children)
            {
                Add(child, result.Id);
            }
        }

        Add(cached.Assessment(shown), null);
        return TypedResults.Ok(new AssessmentListJson(shown, items));
    }

    private static async Task<IResult> SetAsync(
        [Description("Organisationens id. / The organization's id.")] string org,
        [Description("Mätetalets eller nodens id, eller overall. / The measure's or node's id, or overall.")] string subjectId,
        [Description("Redovisningsåret. / The report year.")] int year,
        AssessmentWriteJson body,
        ClaimsPrincipal user, HallbarDbContext db, ModelCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Grade))
        {
            return ApiProblems.Invalid("grade", "Ange bedömningen.", "Give the grade.");
        }

        var change = new AssessmentChange(org, subjectId == Overall ? null : subjectId, year, body.Grade, body.Motivation, body.Version, Api.ChangedBy(user));
        var result = await new Editor(db, time).SetAssessmentAsync(change, cancellationToken);
        if (result.IsSaved)
        {
            return TypedResults.Ok(new SavedJson(result.Version!.Value, result.Message, result.English));
        }

        // The editor refuses a grade the scale lacks, or a differing grade without a motivation: say which field.
        var assessed = await cache.GetAsync(db, org, cancellationToken) is { } cached
            ? cached.Assessment(year).DescendantsAndSelf().FirstOrDefault(r => r.Id == subjectId)
            : null;
        return ApiProblems.Of(result, assessed?.Scale.Find(body.Grade) is null ? "grade" : "motivation");
    }
}
