using System.Text.RegularExpressions;
using Ganss.Xss;
using Hallbar.Reports.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Hallbar.Reports.Html;

/// <summary>
/// Narrative Markdown as safe HTML inside a chapter: headings continue below the chapter's level,
/// footnotes are numbered on through the whole report (as the model case and Word number them) with
/// anchors unique in it, and a sanitizer removes anything that is not plain document markup (scripts,
/// event handlers, javascript: links).
/// </summary>
internal static partial class NarrativeHtml
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <param name="document">The narrative, parsed with its chapter (<see cref="ChapterNarrative"/>).</param>
    /// <param name="shift">Levels to add to its headings, so that they continue below the chapter's heading.</param>
    /// <param name="idPrefix">Prefix for the footnote anchors, unique per narrative block in the report.</param>
    /// <param name="footnotes">The footnotes numbered before this text; counts on with this text's.</param>
    public static string Render(MarkdownDocument document, int shift, string idPrefix, ref int footnotes)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Clamp(heading.Level + shift, 1, 6);
        }

        // Markdig numbers a text's footnotes from 1; the report goes on from the texts before it.
        var first = footnotes + 1;
        foreach (var footnote in document.Descendants<Footnote>().Where(f => f.Order > 0))
        {
            footnote.Order += first - 1;
            footnotes = Math.Max(footnotes, footnote.Order);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        NarrativeMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        // Markdig's anchors are per text ("fnref:1"); several texts on one page need their own.
        var html = FootnoteAnchor().Replace(writer.ToString(), m => $"{m.Groups[1].Value}=\"{m.Groups[2].Value}{idPrefix}-{m.Groups[3].Value}");
        html = FootnoteList().Replace(html, first == 1 ? "<ol>" : $"<ol start=\"{first}\">");
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

    [GeneratedRegex("(?<=<div class=\"footnotes\">\\s*<hr\\s*/?>\\s*)<ol>")]
    private static partial Regex FootnoteList();
}
