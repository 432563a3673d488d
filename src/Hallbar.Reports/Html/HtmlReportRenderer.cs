using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Formatting;
using Hallbar.Reports.Charts;
using Hallbar.Reports.Markdown;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Html;

/// <summary>
/// The report as one self-contained HTML file (styles and charts inline, print styles for paper and
/// PDF), or as an article for the web application's own page. Semantic headings, tables with
/// captions and header cells, every chart with its text alternative and data table.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Format => "html";

    public string MediaType => "text/html; charset=utf-8";

    public async Task RenderAsync(Report report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Encoding.UTF8.GetBytes(RenderDocument(report));
        await output.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>A whole HTML document.</summary>
    public static string RenderDocument(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(report.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Hallbar\">\n")
            .Append("<title>").Append(E(DocumentTitle(report))).Append("</title>\n<style>").Append(ReportStyles.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<main>\n");
        AppendArticle(html, report);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The report as an &lt;article&gt;, for a page that has its own head, &lt;main&gt; and styles (<see cref="ReportStyles.Css"/>).</summary>
    public static string RenderArticle(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(256 * 1024);
        AppendArticle(html, report);
        return html.ToString();
    }

    /// <summary>
    /// One chapter as a &lt;section&gt; headed at the given level, its sections below it, for a page that shows
    /// part of what a report shows (the survey's results) under its own heading, with the report's stylesheet.
    /// </summary>
    public static string RenderSection(Report report, Chapter chapter, int headingLevel)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(chapter);
        var html = new StringBuilder(16 * 1024);
        var footnotes = 0;
        AppendChapter(html, report, chapter, headingLevel, ref footnotes);
        return html.ToString();
    }

    /// <summary>"Hållbarhetsredovisning 2025 – Region Västmanland": the title a browser, a PDF reader and a screen reader announce.</summary>
    public static string DocumentTitle(Report report) => $"{report.Title} – {report.OrganizationName}";

    private static void AppendArticle(StringBuilder html, Report report)
    {
        html.Append("<article class=\"report\">\n<header class=\"title-page\">\n<p class=\"organization\">").Append(E(report.OrganizationName))
            .Append("</p>\n<h1>").Append(E(report.Title)).Append("</h1>\n</header>\n");
        AppendContents(html, report);
        var footnotes = 0;
        foreach (var chapter in report.Chapters)
        {
            AppendChapter(html, report, chapter, 2, ref footnotes);
        }

        html.Append("<footer class=\"colophon\"><p>").Append(E(report.Labels.Generated)).Append("</p></footer>\n</article>\n");
    }

    private static void AppendContents(StringBuilder html, Report report)
    {
        html.Append("<nav class=\"contents\" aria-labelledby=\"innehallsforteckning\">\n<h2 id=\"innehallsforteckning\">").Append(E(report.Labels.Contents)).Append("</h2>\n");
        AppendContentsList(html, report.Chapters, 1);
        html.Append("</nav>\n");
    }

    private static void AppendContentsList(StringBuilder html, IReadOnlyList<Chapter> chapters, int depth)
    {
        html.Append("<ol>");
        foreach (var chapter in chapters)
        {
            html.Append("<li><a href=\"#").Append(E(chapter.Id)).Append("\">").Append(E(chapter.Title)).Append("</a>");
            if (depth < 2 && chapter.Children.Count > 0)
            {
                AppendContentsList(html, chapter.Children, depth + 1);
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    /// <param name="footnotes">The narrative's footnotes numbered before this chapter; counts on with the chapter's.</param>
    private static void AppendChapter(StringBuilder html, Report report, Chapter chapter, int level, ref int footnotes)
    {
        var heading = Math.Min(level, 6);
        html.Append("<section id=\"").Append(E(chapter.Id)).Append('"').Append(chapter.IsAppendix && level == 2 ? " class=\"appendix\"" : string.Empty)
            .Append(" aria-labelledby=\"rubrik-").Append(E(chapter.Id)).Append("\">\n<h").Append(heading).Append(" id=\"rubrik-").Append(E(chapter.Id)).Append("\">");
        var titleNotes = footnotes + 1;
        AppendTitle(html, chapter, ref footnotes);
        html.Append("</h").Append(heading).Append(">\n");
        var narratives = new ChapterNarrative(chapter.Blocks.OfType<NarrativeBlock>());
        var narrative = 0;
        foreach (var block in chapter.Blocks)
        {
            switch (block)
            {
                case NarrativeBlock text:
                    var lang = text.Language == report.Language ? string.Empty : $" lang=\"{E(text.Language)}\"";
                    html.Append("<div class=\"narrative\"").Append(lang).Append(">\n")
                        .Append(NarrativeHtml.Render(narratives.Document(text), heading + 1 - narratives.ShallowestHeading, $"{chapter.Id}-{++narrative}", ref footnotes)).Append("</div>\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Append("<p class=\"generated\">");
                    if (paragraph.Label is { } label)
                    {
                        html.Append("<strong>").Append(E(label)).Append(":</strong> ");
                    }

                    html.Append(E(paragraph.Text)).Append("</p>\n");
                    break;
                case DefinitionListBlock list:
                    html.Append("<dl class=\"scale\">\n");
                    foreach (var item in list.Items)
                    {
                        html.Append("<dt>").Append(E(item.Term)).Append("</dt><dd>").Append(E(item.Meaning)).Append("</dd>\n");
                    }

                    html.Append("</dl>\n");
                    break;
                case TableBlock table:
                    AppendTable(html, table, report.Labels.Missing);
                    break;
                case ChartBlock chart:
                    AppendChart(html, report, chart);
                    break;
                case PhotoBlock photo:
                    AppendPhoto(html, report, photo);
                    break;
            }
        }

        AppendTitleNotes(html, chapter, titleNotes);
        foreach (var child in chapter.Children)
        {
            AppendChapter(html, report, child, level + 1, ref footnotes);
        }

        html.Append("</section>\n");
    }

    /// <summary>The heading's text with the marks of its footnotes after their words, linked to the notes as the narrative's are.</summary>
    private static void AppendTitle(StringBuilder html, Chapter chapter, ref int footnotes)
    {
        var from = 0;
        for (var i = 0; i < chapter.TitleNotes.Count; i++)
        {
            var at = Math.Clamp(chapter.TitleNotes[i].At, from, chapter.Title.Length);
            var number = ++footnotes;
            html.Append(E(chapter.Title[from..at])).Append("<a id=\"").Append(E(TitleNoteId(chapter, "fnref", i + 1))).Append("\" href=\"#").Append(E(TitleNoteId(chapter, "fn", number)))
                .Append("\" class=\"footnote-ref\"><sup>").Append(number).Append("</sup></a>");
            from = at;
        }

        html.Append(E(chapter.Title[from..]));
    }

    /// <summary>The heading's footnotes, where a chapter's narrative has its own: below its text, numbered on from <paramref name="first"/>.</summary>
    private static void AppendTitleNotes(StringBuilder html, Chapter chapter, int first)
    {
        if (chapter.TitleNotes.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"footnotes\">\n<hr>\n<ol").Append(first == 1 ? string.Empty : $" start=\"{first}\"").Append(">\n");
        for (var i = 0; i < chapter.TitleNotes.Count; i++)
        {
            html.Append("<li id=\"").Append(E(TitleNoteId(chapter, "fn", first + i))).Append("\">\n<p>").Append(E(chapter.TitleNotes[i].Text))
                .Append("<a href=\"#").Append(E(TitleNoteId(chapter, "fnref", i + 1))).Append("\" class=\"footnote-back-ref\">\u21a9</a></p>\n</li>\n");
        }

        html.Append("</ol>\n</div>\n");
    }

    /// <summary>An anchor of a heading's footnote, of the narrative's form ("fn:7", "fnref:1") under the heading's own prefix.</summary>
    private static string TitleNoteId(Chapter chapter, string kind, int number) => $"{chapter.Id}-rubrik-{kind}:{number}";

    private static void AppendTable(StringBuilder html, TableBlock table, string missing)
    {
        var notesId = $"{table.Id}-fotnoter";
        AppendScrollRegion(html, $"{table.Id}-rubrik");
        html.Append("<table id=\"").Append(E(table.Id)).Append('"');
        if (table.Notes.Count > 0)
        {
            html.Append(" aria-describedby=\"").Append(E(notesId)).Append('"');
        }

        html.Append(">\n<caption id=\"").Append(E(table.Id)).Append("-rubrik\">").Append(E(table.Caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\"").Append(ColumnClass(column.Kind)).Append('>').Append(E(column.Header));
            AppendMarks(html, column.Marks);
            html.Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append(row.Kind == RowKind.Summary ? "<tr class=\"summary\">" : "<tr>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var kind = i < table.Columns.Count ? table.Columns[i].Kind : ColumnKind.Text;
                AppendCell(html, row.Cells[i], i == 0, kind, missing);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (table.Notes.Count > 0)
        {
            html.Append("<ul class=\"table-notes\" id=\"").Append(E(notesId)).Append("\">\n");
            foreach (var note in table.Notes)
            {
                html.Append("<li><span class=\"mark\">").Append(E(note.Mark)).Append("</span> ").Append(E(note.Text)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</div>\n");
    }

    /// <summary>A wide table scrolls sideways on a narrow screen; keyboard users reach the scrolling by tabbing to it.</summary>
    private static void AppendScrollRegion(StringBuilder html, string labelId) =>
        html.Append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Append(E(labelId)).Append("\">\n");

    private static void AppendCell(StringBuilder html, Cell cell, bool isRowHeader, ColumnKind kind, string missing)
    {
        var classes = kind switch
        {
            ColumnKind.Number when cell.Number is not null || cell.IsMissing || cell.Parts.Count > 0 => "num",
            ColumnKind.Grade when cell.Verdict is { } verdict => $"grade grade-{VerdictName(verdict)}",
            ColumnKind.Grade => "grade",
            _ => null,
        };
        html.Append(isRowHeader ? "<th scope=\"row\"" : "<td");
        if (!isRowHeader && classes is not null)
        {
            html.Append(" class=\"").Append(classes).Append('"');
        }

        html.Append('>');
        if (cell.Parts.Count > 0)
        {
            for (var i = 0; i < cell.Parts.Count; i++)
            {
                html.Append(i == 0 ? string.Empty : "<br>").Append(E(cell.Parts[i].Label));
                AppendMarks(html, cell.Parts[i].Marks);
                html.Append(' ');
                AppendValue(html, cell.Parts[i].Text, cell.Parts[i].Number is null && cell.Parts[i].Text == "-", missing);
            }
        }
        else
        {
            AppendValue(html, cell.Text, cell.IsMissing, missing);
        }

        AppendMarks(html, cell.Marks);
        html.Append(isRowHeader ? "</th>" : "</td>");
    }

    /// <summary>A missing value prints "-" as in the model case; a screen reader hears that it is missing.</summary>
    private static void AppendValue(StringBuilder html, string text, bool isMissing, string missing)
    {
        if (isMissing)
        {
            html.Append("<span aria-hidden=\"true\">-</span><span class=\"visually-hidden\">").Append(E(missing)).Append("</span>");
        }
        else
        {
            html.Append(E(text));
        }
    }

    private static void AppendMarks(StringBuilder html, IReadOnlyList<string> marks)
    {
        foreach (var mark in marks)
        {
            html.Append("<sup class=\"mark\">").Append(E(mark)).Append("</sup>");
        }
    }

    /// <summary>The photo at the text's width; its credit, when it has one, as the caption.</summary>
    private static void AppendPhoto(StringBuilder html, Report report, PhotoBlock photo)
    {
        html.Append("<figure class=\"photo\" id=\"").Append(E(photo.Id)).Append("\">\n<img src=\"").Append(photo.DataUri).Append("\" alt=\"").Append(E(photo.AltText))
            .Append("\" width=\"").Append(photo.Width).Append("\" height=\"").Append(photo.Height).Append("\">\n");
        if (photo.Credit is { } credit)
        {
            html.Append("<figcaption>").Append(E($"{report.Labels.Photo}: {credit}")).Append("</figcaption>\n");
        }

        html.Append("</figure>\n");
    }

    private static void AppendChart(StringBuilder html, Report report, ChartBlock chart)
    {
        var labels = report.Labels;
        var captionId = $"{chart.Id}-rubrik";
        var descriptionId = $"{chart.Id}-beskrivning";
        html.Append("<figure class=\"chart\" id=\"").Append(E(chart.Id)).Append("\" aria-labelledby=\"").Append(E(captionId)).Append("\">\n")
            .Append("<figcaption id=\"").Append(E(captionId)).Append("\">").Append(E($"{labels.Chart} {chart.Number}: {chart.Title}")).Append("</figcaption>\n")
            .Append("<div class=\"chart-image\">").Append(ChartImage.Svg(chart, report.Language, ChartImage.LayoutWidth, ChartImage.LayoutHeight(chart))).Append("</div>\n")
            .Append("<p class=\"chart-description\" id=\"").Append(E(descriptionId)).Append("\">").Append(E(chart.Description)).Append("</p>\n");

        AppendScrollRegion(html, $"{chart.Id}-data");
        html.Append("<table class=\"chart-data\">\n<caption id=\"").Append(E(chart.Id)).Append("-data\">").Append(E($"{labels.ChartData}: {chart.Title}")).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(E(chart.CategoryHeader)).Append("</th>");
        foreach (var series in chart.Series)
        {
            html.Append("<th scope=\"col\" class=\"num\">").Append(E(series.Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(chart.Categories[i])).Append("</th>");
            foreach (var series in chart.Series)
            {
                html.Append("<td class=\"num\">");
                if (i < series.Values.Count && series.Values[i] is { } value)
                {
                    html.Append(E(NumberText.WithUnit(Math.Round(value, chart.Decimals, MidpointRounding.AwayFromZero), chart.Unit, report.Language)));
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</figure>\n");
    }

    private static string ColumnClass(ColumnKind kind) => kind == ColumnKind.Number ? " class=\"num\"" : string.Empty;

    private static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Positive => "positive",
        Verdict.Unchanged => "unchanged",
        Verdict.Negative => "negative",
        _ => "none",
    };

    private static string E(string text) => Encoder.Encode(text);
}
