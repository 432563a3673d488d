namespace Hallbar.Cli.Tests;

/// <summary>Runs `hallbar` in-process with captured output, as a script would see it.</summary>
internal static class Cli
{
    public static readonly string DemoFile = Path.Combine(AppContext.BaseDirectory, "demo", "region-vastmanland-2025.json");

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = HallbarCommand.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
