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
}
