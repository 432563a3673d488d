namespace Hallbar.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_Demo_SaysOk()
    {
        var (exitCode, output, error) = Cli.Run("validate", Cli.DemoFile);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("OK", output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Validate_BrokenFile_PrintsEveryProblemWithLineAndPathAndExitsOne()
    {
        var text = File.ReadAllText(Cli.DemoFile)
            .Replace("\"defaultScale\": \"utveckling\"", "\"defaultScale\": \"saknas\"", StringComparison.Ordinal)
            .Replace("\"unit\": \"kWh/km\"", "\"unit\": 5", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"hallbar-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        try
        {
            var (exitCode, _, error) = Cli.Run("validate", path);

            Assert.Equal(ExitCodes.InvalidModel, exitCode);
            var line = text.Split('\n').ToList().FindIndex(l => l.Contains("\"unit\": 5", StringComparison.Ordinal)) + 1;
            Assert.Contains($":{line}:", error);
            Assert.Contains("$.goals[0].children[0].children[0].measures[0].unit", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_BrokenFile_SaysItsProblemsInSwedishUnlessEnglishIsAsked()
    {
        var text = File.ReadAllText(Cli.DemoFile).Replace("\"defaultScale\": \"utveckling\"", "\"defaultScale\": \"saknas\"", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"hallbar-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        try
        {
            var swedish = Cli.Run("validate", path);
            var english = Cli.Run("validate", path, "--lang", "en");

            Assert.Equal((ExitCodes.InvalidModel, ExitCodes.InvalidModel), (swedish.ExitCode, english.ExitCode));
            Assert.Contains("$.defaultScale: Det finns ingen skala 'saknas'; filen har ", swedish.Error);
            Assert.Contains("Modellfilen har fel.", swedish.Error);
            Assert.Contains("$.defaultScale: Unknown scale 'saknas'; the file defines ", english.Error);
            Assert.Contains("The model file has problems.", english.Error);
            Assert.DoesNotContain("skala", english.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_Demo_SaysOkInTheChosenLanguage()
    {
        var swedish = Cli.Run("validate", Cli.DemoFile);
        var english = Cli.Run("validate", Cli.DemoFile, "--lang", "en");

        Assert.Contains("mätetal", swedish.Output);
        Assert.Contains("measures", english.Output);
        Assert.DoesNotContain("mätetal", english.Output);
    }

    [Fact]
    public void Validate_OtherLanguage_IsAUsageError()
    {
        var (exitCode, _, _) = Cli.Run("validate", Cli.DemoFile, "--lang", "de");

        Assert.Equal(ExitCodes.Usage, exitCode);
    }
}
