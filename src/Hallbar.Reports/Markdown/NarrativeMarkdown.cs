using Markdig;
using Markdig.Syntax;

namespace Hallbar.Reports.Markdown;

/// <summary>
/// How narrative Markdown is read by every renderer: CommonMark with footnotes, pipe tables and
/// autolinks, and no raw HTML — what an author types can never become markup of its own.
/// </summary>
public static class NarrativeMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
