using Hallbar.Data;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Reading;

/// <summary>
/// Which organization and year a reading page shows: the year asked for when the viewer may see it,
/// else the newest they may. The public is sent to sign in for a year that is not published.
/// </summary>
public sealed class YearAccess(HallbarDbContext db, ModelCache cache, Publication publication)
{
    /// <returns>The year to show, or the answer to give instead: 404 for an unknown organization or year, a challenge to sign in, or 403.</returns>
    public async Task<(ShownYear? Shown, IActionResult? Refusal)> ResolveAsync(PageModel page, string organizationId, int? year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (await cache.GetAsync(db, organizationId, cancellationToken) is not { } cached)
        {
            return (null, page.NotFound());
        }

        var signedIn = Publication.IsSignedIn(page.User);
        var years = await publication.YearsAsync(page.User, cached, cancellationToken);
        var shown = year ?? (years.Count > 0 ? years[0] : null);
        if (shown is null || !years.Contains(shown.Value))
        {
            // Signing in may open an unpublished year to the public; a reader with a role already sees every year there is,
            // and one signed in without a role (from single sign-on, not yet given one) would only be sent round in a circle.
            return (null, signedIn ? page.NotFound() : page.User.Identity?.IsAuthenticated == true ? page.Forbid() : page.Challenge());
        }

        return (new ShownYear(cached, shown.Value, years, signedIn), null);
    }
}
