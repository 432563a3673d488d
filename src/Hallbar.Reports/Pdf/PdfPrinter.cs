using Microsoft.Playwright;

namespace Hallbar.Reports.Pdf;

/// <summary>
/// Prints a self-contained HTML document to a tagged A4 PDF with headless Chromium: the document's
/// title in the PDF's metadata and as running header, its language, page numbers in the footer, an
/// outline from the headings and backgrounds printed. Launching Chromium takes about a second, so one
/// printer serves many prints; dispose it to close the browser.
/// </summary>
/// <remarks>
/// The document must carry everything it shows (styles, images and charts inline): the printer's page
/// is offline and fetches nothing. Page size and margins are the printer's; the document's print styles
/// should not set <c>@page</c> margins.
/// </remarks>
public sealed class PdfPrinter : IAsyncDisposable
{
    private const string FontFamily = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

    private readonly IPlaywright? _playwright;
    private readonly IBrowser _browser;
    private readonly bool _ownsBrowser;
    private int _disposed;

    /// <summary>A printer that uses a browser the caller launched (with <see cref="Chromium.LaunchAsync"/>) and closes.</summary>
    public PdfPrinter(IBrowser browser)
        : this(null, browser, ownsBrowser: false)
    {
    }

    private PdfPrinter(IPlaywright? playwright, IBrowser browser, bool ownsBrowser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        _playwright = playwright;
        _browser = browser;
        _ownsBrowser = ownsBrowser;
    }

    /// <summary>Starts Playwright's driver and a headless Chromium for this printer alone.</summary>
    /// <param name="executablePath">Another Chromium than <c>HALLBAR_CHROMIUM</c> or <c>/usr/bin/chromium</c>.</param>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed; the message says what to install.</exception>
    public static async Task<PdfPrinter> LaunchAsync(string? executablePath = null, CancellationToken cancellationToken = default)
    {
        // Checked before the driver starts, so a missing browser is one clear message and nothing to clean up.
        var path = Chromium.ResolveExecutablePath(executablePath);
        cancellationToken.ThrowIfCancellationRequested();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await Chromium.LaunchAsync(playwright, path).WaitAsync(cancellationToken);
            return new PdfPrinter(playwright, browser, ownsBrowser: true);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Launches Chromium, prints one document and closes it again: for a single report, not for many.</summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed; the message says what to install.</exception>
    public static async Task<byte[]> PrintOnceAsync(string html, string? executablePath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        await using var printer = await LaunchAsync(executablePath, cancellationToken);
        return await printer.PrintAsync(html, cancellationToken);
    }

    /// <summary>Prints an HTML document to PDF. Several prints may run at once, each in its own browser context.</summary>
    /// <param name="html">A whole document: <c>&lt;html lang&gt;</c> gives the PDF's language and <c>&lt;title&gt;</c> its title and running header.</param>
    /// <returns>The PDF file's bytes.</returns>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();

        // Offline: a self-contained report needs nothing from outside, and an address left in a narrative
        // must neither stall the print on a closed network nor tell anyone that a report was printed.
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Offline = true });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(cancellationToken);
        var language = await page.EvaluateAsync<string?>("() => document.documentElement.lang") ?? string.Empty;

        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = HeaderTemplate,
            FooterTemplate = FooterTemplate(language),
            Margin = new Margin { Top = "20mm", Bottom = "18mm", Left = "18mm", Right = "18mm" },
        }).WaitAsync(cancellationToken);
    }

    /// <summary>Closes the browser and the driver if this printer launched them.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_ownsBrowser)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    // Chromium fills the elements with class "title", "pageNumber" and "totalPages" itself, escaped.
    // The templates have no inherited styles: without a font size their text is too small to read.
    private static string HeaderTemplate { get; } =
        $"""<div style="width: 100%; margin: 0 18mm; font-family: {FontFamily}; font-size: 8pt; color: #444; text-align: right;"><span class="title"></span></div>""";

    private static string FooterTemplate(string language)
    {
        var (page, of) = language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? ("Page", "of") : ("Sida", "av");
        return $"""<div style="width: 100%; margin: 0 18mm; font-family: {FontFamily}; font-size: 8pt; color: #444; text-align: center;">{page} <span class="pageNumber"></span> {of} <span class="totalPages"></span></div>""";
    }
}
