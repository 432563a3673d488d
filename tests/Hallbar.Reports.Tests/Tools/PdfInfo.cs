using System.Globalization;

namespace Hallbar.Reports.Tests.Tools;

/// <summary>What <c>pdfinfo</c> says about a PDF: every field as it printed it, and the ones tests ask about.</summary>
public sealed record PdfInfo(IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The document title in the PDF's metadata, or null when it has none.</summary>
    public string? Title => Fields.GetValueOrDefault("Title") is { Length: > 0 } title ? title : null;

    /// <summary>Whether the PDF is tagged (has a structure tree that assistive technology reads).</summary>
    public bool Tagged => Fields.GetValueOrDefault("Tagged", string.Empty).StartsWith("yes", StringComparison.Ordinal);

    public int Pages => int.Parse(Fields.GetValueOrDefault("Pages", "0"), CultureInfo.InvariantCulture);

    /// <summary>The first page's size as pdfinfo prints it, such as <c>595.92 x 842.88 pts (A4)</c>.</summary>
    public string PageSize => Fields.GetValueOrDefault("Page size", string.Empty);

    public override string ToString() => string.Join('\n', Fields.Select(f => $"{f.Key}: {f.Value}"));
}
