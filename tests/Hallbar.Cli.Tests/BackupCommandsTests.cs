using System.CommandLine;
using Hallbar.Cli.Storage;
using Spectre.Console;

namespace Hallbar.Cli.Tests;

/// <summary>`hallbar backup` and `restore` against a real SQLite file.</summary>
public sealed class BackupCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hallbar-cli-").FullName;

    private string Database => $"Data Source={Path.Combine(_folder, "hallbar.db")}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void BackupThenRestore_AfterAnImport_GivesBackTheDatabaseAsItWas()
    {
        var backup = Path.Combine(_folder, "hallbar.backup");
        var before = Path.Combine(_folder, "before.json");
        var after = Path.Combine(_folder, "after.json");
        Run("init", "--database", Database);
        Run("export", "--org", "region-vastmanland", "--out", before, "--database", Database);

        var first = Run("backup", "--out", backup, "--database", Database);
        var again = Run("backup", "--out", backup, "--database", Database);
        var forced = Run("backup", "--out", backup, "--force", "--database", Database);
        Run("import", Path.Combine(AppContext.BaseDirectory, "Models", "kommun-fyrgradig.json"), "--database", Database);
        var restore = Run("restore", backup, "--database", Database);
        var notABackup = Run("restore", before, "--database", Database);
        Run("export", "--org", "region-vastmanland", "--out", after, "--database", Database);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains(backup, first.Output);
        Assert.Equal(ExitCodes.Usage, again.ExitCode);
        Assert.Contains("--force", again.Error);
        Assert.Equal(ExitCodes.Ok, forced.ExitCode);
        Assert.Equal(ExitCodes.Ok, restore.ExitCode);
        Assert.Contains("region-vastmanland", restore.Output);
        Assert.DoesNotContain("exempelkommun", restore.Output);
        Assert.Equal(ExitCodes.Usage, notABackup.ExitCode);
        Assert.Contains("ingen säkerhetskopia", notABackup.Error);
        Assert.Equal(File.ReadAllText(before), File.ReadAllText(after));
    }

    /// <summary>As Cli.Run, with the backup commands beside the storage commands they belong with.</summary>
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 1000;
        var root = new RootCommand();
        foreach (var command in StorageCommands.Create(console, error).Concat(BackupCommands.Create(console, error)))
        {
            root.Subcommands.Add(command);
        }

        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (exitCode, output.ToString(), error.ToString());
    }
}
