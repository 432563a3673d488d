namespace Hallbar.Reports.Pdf;

/// <summary>
/// The Chromium that prints PDFs is not installed where Hallbar looks for it. The message says what
/// to install and which environment variable points elsewhere.
/// </summary>
public sealed class ChromiumNotFoundException : Exception
{
    public ChromiumNotFoundException()
        : this(Chromium.DefaultExecutablePath)
    {
    }

    public ChromiumNotFoundException(string path)
        : base(
            $"PDF skrivs ut med Chromium, men {path} finns inte. Installera Debians paket: apt-get install chromium " +
            $"(eller sätt {Chromium.ExecutablePathVariable} till sökvägen till en Chromium- eller Chrome-binär).")
    {
        Path = path;
    }

    public ChromiumNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = Chromium.DefaultExecutablePath;
    }

    /// <summary>Where Chromium was looked for.</summary>
    public string Path { get; }
}
