using System.Globalization;

namespace Hallbar.Reports.Tests.Tools;

/// <summary><c>pdfinfo</c>, <c>pdftotext</c> and <c>pdfimages</c> from Debian's poppler-utils, on a PDF given as bytes.</summary>
public static class PdfTools
{
    private const string Install = "Install poppler-utils: apt-get install poppler-utils (./test.sh does).";

    /// <summary>pdfinfo's fields: title, tagged, pages, page size and the rest.</summary>
    public static async Task<PdfInfo> InfoAsync(byte[] pdf)
    {
        var pdfinfo = ToolPaths.Program("HALLBAR_PDFINFO", Install, "pdfinfo");
        var run = await WithFileAsync(pdf, file => ToolRun.RunAsync(pdfinfo, ["-enc", "UTF-8", file], TimeSpan.FromMinutes(1)));
        if (run.ExitCode != 0)
        {
            throw new ToolException($"pdfinfo could not read the PDF.\n{run}");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        return new PdfInfo(fields);
    }

    /// <summary>
    /// The PDF's text as <c>pdftotext -layout</c> gives it: a table's cells stay on their row, so a test can
    /// find a measure's figures on the line of its name. Pages are separated by a form feed.
    /// </summary>
    /// <param name="pdf">The PDF file's bytes.</param>
    /// <param name="layout">As laid out on the page (rows of a table on one line); else in reading order, a wrapped cell's text together.</param>
    public static async Task<string> TextAsync(byte[] pdf, bool layout = true)
    {
        var pdftotext = ToolPaths.Program("HALLBAR_PDFTOTEXT", Install, "pdftotext");
        var run = await WithFileAsync(pdf, file => ToolRun.RunAsync(pdftotext, [layout ? "-layout" : "-raw", "-enc", "UTF-8", file, "-"], TimeSpan.FromMinutes(1)));
        return run.ExitCode == 0 ? run.Output : throw new ToolException($"pdftotext could not read the PDF.\n{run}");
    }

    /// <summary>
    /// The tags of a tagged PDF's structure tree in document order, as <c>pdfinfo -struct</c> prints them:
    /// <c>Document</c>, <c>H1</c>, <c>P</c>, <c>Table</c>, <c>TR</c>, <c>TH</c>, <c>TD</c>, <c>Figure</c> and so on.
    /// Empty for an untagged PDF.
    /// </summary>
    public static async Task<IReadOnlyList<string>> StructureAsync(byte[] pdf)
    {
        var pdfinfo = ToolPaths.Program("HALLBAR_PDFINFO", Install, "pdfinfo");
        var run = await WithFileAsync(pdf, file => ToolRun.RunAsync(pdfinfo, ["-struct", "-enc", "UTF-8", file], TimeSpan.FromMinutes(1)));
        if (run.ExitCode != 0)
        {
            throw new ToolException($"pdfinfo could not read the PDF's structure.\n{run}");
        }

        // Each element is a line of its own, indented by depth: "TH <node00000021>:"; its attributes follow as "/Scope /Column".
        return
        [
            .. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => !line.StartsWith('/'))
                .Select(line => line.Split(' ', 2)[0].TrimEnd(':'))
                .Where(tag => tag.Length > 0 && char.IsLetter(tag[0]) && tag.All(char.IsLetterOrDigit)),
        ];
    }

    /// <summary>The images drawn in the PDF, as <c>pdfimages -list</c> lists them: their type ("image", "smask" for a mask) and pixel size.</summary>
    public static async Task<IReadOnlyList<(string Type, int Width, int Height)>> ImagesAsync(byte[] pdf)
    {
        var pdfimages = ToolPaths.Program("HALLBAR_PDFIMAGES", Install, "pdfimages");
        var run = await WithFileAsync(pdf, file => ToolRun.RunAsync(pdfimages, ["-list", file], TimeSpan.FromMinutes(1)));
        if (run.ExitCode != 0)
        {
            throw new ToolException($"pdfimages could not read the PDF.\n{run}");
        }

        // "page num type width height color comp bpc enc interp object ID ..." under a header and a line of dashes.
        return
        [
            .. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(f => (f[2], int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture))),
        ];
    }

    private static async Task<ToolRun> WithFileAsync(byte[] pdf, Func<string, Task<ToolRun>> use)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var folder = Directory.CreateTempSubdirectory("hallbar-pdf-");
        try
        {
            var file = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            return await use(file);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
