using System.Text.RegularExpressions;
using Hallbar.Reports.Pdf;
using Hallbar.Reports.Tests.Tools;

namespace Hallbar.Reports.Tests.Pdf;

/// <summary>The demo report as PDF: tagged, titled, and with Bilaga 2's figures in its text.</summary>
[Collection(SharedChromium.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
[Trait(Needs.Trait, Needs.Poppler)]
public sealed class PdfReportRendererTests(ChromiumFixture chromium)
{
    private static byte[]? _pdf;

    private async Task<byte[]> Pdf()
    {
        if (_pdf is null)
        {
            using var stream = new MemoryStream();
            await new PdfReportRenderer(chromium.Printer).RenderAsync(Demo.Report(), stream);
            _pdf = stream.ToArray();
        }

        return _pdf;
    }

    [Fact]
    public async Task DemoPdf_IsTagged_AndCarriesTheReportsTitle()
    {
        var info = await PdfTools.InfoAsync(await Pdf());

        Assert.True(info.Tagged, $"The PDF is not tagged:\n{info}");
        Assert.Equal("Hållbarhetsredovisning 2025 – Region Västmanland", info.Title);
    }

    [Theory]
    [MemberData(nameof(Published.Bilaga2), MemberType = typeof(Published))]
    public async Task DemoPdf_TextHasEveryBilaga2Row(string measure, string y2023, string y2024, string y2025, string assessment)
    {
        // Names, and composite and qualitative values, wrap over several lines of their cell: in reading order
        // each is whole, but where a line breaks ("CMR-|ämnen") a space may come or go, so spaces are left out.
        var flat = Compact(await PdfTools.TextAsync(await Pdf(), layout: false));
        Assert.Contains(Compact(measure), flat, StringComparison.Ordinal);
        if (y2023.Contains(';', StringComparison.Ordinal) || !char.IsDigit(y2023.TrimStart('-')[0]))
        {
            // A composite's line may carry its footnote's mark after its label ("Kandidatförteckning** -").
            var unmarked = flat.Replace("*", string.Empty, StringComparison.Ordinal);
            Assert.All([y2023, y2024, y2025], value => Assert.All(value.Split("; "), part => Assert.Contains(Compact(part), unmarked, StringComparison.Ordinal)));
            return;
        }

        // A row's figures and assessment stand on one line, in column order, whatever the name's wrapping;
        // pdftotext may drop the narrow space before a unit, and marks follow their value.
        var lines = (await PdfTools.TextAsync(await Pdf())).Split('\n').Select(l => l.Replace('\u00A0', ' ')).ToList();
        var row = new Regex(string.Join(@"(\s*\*+)?\s+", new[] { y2023, y2024, y2025, assessment }.Select(v => Regex.Escape(v).Replace(@"\ ", @"\s*", StringComparison.Ordinal))));
        Assert.Contains(lines, line => row.IsMatch(line));
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
