using Hallbar.Reports.Tests.Tools;
using Microsoft.Playwright;

namespace Hallbar.Web.BrowserTests.Accessibility;

/// <summary>axe-core's WCAG 2.1 A and AA rules on every page of Hallbar, as each role that may see it, in a real Chromium.</summary>
[Collection(SharedBrowser.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
public sealed class AxeTests(BrowserFixture browser, AxeSite site) : IClassFixture<AxeSite>
{
    public static TheoryData<string, Role> Cases => SitePages.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_AsRole_HasNoAxeViolations(string page, Role role)
    {
        await using var visitor = await site.VisitAsync(browser, role);
        await SitePages.Named(page).ShowAsync(visitor);

        var violations = await Axe.CheckAsync(visitor.Page);

        if (violations.Count > 0)
        {
            var screenshot = Path.Combine(site.Screenshots, $"{page}-{role}.png");
            await visitor.Page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            Assert.Fail($"axe-core found {violations.Count} WCAG 2.1 A/AA violation(s) on {visitor.Page.Url} as {role} (screenshot: {screenshot}):\n{string.Join('\n', violations)}");
        }
    }
}
