using System.ComponentModel;
using System.Diagnostics;

namespace Hallbar.Reports.Tests.Docx;

/// <summary>
/// The document opened by another word processor than Word: LibreOffice converts it to PDF.
/// Needs LibreOffice (Debian's libreoffice-writer-nogui or libreoffice-writer); CI installs it.
/// </summary>
[Trait("Requires", "LibreOffice")]
public sealed class DocxLibreOfficeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ConvertWithLibreOffice_DemoReport_GivesPdf()
    {
        var directory = Directory.CreateTempSubdirectory("hallbar-docx-");
        try
        {
            var docx = Path.Combine(directory.FullName, "hallbarhetsredovisning.docx");
            await File.WriteAllBytesAsync(docx, await DemoDocx.Bytes());

            var (exitCode, output) = await ConvertToPdf(docx, directory.FullName);

            Assert.True(exitCode == 0, $"LibreOffice exited with {exitCode}: {output}");
            var pdf = await File.ReadAllBytesAsync(Path.ChangeExtension(docx, ".pdf"));
            Assert.True(pdf.Length > 10_000, $"The PDF has only {pdf.Length} bytes: {output}");
            Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A conversion with a profile of its own: LibreOffice refuses to start a second instance on a
    /// profile in use, and tests may run beside a desktop LibreOffice or each other.
    /// </summary>
    private static async Task<(int ExitCode, string Output)> ConvertToPdf(string docx, string outputDirectory)
    {
        var start = new ProcessStartInfo("libreoffice")
        {
            ArgumentList =
            {
                $"-env:UserInstallation=file://{Path.Combine(outputDirectory, "profile")}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                outputDirectory,
                docx,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("This test needs LibreOffice: apt-get install libreoffice-writer-nogui", e);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"LibreOffice did not convert {docx} within {Timeout}.");
            }

            return (process.ExitCode, await output + await error);
        }
    }
}
