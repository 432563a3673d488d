using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hallbar.Web.BrowserTests;

/// <summary>One person at one browser: a context with its own cookies, and its page.</summary>
public sealed class Visitor(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public const string Organization = "region-vastmanland";
    public const string Password = "Hallbar-demo-2025";

    public IPage Page => page;

    /// <summary>Opens a path of the organization's site, such as "inmatning?year=2026", and waits for it to load.</summary>
    public async Task OpenAsync(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        await page.GotoAsync(path.StartsWith('/') ? path : $"/{Organization}/{path}");
    }

    /// <summary>Signs in with the sign-in form, as a person does, and waits until the site has let them in.</summary>
    public async Task SignInAsync(string email, string password = Password)
    {
        await page.GotoAsync($"/konto/logga-in?ReturnUrl=%2F{Organization}");
        await FillSignInAsync(email, password);
        await page.WaitForURLAsync(url => !url.Contains("/konto/logga-in", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" })).ToBeVisibleAsync();
    }

    /// <summary>Fills in and sends the sign-in form on the page that shows it.</summary>
    public async Task FillSignInAsync(string email, string password)
    {
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
    }

    /// <summary>The cookies of this visitor's sign-in, for another context of the same person.</summary>
    public Task<string> StorageStateAsync() => context.StorageStateAsync();

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
