namespace Hallbar.Reports.Tests.Tools;

/// <summary>Where the checking tools are: an environment variable that ./test.sh exports, else PATH or the repository.</summary>
internal static class ToolPaths
{
    /// <summary>A program on PATH, or null.</summary>
    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// A program named by an environment variable, else found on PATH; a <see cref="ToolException"/> that
    /// says what to install when it is in neither.
    /// </summary>
    public static string Program(string variable, string install, params string[] names)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : throw new ToolException($"{variable} names {given}, which does not exist. {install}");
        }

        return names.Select(OnPath).FirstOrDefault(found => found is not null)
            ?? throw new ToolException($"{string.Join(" or ", names)} is not on PATH. {install}");
    }

    /// <summary>A file of the repository, found by walking up from the test assembly's folder.</summary>
    public static string? InRepository(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
