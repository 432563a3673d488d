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
        Assert.Contains("'value' ska vara ett tal, inte en text.", error);
        Assert.Contains("databasen är som förut", error);
        Assert.Equal(File.ReadAllText(before), File.ReadAllText(after));

        var english = Cli.Run("import", bad, "--lang", "en", "--database", Database);

        Assert.Equal(ExitCodes.InvalidModel, english.ExitCode);
        Assert.Contains("'value' has the wrong type", english.Error);
        Assert.Contains("Nothing was imported: the database is as before.", english.Error);
        Assert.DoesNotContain("databasen", english.Error);
    }

    [Fact]
    public void Import_ModelFileDryRun_SaysItIsValidInTheChosenLanguage()
    {
        var swedish = Cli.Run("import", Cli.DemoFile, "--dry-run", "--database", Database);
        var english = Cli.Run("import", Cli.DemoFile, "--dry-run", "--lang", "en", "--database", Database);

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (swedish.ExitCode, english.ExitCode));
        Assert.Contains("Modellfilen är giltig", swedish.Output);
        Assert.Contains("The model file is valid", english.Output);
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

    [Theory]
    [InlineData("mall.csv")]
    [InlineData("mall.xlsx")]
    public void TemplateFilledInAndImported_ChangesTheValueAfterAPreview(string name)
    {
        Cli.Run("init", "--database", Database);
        var template = Path.Combine(_folder, name);
        Assert.Equal(ExitCodes.Ok, Cli.Run("template", "--org", "region-vastmanland", "--year", "2025", "--out", template, "--database", Database).ExitCode);
        var csv = Path.Combine(_folder, "ifylld.csv");
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            // 2025 is published in the demo: a changed value is a restatement and carries its reason in the last column.
            var lines = File.ReadAllLines(template).Select(line => line.Contains(";2025;;;86;", StringComparison.Ordinal)
                ? line.Replace(";2025;;;86;", ";2025;;;84,5;", StringComparison.Ordinal) + "Sent inkommen statistik"
                : line);
            File.WriteAllLines(csv, lines, new System.Text.UTF8Encoding(true));
        }
        else
        {
            Assert.True(new FileInfo(template).Length > 0);
            File.Copy(template, csv.Replace(".csv", ".xlsx", StringComparison.Ordinal));
            csv = csv.Replace(".csv", ".xlsx", StringComparison.Ordinal);
        }

        var preview = Cli.Run("import", csv, "--org", "region-vastmanland", "--dry-run", "--database", Database);
        var imported = Cli.Run("import", csv, "--org", "region-vastmanland", "--database", Database);

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (preview.ExitCode, imported.ExitCode));
        // Progress is for a terminal: captured output gets only the result.
        Assert.Equal((string.Empty, string.Empty), (preview.Error, imported.Error));
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            Assert.Contains("84,5", preview.Output);
            Assert.Contains("inget skrevs", preview.Output);
            Assert.Contains("1 utfall ändrade", imported.Output);
        }
        else
        {
            // The workbook is the untouched template: nothing to change.
            Assert.Contains("0 utfall ändrade", imported.Output);
        }
    }

    [Fact]
    public void ImportOutcomes_BadCell_NamesRowAndColumnAndExitsOne()
    {
        Cli.Run("init", "--database", Database);
        var template = Path.Combine(_folder, "mall.csv");
        Cli.Run("template", "--org", "region-vastmanland", "--year", "2025", "--out", template, "--database", Database);
        File.WriteAllText(template, File.ReadAllText(template).Replace(";2025;;;86;", ";2025;;;åttiosex;", StringComparison.Ordinal));

        var (exitCode, _, error) = Cli.Run("import", template, "--org", "region-vastmanland", "--database", Database);

        Assert.Equal(ExitCodes.InvalidModel, exitCode);
        Assert.Contains("rad 6, Värde: 'åttiosex' är inget tal.", error);
        Assert.Contains("Inget lästes in", error);

        var english = Cli.Run("import", template, "--org", "region-vastmanland", "--lang", "en", "--database", Database);

        Assert.Equal(ExitCodes.InvalidModel, english.ExitCode);
        Assert.Contains("row 6, Värde: 'åttiosex' is not a number.", english.Error);
        Assert.Contains("Nothing was imported", english.Error);
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
