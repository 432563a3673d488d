using Microsoft.Playwright;

namespace Hallbar.Reports.Pdf;

/// <summary>
/// Debian's Chromium, launched headless through Playwright. Playwright's own browser download does not
/// work offline, so Hallbar always names the executable: <c>/usr/bin/chromium</c>, or the path in
/// <c>HALLBAR_CHROMIUM</c>.
/// </summary>
public static class Chromium
{
    /// <summary>The environment variable that points to another Chromium or Chrome executable.</summary>
    public const string ExecutablePathVariable = "HALLBAR_CHROMIUM";

    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// The flags Chromium needs here: run as root it refuses to start with its sandbox; without a GPU
    /// it should not look for one; on a closed network its background connections (updates, sync,
    /// safe browsing, QUIC probes) fail by the dozen and slow every start.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-domain-reliability",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--no-pings",
    ];

    /// <summary>
    /// The executable to launch: <paramref name="path"/> if given, else <c>HALLBAR_CHROMIUM</c> if set, else
    /// <c>/usr/bin/chromium</c>.
    /// </summary>
    /// <exception cref="ChromiumNotFoundException">No file is there.</exception>
    public static string ResolveExecutablePath(string? path = null)
    {
        var chosen = !string.IsNullOrWhiteSpace(path) ? path
            : Environment.GetEnvironmentVariable(ExecutablePathVariable) is { Length: > 0 } variable ? variable
            : DefaultExecutablePath;
        return File.Exists(chosen) ? chosen : throw new ChromiumNotFoundException(chosen);
    }

    /// <summary>Launches a headless Chromium with the flags above.</summary>
    /// <param name="playwright">The Playwright driver, which the caller keeps and disposes after the browser.</param>
    /// <param name="executablePath">Another executable than the one <see cref="ResolveExecutablePath"/> finds.</param>
    /// <exception cref="ChromiumNotFoundException">No browser is installed there.</exception>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string? executablePath = null)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ResolveExecutablePath(executablePath),
            Headless = true,
            ChromiumSandbox = false,
            Args = Arguments,
        });
    }
}
