using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Hallbar.Reports.Tests.Tools;

/// <summary>
/// axe-core (bundled by Deque.AxeCore.Playwright) run in headless Chromium on an HTML document, with
/// the rules of WCAG 2.1 levels A and AA: what Swedish public-sector publications must meet.
/// </summary>
public static class Axe
{
    /// <summary>axe's tags for WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Opens the document in a fresh page of <paramref name="browser"/> and returns every violation.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> CheckAsync(IBrowser browser, string html)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(html);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await CheckAsync(page);
    }

    /// <summary>Runs axe on a page that is already open, as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations],
        };
        var result = await page.RunAxe(options);
        return
        [
            .. result.Violations.Select(v => new AxeViolation(
                v.Id,
                v.Impact,
                v.Help,
                v.HelpUrl,
                [.. v.Nodes.Select(n => n.Target?.ToString() ?? n.Html)])),
        ];
    }

    /// <summary>Fails, listing each rule with its elements and help, unless axe finds no violation.</summary>
    public static async Task AssertNoViolationsAsync(IBrowser browser, string html)
    {
        var violations = await CheckAsync(browser, html);
        if (violations.Count > 0)
        {
            Assert.Fail($"axe-core found {violations.Count} WCAG 2.1 A/AA violation(s):\n{string.Join('\n', violations)}");
        }
    }
}
