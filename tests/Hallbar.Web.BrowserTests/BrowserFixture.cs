using Microsoft.Playwright;

namespace Hallbar.Web.BrowserTests;

/// <summary>
/// One headless Chromium (Debian's, launched as Hallbar's PDF printer launches it) for the whole test run;
/// each visitor gets a context of their own, with its own cookies.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// How long a page may take to load or an element to appear. Generous: the tests share two cores with
    /// other work, and the first PDF launches a second Chromium in the server.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not launched yet.");

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await Reports.Pdf.Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A new visitor of <paramref name="server"/>: a context of their own, signed in when <paramref name="storageState"/> holds a sign-in.</summary>
    public async Task<Visitor> VisitAsync(HallbarServer server, string? storageState = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            StorageState = storageState,
            Locale = "sv-SE",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var timeout = (float)Patience.TotalMilliseconds;
        context.SetDefaultTimeout(timeout);
        context.SetDefaultNavigationTimeout(timeout);
        return new Visitor(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
