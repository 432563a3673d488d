namespace Hallbar.Reports.Tests.Tools;

/// <summary>
/// LibreOffice Writer, headless, converting a DOCX to PDF as a region's staff would open it: a DOCX it
/// cannot read gives no PDF. Each conversion has its own user profile in a temporary folder, so
/// conversions running at once do not wait for or break each other.
/// </summary>
public static class LibreOffice
{
    private const string Install = "Install LibreOffice Writer: apt-get install --no-install-recommends libreoffice-writer-nogui (./test.sh does).";

    /// <summary>Converts a DOCX to PDF and returns the PDF's bytes.</summary>
    /// <exception cref="ToolException">LibreOffice is missing or made no PDF; the message has what it printed.</exception>
    public static async Task<byte[]> ConvertToPdfAsync(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var libreoffice = ToolPaths.Program("HALLBAR_LIBREOFFICE", Install, "libreoffice", "soffice");
        var folder = Directory.CreateTempSubdirectory("hallbar-libreoffice-");
        try
        {
            var input = Path.Combine(folder.FullName, "document.docx");
            var output = Path.Combine(folder.FullName, "out");
            await File.WriteAllBytesAsync(input, docx);
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var run = await ToolRun.RunAsync(
                libreoffice,
                ["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation={profile}", "--convert-to", "pdf:writer_pdf_Export", "--outdir", output, input],
                TimeSpan.FromMinutes(3),
                folder.FullName);
            var pdf = Path.Combine(output, "document.pdf");
            // LibreOffice exits with 0 even when it could not load the document; the PDF is the answer.
            if (run.ExitCode != 0 || !File.Exists(pdf) || run.Error.Contains("Error", StringComparison.Ordinal))
            {
                throw new ToolException($"LibreOffice did not convert the DOCX to PDF.\n{run}");
            }

            return await File.ReadAllBytesAsync(pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
