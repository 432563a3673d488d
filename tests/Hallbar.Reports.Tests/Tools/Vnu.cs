using System.Text.Json;

namespace Hallbar.Reports.Tests.Tools;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package vnu-jar in tests/tools, run with Java): the checker
/// behind validator.w3.org, here on files that never leave the machine.
/// </summary>
public static class Vnu
{
    /// <summary>The environment variable with vnu.jar's path; ./test.sh exports it.</summary>
    public const string JarVariable = "HALLBAR_VNU_JAR";

    private const string JarInRepository = "tests/tools/node_modules/vnu-jar/build/dist/vnu.jar";
    private const string InstallJava = "Install Java: apt-get install default-jre-headless (./test.sh does).";

    /// <summary>Checks an HTML document given as text.</summary>
    public static async Task<VnuResult> CheckAsync(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var folder = Directory.CreateTempSubdirectory("hallbar-vnu-");
        try
        {
            var file = Path.Combine(folder.FullName, "document.html");
            await File.WriteAllTextAsync(file, html);
            return await CheckFileAsync(file);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Checks an HTML file.</summary>
    public static async Task<VnuResult> CheckFileAsync(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("No HTML file to check.", path);
        }

        var java = ToolPaths.Program("HALLBAR_JAVA", InstallJava, "java");
        // --stdout: the JSON report on standard output; --exit-zero-always: a document with errors is an answer, not a failure.
        var run = await ToolRun.RunAsync(java, ["-Xss4m", "-jar", Jar(), "--format", "json", "--stdout", "--exit-zero-always", path], TimeSpan.FromMinutes(2));
        if (run.ExitCode != 0)
        {
            throw new ToolException($"The Nu Html Checker failed.\n{run}");
        }

        try
        {
            using var json = JsonDocument.Parse(run.Output);
            return new VnuResult([.. json.RootElement.GetProperty("messages").EnumerateArray().Select(Message)]);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ToolException($"The Nu Html Checker's output is not the JSON report it should be.\n{run}", e);
        }
    }

    /// <summary>Fails, with every error listed by line and column, unless the checker finds no error.</summary>
    public static async Task AssertNoErrorsAsync(string html)
    {
        var result = await CheckAsync(html);
        if (result.Errors.Count > 0)
        {
            Assert.Fail($"The Nu Html Checker found {result.Errors.Count} error(s):\n{string.Join('\n', result.Errors)}");
        }
    }

    private static string Jar()
    {
        if (Environment.GetEnvironmentVariable(JarVariable) is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : throw new ToolException($"{JarVariable} names {given}, which does not exist. Run npm ci in tests/tools (./test.sh does).");
        }

        return ToolPaths.InRepository(JarInRepository)
            ?? throw new ToolException($"vnu.jar is not installed: run `npm ci --ignore-scripts` in tests/tools (./test.sh does), or set {JarVariable}.");
    }

    private static VnuMessage Message(JsonElement message)
    {
        string? Text(string name) => message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        int? Number(string name) => message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
        return new VnuMessage(Text("type") ?? "unknown", Text("subType"), Text("message") ?? string.Empty, Number("lastLine") ?? Number("firstLine"), Number("firstColumn") ?? Number("lastColumn"), Text("extract"));
    }
}
