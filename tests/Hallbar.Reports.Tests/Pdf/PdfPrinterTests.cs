using System.Net;
using System.Net.Sockets;
using System.Text;
using Hallbar.Reports.Pdf;
using Hallbar.Reports.Tests.Tools;

namespace Hallbar.Reports.Tests.Pdf;

[Collection(SharedChromium.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
[Trait(Needs.Trait, Needs.Poppler)]
public sealed class PdfPrinterTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task PrintAsync_SwedishReport_IsTaggedA4WithTitle()
    {
        var pdf = await chromium.Printer.PrintAsync(SampleDocuments.Swedish());

        var info = await PdfTools.InfoAsync(pdf);
        Assert.True(info.Tagged, $"The PDF is not tagged:\n{info}");
        Assert.Equal(SampleDocuments.Title, info.Title);
        Assert.Contains("(A4)", info.PageSize, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintAsync_SwedishReport_StructureHasHeadingsAndTableHeaders()
    {
        var pdf = await chromium.Printer.PrintAsync(SampleDocuments.Swedish());

        var tags = await PdfTools.StructureAsync(pdf);
        Assert.Equal(["H1", "H2", "H2"], tags.Where(tag => tag.StartsWith('H') && tag.Length == 2));
        Assert.Contains("Caption", tags);
        // Five column headers and a row header on each of the three rows.
        Assert.Equal(8, tags.Count(tag => tag == "TH"));
        Assert.Equal(12, tags.Count(tag => tag == "TD"));
    }

    [Fact]
    public async Task PrintAsync_SwedishReport_TableRowsKeepTheirFiguresAndÅÄÖ()
    {
        var pdf = await chromium.Printer.PrintAsync(SampleDocuments.Swedish());

        var lines = (await PdfTools.TextAsync(pdf)).Split('\n');
        Assert.Contains(lines, line => line.Contains("Bilaga 2: Indikatorer och mätetal", StringComparison.Ordinal));
        var row = Assert.Single(lines, line => line.Contains("Växthusgasutsläpp mot basår 2019", StringComparison.Ordinal));
        Assert.Matches(@"-31 %\s+-33 %\s+-36 %\s+Positiv", row);
        Assert.Matches(@"35,1 %\s+36,0 %\s+36,9 %\s+Oförändrad", Assert.Single(lines, line => line.Contains("Andel förnybart bränsle", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PrintAsync_SwedishReport_CarriesLanguageAndOutline()
    {
        var pdf = await chromium.Printer.PrintAsync(SampleDocuments.Swedish());

        // Chromium writes the catalog uncompressed: /Lang for screen readers' pronunciation, /Outlines for the bookmarks.
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Lang (sv)", text, StringComparison.Ordinal);
        Assert.Contains("/Outlines", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintAsync_LongReport_EveryPageHasTitleAndSwedishPageNumber()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 40).Select(i => $"<h2>Avsnitt {i}</h2><p>{string.Concat(Enumerable.Repeat("Utsläppen minskar i takt med målet. ", 20))}</p>"));

        var pdf = await chromium.Printer.PrintAsync(SampleDocuments.Swedish(paragraphs));

        var info = await PdfTools.InfoAsync(pdf);
        Assert.True(info.Pages > 2, $"Expected several pages:\n{info}");
        var pages = (await PdfTools.TextAsync(pdf)).Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(info.Pages, pages.Length);
        for (var number = 1; number <= pages.Length; number++)
        {
            var page = pages[number - 1];
            Assert.Contains(SampleDocuments.Title, page, StringComparison.Ordinal);
            Assert.Contains($"Sida {number} av {info.Pages}", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PrintAsync_EnglishReport_NumbersPagesInEnglish()
    {
        var html = SampleDocuments.Swedish().Replace("<html lang=\"sv\">", "<html lang=\"en\">", StringComparison.Ordinal);

        var text = await PdfTools.TextAsync(await chromium.Printer.PrintAsync(html));

        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintAsync_ImageAddressOutside_FetchesNothingAndStillPrints()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var html = SampleDocuments.Swedish($"""<p><img src="http://127.0.0.1:{port}/spårning.png" alt="Spårningspixel"></p>""");

        var pdf = await chromium.Printer.PrintAsync(html);

        Assert.False(listener.Pending(), "The printer fetched an address the document named.");
        Assert.Contains("Resultatet i korthet", await PdfTools.TextAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintAsync_TwoReportsAtOnce_BothPrint()
    {
        var first = chromium.Printer.PrintAsync(SampleDocuments.Swedish("<p>Första rapporten</p>"));
        var second = chromium.Printer.PrintAsync(SampleDocuments.Swedish("<p>Andra rapporten</p>"));

        var texts = await Task.WhenAll((await Task.WhenAll(first, second)).Select(pdf => PdfTools.TextAsync(pdf)));

        Assert.Contains("Första rapporten", texts[0], StringComparison.Ordinal);
        Assert.Contains("Andra rapporten", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintAsync_AfterDispose_Refuses()
    {
        var printer = new PdfPrinter(chromium.Browser);
        await printer.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => printer.PrintAsync(SampleDocuments.Swedish()));
        // The borrowed browser stays open for the other tests.
        Assert.True(chromium.Browser.IsConnected);
    }

    [Fact]
    public async Task PrintOnceAsync_OwnBrowser_PrintsAndClosesIt()
    {
        var pdf = await PdfPrinter.PrintOnceAsync(SampleDocuments.Swedish());

        Assert.True((await PdfTools.InfoAsync(pdf)).Tagged);
    }
}
