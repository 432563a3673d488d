using Hallbar.ModelFile;

namespace Hallbar.Cli.Tests;

/// <summary>`hallbar init`, `import` and `export` against a real SQLite file.</summary>
public sealed class StorageCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hallbar-cli-").FullName;

    private string Database => $"Data Source={Path.Combine(_folder, "hallbar.db")}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Init_NewDatabase_LoadsTheDemoOnce()
    {
        var first = Cli.Run("init", "--database", Database);
        var second = Cli.Run("init", "--database", Database);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("demodata", first.Output);
        Assert.Contains("region-vastmanland", first.Output);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.DoesNotContain("demodata", second.Output);
    }

    [Fact]
    public void ImportThenExport_GivesTheSameModelBack()
    {
        var exported = Path.Combine(_folder, "export.json");

        Assert.Equal(ExitCodes.Ok, Cli.Run("import", Cli.DemoFile, "--database", Database).ExitCode);
        Assert.Equal(ExitCodes.Ok, Cli.Run("export", "--org", "region-vastmanland", "--out", exported, "--database", Database).ExitCode);

        Assert.Equal(ModelFileWriter.Write(ModelFileReader.ReadFile(Cli.DemoFile).Model!), File.ReadAllText(exported));
    }

    [Fact]
    public void Import_BadFile_ChangesNothingAndSaysWhy()
    {
        Cli.Run("import", Cli.DemoFile, "--database", Database);
        var bad = Path.Combine(_folder, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(Cli.DemoFile).Replace("\"value\": 4.5", "\"value\": \"fyra\"", StringComparison.Ordinal));
        var before = Path.Combine(_folder, "before.json");
        var after = Path.Combine(_folder, "after.json");
        Cli.Run("export", "--org", "region-vastmanland", "--out", before, "--database", Database);

        var (exitCode, _, error) = Cli.Run("import", bad, "--database", Database);
        Cli.Run("export", "--org", "region-vastmanland", "--out", after, "--database", Database);

        Assert.Equal(ExitCodes.InvalidModel, exitCode);
        Assert.Contains("databasen är som förut", error);
        Assert.Equal(File.ReadAllText(before), File.ReadAllText(after));
    }

    [Fact]
    public void Assess_OrganizationFromTheDatabase_IsAssessedAsItsFile()
    {
        Cli.Run("init", "--database", Database);

        var fromDatabase = Cli.Run("assess", "--org", "region-vastmanland", "--year", "2025", "--json", "--database", Database);
        var fromFile = Cli.Run("assess", Cli.DemoFile, "--year", "2025", "--json");

        Assert.Equal(ExitCodes.Ok, fromDatabase.ExitCode);
        Assert.Equal(fromFile.Output, fromDatabase.Output);
    }

    [Fact]
    public void Assess_NeitherFileNorOrganization_IsAUsageError()
    {
        Assert.Equal(ExitCodes.Usage, Cli.Run("assess", "--year", "2025").ExitCode);
    }

    [Fact]
    public void Export_UnknownOrganization_NamesTheKnownOnes()
    {
        Cli.Run("init", "--database", Database);

        var (exitCode, _, error) = Cli.Run("export", "--org", "finns-inte", "--out", Path.Combine(_folder, "x.json"), "--database", Database);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("region-vastmanland", error);
        Assert.False(File.Exists(Path.Combine(_folder, "x.json")));
    }
}
