using AngleSharp.Html.Parser;
using Hallbar.Reports.Html;

namespace Hallbar.Reports.Tests.Html;

public sealed class NarrativePreviewTests
{
    [Fact]
    public void Render_RawHtmlAndScriptLinks_NeverBecomeMarkup()
    {
        var html = NarrativePreview.Render("Text <script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1))", 3);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, img, [onerror]"));
        Assert.DoesNotContain("javascript", document.QuerySelector("a")?.GetAttribute("href") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("<script>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Directives_AreMarkedPlaceholders_AndHeadingsStartAtTheLevelGiven()
    {
        var html = NarrativePreview.Render("## Del\n\nFöre[^1].\n\n{{indicators}}\n\nEfter.\n\n[^1]: Not.\n", 4);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("Del", document.QuerySelector("h4")!.TextContent);
        Assert.Equal("{{indicators}}", document.QuerySelector("p.directive")!.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("div.narrative").Length);
        // The footnote defined after the directive still belongs to the text before it, as in the report.
        Assert.NotNull(document.QuerySelector("div.narrative .footnotes"));
    }
}
