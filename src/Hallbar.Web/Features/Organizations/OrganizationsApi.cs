using System.ComponentModel;
using System.Security.Claims;
using Hallbar.Data;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Organizations;

/// <summary>The API's organizations and their goal models.</summary>
public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organisationer och målmodell / Organizations and goal model");
        group.MapGet("/", ListAsync)
            .CacheOutput(PublicReadCache.Name)
            .WithName("ListOrganizations")
            .WithSummary("Organisationerna / The organizations")
            .WithDescription("Alla organisationer med sina publicerade redovisningsår. / Every organization with its published report years.")
            .Produces<IReadOnlyList<OrganizationJson>>();
        group.MapGet("/{org}/model", ModelAsync)
            .CacheOutput(PublicReadCache.Name)
            .WithName("GetGoalModel")
            .WithSummary("Målmodellen ett redovisningsår / The goal model in a report year")
            .WithDescription("Målträdet med målområden, mål, indikatorer, mätetal och målvärden, så som det redovisas året. Utan år: det senaste publicerade (inloggad: det senaste). "
                + "/ The goal tree with areas, goals, indicators, measures and targets as reported in the year. Without a year: the newest published (signed in: the newest).")
            .Produces<GoalModelJson>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(HallbarDbContext db, Publication publication, CancellationToken cancellationToken)
    {
        var organizations = new List<OrganizationJson>();
        foreach (var row in (await db.Organizations.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(o => o.Name, ModelStore.SwedishOrder))
        {
            organizations.Add(new OrganizationJson(row.Id, row.Name, row.Kind, await publication.PublishedYearsAsync(row.Id, cancellationToken)));
        }

        return TypedResults.Ok(organizations);
    }

    private static async Task<IResult> ModelAsync(
        [Description("Organisationens id, t.ex. region-vastmanland. / The organization's id.")] string org,
        [Description("Redovisningsåret. / The report year.")] int? year,
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

        var model = cached.Model;
        return TypedResults.Ok(new GoalModelJson(
            model.Organization.Id,
            model.Organization.Name,
            shown,
            [.. model.Organization.Units.Select(u => new OrgUnitJson(u.Id, u.Name, u.ParentId))],
            [.. model.Scales.Select(s => new ScaleJson(s.Id, s.Name, [.. s.Grades.Select(g => GradeJson.Of(g)!)]))],
            model.DefaultScaleId,
            [.. model.Goals.Select(node => Node(node, shown))]));
    }

    private static NodeJson Node(GoalNode node, int year) => new(
        node.Id, node.Kind, node.Name, node.LevelName, node.Statement, node.TargetYear,
        Targets(node.Targets),
        [.. node.Measures.Where(m => m.IsReportedIn(year)).Select(Measure)],
        [.. node.Children.Select(child => Node(child, year))]);

    private static MeasureJson Measure(Measure m) => new(
        m.Id, m.Name, m.Description, m.Kind, m.Unit, m.Direction,
        m.Baseline is { } b ? new BaselineJson(b.Year, b.Value) : null,
        m.DataLag,
        [.. m.Series.Select(s => new SeriesJson(s.Id, s.Name, s.Unit, s.Role))],
        Targets(m.Targets),
        m.Rule.Name, m.Purpose, m.IntroducedIn, m.RemovedIn, m.ResponsibleUnitId, m.DataSource);

    private static List<TargetJson> Targets(IReadOnlyList<Target> targets) => [.. targets.Select(t => t switch
    {
        DirectionTarget d => new TargetJson("direction", Camel(d.Direction), null, null, null, null, null, null, d.Year, d.Label, d.OnlyThatYear),
        LevelTarget l => new TargetJson("level", null, l.Value, l.Operator.Symbol(), null, null, null, null, l.Year, l.Label, l.OnlyThatYear),
        ChangeFromBaseTarget c => new TargetJson("changeFromBase", null, null, null, c.Percent, c.BaseYear, null, null, c.ByYear, c.Label, c.OnlyThatYear),
        AnnualChangeTarget a => new TargetJson("annualChange", null, null, null, null, null, a.PercentPerYear, null, a.Year, a.Label, a.OnlyThatYear),
        QualitativeTarget q => new TargetJson("qualitative", null, null, null, null, null, null, q.Text, q.Year, q.Label, q.OnlyThatYear),
        _ => throw new InvalidOperationException($"Unknown target {t.GetType().Name}."),
    })];

    private static string Camel(Direction direction) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(direction.ToString());
}
