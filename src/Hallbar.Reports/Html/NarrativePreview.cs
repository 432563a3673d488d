using System.Net;
using System.Text;
using Hallbar.Reports.Building;
using Hallbar.Reports.Markdown;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Html;

/// <summary>
/// One narrative section's Markdown as the HTML report renders it, for an author's preview before
/// saving: read and sanitized exactly as in the report (no raw HTML, no scripts, no javascript:
/// links), with each directive line (<c>{{indicators}}</c>) kept as a marked placeholder
/// (<c>p.directive</c>) where the report puts generated content.
/// </summary>
public static class NarrativePreview
{
    /// <param name="markdown">The section's text as the author wrote it.</param>
    /// <param name="headingLevel">The level the text's shallowest Markdown heading gets, as below its section's heading in the report.</param>
    public static string Render(string markdown, int headingLevel)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var parts = Directives.Split(markdown).Select(p => (Block: p.Markdown is null ? null : new NarrativeBlock(p.Markdown, "sv"), p.Directive)).ToList();
        // Read together, as a chapter is, so that a footnote defined after a directive still belongs to the text before it.
        var narratives = new ChapterNarrative(parts.Select(p => p.Block).OfType<NarrativeBlock>());
        var html = new StringBuilder();
        var index = 0;
        var footnotes = 0;
        foreach (var (block, directive) in parts)
        {
            if (block is not null)
            {
                html.Append("<div class=\"narrative\">\n")
                    .Append(NarrativeHtml.Render(narratives.Document(block), headingLevel - narratives.ShallowestHeading, $"forhandsvisning-{++index}", ref footnotes))
                    .Append("</div>\n");
            }
            else
            {
                html.Append("<p class=\"directive\"><code>{{").Append(WebUtility.HtmlEncode(directive)).Append("}}</code></p>\n");
            }
        }

        return html.ToString();
    }
}
