using System.Security.Cryptography;
using System.Text;
using Hallbar.Reports.Html;

namespace Hallbar.Web.Features.Report;

/// <summary>
/// The report's own stylesheet as a file of the site, so the reading page needs no inline styles
/// under the content security policy. Its address carries a hash of its content, so it may be cached for good.
/// </summary>
public static class ReportStylesheet
{
    public const string Path = "/css/rapport.css";

    /// <summary>The address to link to: changes whenever the styles do.</summary>
    public static string Href { get; } = $"{Path}?v={Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ReportStyles.Css)))[..12]}";

    public static IEndpointConventionBuilder MapReportStylesheet(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(ReportStyles.Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
}
