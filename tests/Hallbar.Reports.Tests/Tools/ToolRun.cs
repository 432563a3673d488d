using System.Diagnostics;
using System.Text;

namespace Hallbar.Reports.Tests.Tools;

/// <summary>How an external tool ended: its exit code and what it wrote.</summary>
internal sealed record ToolRun(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Runs a program to its end, or kills it after <paramref name="timeout"/>.</summary>
    public static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var command = string.Join(' ', start.ArgumentList.Prepend(program));
        using var process = Process.Start(start) ?? throw new ToolException($"{command} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new ToolException($"{command} did not finish within {timeout.TotalSeconds:0} s and was stopped.\n{await output}\n{await error}".TrimEnd());
        }

        return new ToolRun(command, process.ExitCode, await output, await error);
    }

    /// <summary>What the tool printed, for a failure message.</summary>
    public string Printed => $"{Output.Trim()}\n{Error.Trim()}".Trim();

    public override string ToString() => $"{Command} exited with {ExitCode}:\n{Printed}";
}
