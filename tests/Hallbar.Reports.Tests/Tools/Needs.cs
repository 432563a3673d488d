namespace Hallbar.Reports.Tests.Tools;

/// <summary>
/// The trait that says what a test needs beside .NET: <c>[Trait(Needs.Trait, Needs.Chromium)]</c>.
/// ./test.sh installs all of them; without it, <c>dotnet test --filter "Needs!=LibreOffice"</c> leaves one out.
/// </summary>
public static class Needs
{
    public const string Trait = "Needs";

    /// <summary>Debian's chromium, driven by Playwright.</summary>
    public const string Chromium = "Chromium";

    /// <summary>Java (default-jre-headless) and vnu.jar from tests/tools.</summary>
    public const string Java = "Java";

    /// <summary>pdfinfo and pdftotext from poppler-utils.</summary>
    public const string Poppler = "Poppler";

    /// <summary>LibreOffice Writer (libreoffice-writer-nogui).</summary>
    public const string LibreOffice = "LibreOffice";
}
