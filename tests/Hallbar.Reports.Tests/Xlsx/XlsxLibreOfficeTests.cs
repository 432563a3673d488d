using System.Diagnostics;
using Hallbar.Reports.Building;
using Hallbar.Reports.Xlsx;

namespace Hallbar.Reports.Tests.Xlsx;

/// <summary>
/// The workbook as another spreadsheet program reads it: LibreOffice Calc, run headless with a profile
/// of its own. Needs Debian's libreoffice-calc-nogui (Writer alone cannot open a workbook).
/// </summary>
[Trait("Requires", "LibreOffice")]
public sealed class XlsxLibreOfficeTests
{
    [Fact]
    public async Task Render_DemoReport_LibreOfficeReadsEverySheetWithFiguresShownWithUnits()
    {
        var (sheets, output) = await SheetsAsCsv(Demo.Report());

        Assert.True(sheets.Count == 8, $"LibreOffice wrote {sheets.Count} of the 8 sheets: {output}");
        var resources = sheets.Single(s => s.Key.StartsWith("Resurseffektiva", StringComparison.Ordinal)).Value;
        Assert.Contains("Andel källsorterat avfall för materialåtervinning,33.8\u00A0%,36.8\u00A0%,36.9\u00A0%,Oförändrad", resources);
        Assert.Contains("Energianvändning per fordonskilometer (kollektivtrafik buss),3.6\u00A0kWh/km,4.5\u00A0kWh/km,4.5\u00A0kWh/km,Positiv", resources);
    }

    [Fact]
    public async Task Render_SurveyResults_LibreOfficeReadsTheDistributionAndTheFreeTexts()
    {
        var result = Demo.Model.SurveyResultFor(Demo.Year)!;

        var (sheets, output) = await SheetsAsCsv(SurveyReport.Workbook(Demo.Model, result));

        Assert.True(sheets.Keys.ToHashSet().SetEquals(["Fördelning", "Fritextsvar"]), $"LibreOffice wrote {string.Join(", ", sheets.Keys)}: {output}");
        // Ledningens kunskap: five of seven "Stämmer helt", two "Stämmer delvis".
        Assert.Contains("Förvaltningsledningen har kunskap om social hållbarhet.,Social hållbarhet,5,71\u00A0%,2,29\u00A0%,0,0\u00A0%,0,0\u00A0%", sheets["Fördelning"]);
        Assert.Contains("Vilka styrkor ser förvaltningen i sitt arbete med social hållbarhet?,Folktandvården,", sheets["Fritextsvar"]);
    }

    /// <summary>
    /// Every sheet (the last option, -1) to a CSV file of its own, in UTF-8 (76), each cell as shown (the
    /// ninth option), so that a figure reads with its number format applied: "36.9 %" in LibreOffice's en-US.
    /// </summary>
    /// <returns>Each sheet's CSV by the sheet's name, and what LibreOffice said.</returns>
    private static async Task<(Dictionary<string, string> Sheets, string Output)> SheetsAsCsv(Model.Report report)
    {
        var directory = Directory.CreateTempSubdirectory("hallbar-xlsx-");
        try
        {
            var workbook = Path.Combine(directory.FullName, "rapport.xlsx");
            await using (var file = File.Create(workbook))
            {
                await new XlsxRenderer().RenderAsync(report, file);
            }

            var output = await LibreOffice(
                "--headless", $"-env:UserInstallation=file://{directory.FullName}/profile",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", directory.FullName, workbook);
            var sheets = directory.GetFiles("rapport-*.csv").ToDictionary(f => Path.GetFileNameWithoutExtension(f.Name)["rapport-".Length..], f => File.ReadAllText(f.FullName));
            return (sheets, output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <returns>What LibreOffice wrote to its output and error streams.</returns>
    private static async Task<string> LibreOffice(params string[] arguments)
    {
        var start = new ProcessStartInfo("libreoffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("This test needs LibreOffice Calc: apt-get install libreoffice-calc-nogui.", e);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var said = await output + await error;
            Assert.True(process.ExitCode == 0, $"LibreOffice failed ({process.ExitCode}): {said}");
            return said;
        }
    }
}
