using System.CommandLine;
using Hallbar.ModelFile;

namespace Hallbar.Cli;

/// <summary>Reads the model file named on the command line and prints its problems, compiler style.</summary>
internal static class ModelFileArgument
{
    public static Argument<FileInfo> Create() => new("file") { Description = "Modellfilen (JSON)." };

    /// <summary>The result, or null with the exit code when the file cannot be read or has problems (said in English with <paramref name="english"/>, else Swedish).</summary>
    public static (ModelLoadResult? Result, int ExitCode) Load(FileInfo file, TextWriter error, bool english = false)
    {
        if (!file.Exists)
        {
            error.WriteLine($"{file.FullName}: {(english ? "the file does not exist" : "filen finns inte")}.");
            return (null, ExitCodes.Usage);
        }

        ModelLoadResult result;
        try
        {
            result = ModelFileReader.ReadFile(file.FullName);
        }
        catch (IOException e)
        {
            error.WriteLine($"{file.FullName}: {e.Message}");
            return (null, ExitCodes.Usage);
        }

        foreach (var problem in result.Errors)
        {
            error.WriteLine($"{file.Name}:{problem.Line}:{problem.Column}: {problem.Path}: {problem.Reason(english)}");
        }

        return result.IsValid ? (result, ExitCodes.Ok) : (null, ExitCodes.InvalidModel);
    }
}
