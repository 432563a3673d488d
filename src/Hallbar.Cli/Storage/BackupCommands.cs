using System.CommandLine;
using Hallbar.Data;
using Hallbar.Data.Backup;
using Spectre.Console;

namespace Hallbar.Cli.Storage;

/// <summary>`hallbar backup` and `restore`: the whole database to a file and back.</summary>
internal static class BackupCommands
{
    public static IEnumerable<Command> Create(IAnsiConsole console, TextWriter error)
    {
        yield return Backup(console, error);
        yield return Restore(console, error);
    }

    private static Command Backup(IAnsiConsole console, TextWriter error)
    {
        var database = new DatabaseOptions();
        var output = new Option<FileInfo>("--out") { Description = "Filen som säkerhetskopian skrivs till (SQLite-fil, eller pg_dump-arkiv för PostgreSQL).", Required = true };
        var force = new Option<bool>("--force") { Description = "Skriv över filen om den finns." };
        var command = new Command("backup", "Säkerhetskopiera hela databasen till en fil, också medan andra skriver i den.") { output, force };
        database.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (Settings(database, parsed, error) is not { } settings)
            {
                return ExitCodes.Usage;
            }

            var target = parsed.GetValue(output)!;
            var result = await WithStatusAsync(console, "Säkerhetskopierar …", () => DatabaseBackup.BackupAsync(settings, target.FullName, parsed.GetValue(force), cancellationToken));
            if (result.Status == BackupStatus.TargetExists)
            {
                error.WriteLine($"{result.Message} Välj en annan fil, eller skriv över den med --force.");
                return ExitCodes.Usage;
            }

            return Report(console, error, result);
        });
        return command;
    }

    private static Command Restore(IAnsiConsole console, TextWriter error)
    {
        var database = new DatabaseOptions();
        var file = new Argument<FileInfo>("file") { Description = "Säkerhetskopian som `hallbar backup` skrev." };
        var command = new Command("restore", "Ersätt databasens hela innehåll med en säkerhetskopia och uppgradera den till den här versionen av Hallbar.") { file };
        database.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (Settings(database, parsed, error) is not { } settings)
            {
                return ExitCodes.Usage;
            }

            var result = await WithStatusAsync(console, "Återställer …", () => DatabaseBackup.RestoreAsync(settings, parsed.GetValue(file)!.FullName, cancellationToken));
            var exitCode = Report(console, error, result);
            if (result.Succeeded)
            {
                await using var db = settings.CreateContext();
                foreach (var (id, name) in await new ModelStore(db, TimeProvider.System).OrganizationsAsync(cancellationToken))
                {
                    console.MarkupLineInterpolated($"  {id}: {name}");
                }
            }

            return exitCode;
        });
        return command;
    }

    private static DatabaseSettings? Settings(DatabaseOptions database, ParseResult parsed, TextWriter error)
    {
        try
        {
            // Not database.OpenAsync: a backup leaves the database untouched (no migration, no new
            // file), and a restore replaces it whatever state it is in.
            return DatabaseSettings.Resolve(parsed.GetValue(database.ConnectionString), parsed.GetValue(database.Provider));
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }

    private static int Report(IAnsiConsole console, TextWriter error, BackupResult result)
    {
        if (result.Succeeded)
        {
            console.MarkupLineInterpolated($"[green]OK[/]: {result.Message}");
            return ExitCodes.Ok;
        }

        // Every failure is one the user can act on (a path, a file, a server, a missing tool); the message says which.
        error.WriteLine(result.Message);
        return ExitCodes.Usage;
    }

    /// <summary>A spinner while the work runs, on an interactive terminal only; scripts and logs get just the result.</summary>
    private static async Task<T> WithStatusAsync<T>(IAnsiConsole console, string status, Func<Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive || !console.Profile.Capabilities.Ansi)
        {
            return await work();
        }

        return await console.Status().Spinner(Spinner.Known.Dots).StartAsync(status, _ => work());
    }
}
