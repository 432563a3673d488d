using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>Small factories for the WordprocessingML elements every part of the renderer writes.</summary>
internal static class Word
{
    /// <summary>The width of the text between the margins of an A4 page, in twentieths of a point.</summary>
    public const int TextWidth = PageWidth - (2 * Margin);

    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int Margin = 1418;

    /// <remarks>An array, not an enumerable: a run is itself an enumerable of elements and would be taken apart.</remarks>
    public static Paragraph Paragraph(string? styleId, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (styleId is not null)
        {
            paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        }

        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>A run of text; line breaks in the text become breaks, so that no line is lost in Word.</summary>
    public static Run Run(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.RunProperties = properties;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    public static Run Bold(string text) => Run(text, new RunProperties { Bold = new Bold() });

    /// <summary>A footnote mark of a table ("*", "**") set above the line, as marks are printed.</summary>
    public static Run Superscript(string text) =>
        Run(text, new RunProperties { VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript } });

    /// <summary>
    /// A field as Word writes it (begin, code, separate, result, end), so that Word and LibreOffice
    /// both show <paramref name="result"/> until they compute the field themselves.
    /// </summary>
    public static IEnumerable<Run> Field(string code, string result) => [.. FieldStart(code), Run(result), FieldEnd()];

    /// <summary>The runs that open a field whose result follows, possibly over several paragraphs.</summary>
    public static IEnumerable<Run> FieldStart(string code, bool dirty = false) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = dirty ? true : null }),
        new Run(new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];

    public static Run FieldEnd() => new(new FieldChar { FieldCharType = FieldCharValues.End });

    /// <summary>A caption with its number as a SEQ field, so that Word can list tables and figures.</summary>
    public static Paragraph Caption(string label, int number, string text) => Paragraph(
        DocxStyles.Caption,
        [Run($"{label} "), .. Field($"SEQ {label} \\* ARABIC", number.ToString(System.Globalization.CultureInfo.InvariantCulture)), Run($": {text}")]);

    /// <summary>The BCP 47 tag Word expects for a report language: Swedish unless English is asked for.</summary>
    public static string LanguageTag(string language) => language == "en" ? "en-GB" : "sv-SE";
}
