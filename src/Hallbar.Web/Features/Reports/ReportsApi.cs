using System.ComponentModel;
using System.Security.Claims;
using Hallbar.Data;
using Hallbar.Reports;
using Hallbar.Reports.Pdf;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Mvc;
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
        ClaimsPrincipal user, HallbarDbContext db, ModelCache cache, Publication publication,
        [FromServices] IEnumerable<IReportRenderer> registered, CancellationToken cancellationToken)
    {
        // A renderer the application registers (a PDF renderer sharing one browser) goes before the library's own.
        var wanted = format ?? "html";
        if (registered.Concat(ReportRenderers.All).FirstOrDefault(r => string.Equals(r.Format, wanted, StringComparison.OrdinalIgnoreCase)) is not { } renderer)
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

        using var file = new MemoryStream();
        try
        {
            await renderer.RenderAsync(cached.Report(year, language), file, cancellationToken);
        }
        catch (ChromiumNotFoundException e)
        {
            return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "PDF kan inte skrivas ut här", "PDF cannot be printed here", e.Message,
                "PDF is printed with Chromium, which is not installed on the server; the other formats work.");
        }

        var name = $"hallbarhetsredovisning-{org}-{year}{(language == "en" ? "-en" : string.Empty)}.{renderer.Format}";
        return TypedResults.File(file.ToArray(), renderer.MediaType, name);
    }
}
