namespace Hallbar.Reports.Tests.Tools;

[Collection(SharedChromium.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
public sealed class AxeTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task CheckAsync_AccessibleSwedishPage_HasNoViolations()
    {
        var violations = await Axe.CheckAsync(chromium.Browser, SampleDocuments.Swedish());

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task CheckAsync_ImageWithoutAlt_ReportsImageAltOnThatImage()
    {
        var violations = await Axe.CheckAsync(chromium.Browser, SampleDocuments.ImageWithoutAlt());

        var violation = Assert.Single(violations);
        Assert.Equal("image-alt", violation.RuleId);
        Assert.Equal("critical", violation.Impact);
        Assert.Equal("img", Assert.Single(violation.Targets));
        Assert.Contains("alternative text", violation.Help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_PageWithoutLanguage_ReportsHtmlHasLang()
    {
        var html = SampleDocuments.Swedish().Replace("<html lang=\"sv\">", "<html>", StringComparison.Ordinal);

        var violations = await Axe.CheckAsync(chromium.Browser, html);

        Assert.Contains(violations, v => v.RuleId == "html-has-lang");
    }

    [Fact]
    public async Task AssertNoViolationsAsync_ImageWithoutAlt_FailsNamingRuleAndElement()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Axe.AssertNoViolationsAsync(chromium.Browser, SampleDocuments.ImageWithoutAlt()));

        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("— img", failure.Message, StringComparison.Ordinal);
    }
}
