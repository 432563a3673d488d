using Hallbar.Reports.Pdf;
using Microsoft.Playwright;

namespace Hallbar.Reports.Tests.Tools;

/// <summary>
/// One headless Chromium (Debian's, through Playwright) for every test class in the
/// <see cref="SharedChromium"/>: launched once per test run, not once per test.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser, for <see cref="Axe"/> and for pages a test opens itself.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not launched yet.");

    /// <summary>Hallbar's PDF printer on the same browser.</summary>
    // A property, not a field: the printer does not own the browser, the fixture closes it.
    public PdfPrinter Printer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        Printer = new PdfPrinter(_browser);
    }

    public async Task DisposeAsync()
    {
        if (Printer is not null)
        {
            await Printer.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
