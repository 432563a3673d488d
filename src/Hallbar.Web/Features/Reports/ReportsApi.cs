using System.ComponentModel;
using System.Security.Claims;
using Hallbar.Data;
using Hallbar.Reports;
using Hallbar.Reports.Pdf;
using Hallbar.Web.Features.Report;
using Hallbar.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Reports;

/// <summary>The API's report files: every format, for the public once the year is published.</summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/organizations/{org}/reports").WithTags("Redovisningen / The report")
            .MapGet("/{year:int}", GetAsync)
            .WithName("GetReport")
            .WithSummary("Hållbarhetsredovisningen som fil / The sustainability report as a file")
            .WithDescription("HTML, PDF, DOCX eller XLSX, på svenska eller engelska. Utan inloggning: publicerade år. "
                + "/ HTML, PDF, DOCX or XLSX, in Swedish or English. Without signing in: published years.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<IResult> GetAsync(
        [Description("Organisationens id. / The organization's id.")] string org,
        [Description("Redovisningsåret. / The report year.")] int year,
        [Description("html, pdf, docx eller xlsx; utan: html. / Without: html.")] string? format,
        [Description("sv eller en; utan: sv. / Without: sv.")] string? lang,
        ClaimsPrincipal user, HallbarDbContext db, ModelCache cache, Publication publication, ReportFiles files, CancellationToken cancellationToken)
    {
        if (ReportRenderers.Find(format ?? "html") is not { } renderer)
        {
            return ApiProblems.Invalid("format", $"Välj ett av formaten {string.Join(", ", ReportRenderers.Formats)}.", $"Choose one of the formats {string.Join(", ", ReportRenderers.Formats)}.");
        }

        var language = lang ?? "sv";
        if (language is not ("sv" or "en"))
        {
            return ApiProblems.Invalid("lang", "Välj språket sv eller en.", "Choose the language sv or en.");
        }

        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return ApiProblems.NoOrganization(org);
        }

        if (!await publication.MaySeeAsync(user, org, year, cancellationToken))
        {
            return ApiProblems.NotPublished(year);
        }

        if (!cached.Years.Contains(year) && !await db.Rounds.AnyAsync(r => r.OrganizationId == org && r.Year == year, cancellationToken))
        {
            return ApiProblems.NotFound($"Det finns ingen redovisning för {year}.", $"There is no report for {year}.");
        }

        byte[] file;
        try
        {
            // Written once per revision and shared with the report page's downloads (and their one Chromium).
            file = await files.FileAsync(cached, year, language, renderer, cancellationToken);
        }
        catch (ChromiumNotFoundException e)
        {
            return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "PDF kan inte skrivas ut här", "PDF cannot be printed here", e.Message,
                "PDF is printed with Chromium, which is not installed on the server; the other formats work.");
        }

        return TypedResults.File(file, renderer.MediaType, ReportChoices.FileName(org, year, language, renderer.Format));
    }
}
