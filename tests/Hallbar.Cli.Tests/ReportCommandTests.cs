namespace Hallbar.Cli.Tests;

/// <summary>`hallbar report` from a model file and from the database.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hallbar-report-").FullName;

    private string Database => $"Data Source={Path.Combine(_folder, "hallbar.db")}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Report_FromModelFile_WritesTheHtmlReport()
    {
        var file = Path.Combine(_folder, "rapport.html");

        var (exitCode, output, _) = Cli.Run("report", "--model", Cli.DemoFile, "--year", "2025", "--out", file);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains(file, output);
        Assert.Contains("<title>Hållbarhetsredovisning 2025 – Region Västmanland</title>", File.ReadAllText(file));
    }

    [Fact]
    public void Report_FromTheDatabaseInEnglish_IsTheSameOrganizationsReport()
    {
        Cli.Run("init", "--database", Database);
        var file = Path.Combine(_folder, "report.html");

        var (exitCode, _, _) = Cli.Run("report", "--org", "region-vastmanland", "--year", "2025", "--lang", "en", "--format", "html", "--out", file, "--database", Database);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(file));
    }

    [Fact]
    public void Report_UnknownOrganization_SaysWhichThereAre_AndWritesNothing()
    {
        Cli.Run("init", "--database", Database);
        var file = Path.Combine(_folder, "rapport.html");

        var (exitCode, _, error) = Cli.Run("report", "--org", "region-okand", "--year", "2025", "--out", file, "--database", Database);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("region-vastmanland", error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Report_FileWithoutKnownFormat_IsAUsageError()
    {
        var (exitCode, _, error) = Cli.Run("report", "--model", Cli.DemoFile, "--year", "2025", "--out", Path.Combine(_folder, "rapport.txt"));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--format", error);
    }
}
