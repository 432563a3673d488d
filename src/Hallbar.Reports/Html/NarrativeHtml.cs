using System.Text.RegularExpressions;
using Ganss.Xss;
using Hallbar.Reports.Markdown;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Hallbar.Reports.Html;

/// <summary>
/// Narrative Markdown as safe HTML inside a chapter: headings continue below the chapter's level,
/// footnote anchors are unique in the whole report, and a sanitizer removes anything that is not
/// plain document markup (scripts, event handlers, javascript: links).
/// </summary>
internal static partial class NarrativeHtml
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <param name="document">The narrative, parsed with its chapter (<see cref="ChapterNarrative"/>).</param>
    /// <param name="shift">Levels to add to its headings, so that they continue below the chapter's heading.</param>
    /// <param name="idPrefix">Prefix for the footnote anchors, unique per narrative block in the report.</param>
    public static string Render(MarkdownDocument document, int shift, string idPrefix)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Clamp(heading.Level + shift, 1, 6);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        NarrativeMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        // Markdig numbers footnotes per text ("fn:1"); several texts on one page need their own anchors.
        var html = FootnoteAnchor().Replace(writer.ToString(), m => $"{m.Groups[1].Value}=\"{m.Groups[2].Value}{idPrefix}-{m.Groups[3].Value}");
        return Sanitizer.Sanitize(html);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }

    [GeneratedRegex("(id|href)=\"(#?)(fn(?:ref)?:)")]
    private static partial Regex FootnoteAnchor();
}
