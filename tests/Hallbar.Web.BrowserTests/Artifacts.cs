using Microsoft.Playwright;

namespace Hallbar.Web.BrowserTests;

/// <summary>
/// Files a test keeps for people to look at, in <c>artifacts/</c> beside the test assembly
/// (<c>tests/Hallbar.Web.BrowserTests/bin/Release/net10.0/artifacts/</c> after <c>dotnet test -c Release</c>).
/// </summary>
public static class Artifacts
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    /// <summary>An empty folder under <see cref="Folder"/>, so that no file from an earlier run is mistaken for this one's.</summary>
    public static string FreshFolder(string name)
    {
        var folder = Path.Combine(Folder, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Directory.CreateDirectory(folder).FullName;
    }

    /// <summary>
    /// A screenshot of the page as the person sees it: the whole page, or with <paramref name="focus"/> the
    /// browser window scrolled to that element (a long form's one section).
    /// </summary>
    public static async Task<string> ScreenshotAsync(IPage page, string folder, string name, ILocator? focus = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var file = Path.Combine(folder, name + ".png");
        if (focus is not null)
        {
            await focus.ScrollIntoViewIfNeededAsync();
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = focus is null });
        return file;
    }
}
