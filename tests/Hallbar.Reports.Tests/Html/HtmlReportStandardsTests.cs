using Hallbar.Reports.Html;
using Hallbar.Reports.Tests.Tools;

namespace Hallbar.Reports.Tests.Html;

/// <summary>The demo report's HTML against the Nu Html Checker and axe-core's WCAG 2.1 A and AA rules, in both languages.</summary>
[Collection(SharedChromium.Name)]
public sealed class HtmlReportStandardsTests(ChromiumFixture chromium)
{
    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    [Trait(Needs.Trait, Needs.Java)]
    public async Task DemoReport_PassesTheNuHtmlChecker(string language) =>
        await Vnu.AssertNoErrorsAsync(HtmlReportRenderer.RenderDocument(Demo.Report(language)));

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    [Trait(Needs.Trait, Needs.Chromium)]
    public async Task DemoReport_HasNoAxeViolations(string language) =>
        await Axe.AssertNoViolationsAsync(chromium.Browser, HtmlReportRenderer.RenderDocument(Demo.Report(language)));
}
