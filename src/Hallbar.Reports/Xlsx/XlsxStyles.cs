using Hallbar.Domain.Formatting;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hallbar.Reports.Xlsx;

/// <summary>The workbook's cell formats: each distinct <see cref="CellStyle"/> once, in the order first asked for.</summary>
internal sealed class XlsxStyles
{
    /// <summary>Excel keeps ids below this for its built-in number formats.</summary>
    private const uint FirstCustomFormatId = 164;

    private const int MaxDecimals = 10;

    private readonly List<CellStyle> _styles = [default];
    private readonly Dictionary<CellStyle, uint> _indexes = new() { [default] = 0 };
    private readonly List<string> _formats = [];

    public uint Index(CellStyle style)
    {
        if (!_indexes.TryGetValue(style, out var index))
        {
            index = (uint)_styles.Count;
            _styles.Add(style);
            _indexes.Add(style, index);
            if (style.NumberFormat is { } format && !_formats.Contains(format))
            {
                _formats.Add(format);
            }
        }

        return index;
    }

    /// <summary>
    /// A number format that shows a figure the way the report prints it: <c>#,##0.0" %"</c> shows 36.9 as
    /// "36,9 %" in a Swedish Excel, which puts in its own decimal comma and digit grouping. The unit is
    /// literal text after a no-break space, so a percentage stays the figure printed (36.9), not a fraction.
    /// </summary>
    public static string NumberFormat(string? unit, int decimals)
    {
        var number = NumberPattern(decimals);

        // A quote cannot stand inside a quoted literal: it closes the literal, is escaped, and the literal opens again.
        return string.IsNullOrEmpty(unit) ? number : $"{number}\"{NumberText.NoBreakSpace}{unit.Replace("\"", "\"\\\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>The figure's part of a number format, digits grouped: "#,##0.0". .NET reads it the same way.</summary>
    public static string NumberPattern(int decimals)
    {
        decimals = Math.Clamp(decimals, 0, MaxDecimals);
        return decimals > 0 ? "#,##0." + new string('0', decimals) : "#,##0";
    }

    public Stylesheet Build()
    {
        var stylesheet = new Stylesheet();
        if (_formats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(_formats.Select((f, i) => new NumberingFormat { NumberFormatId = FormatId(i), FormatCode = f }))
            {
                Count = (uint)_formats.Count,
            });
        }

        stylesheet.Append(
            new Fonts(Font(bold: false, size: 11), Font(bold: true, size: 11), Font(bold: true, size: 14)) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(Border(BorderStyleValues.None), Border(BorderStyleValues.Thin)) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(_styles.Select(CellFormat)) { Count = (uint)_styles.Count },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private static uint FormatId(int index) => FirstCustomFormatId + (uint)index;

    private CellFormat CellFormat(CellStyle style)
    {
        var format = new CellFormat
        {
            NumberFormatId = style.NumberFormat is { } code ? FormatId(_formats.IndexOf(code)) : 0,
            FontId = style.Large ? 2u : style.Bold ? 1u : 0u,
            FillId = 0,
            BorderId = style.Border ? 1u : 0u,
            FormatId = 0,
        };
        if (style == default)
        {
            return format;
        }

        format.ApplyNumberFormat = style.NumberFormat is not null;
        format.ApplyFont = style.Bold || style.Large;
        format.ApplyBorder = style.Border;
        format.ApplyAlignment = true;

        // Top-aligned, so that a figure stays level with the first line of a wrapped measure name.
        format.Append(new Alignment
        {
            Vertical = VerticalAlignmentValues.Top,
            WrapText = style.Wrap ? true : null,
            Horizontal = style.Right ? HorizontalAlignmentValues.Right : style.Indent > 0 ? HorizontalAlignmentValues.Left : null,
            Indent = style.Indent > 0 ? style.Indent : null,
        });
        return format;
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Border Border(BorderStyleValues bottom) =>
        new(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder { Style = bottom == BorderStyleValues.None ? null : bottom }, new DiagonalBorder());
}
