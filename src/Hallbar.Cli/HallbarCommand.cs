using System.CommandLine;
using Hallbar.Cli.Assess;
using Hallbar.Cli.Report;
using Hallbar.Cli.Storage;
using Hallbar.Cli.Validate;
using Spectre.Console;

namespace Hallbar.Cli;

/// <summary>The `hallbar` command: a thin shell over the domain and the model file.</summary>
public static class HallbarCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = CreateConsole(output);
        var root = new RootCommand("Hallbar: hållbarhetsuppföljning och hållbarhetsredovisning för regioner och kommuner.")
        {
            ValidateCommand.Create(console, error),
            AssessCommand.Create(console, output, error),
            ReportCommand.Create(console, error),
        };
        foreach (var command in StorageCommands.Create(console, error, CreateStatusConsole(error)).Concat(BackupCommands.Create(console, error)))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run 'hallbar --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Exit codes 1 and 2 promise a problem in the input; anything else is ours.
            error.WriteLine($"Internt fel i Hallbar: {e}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Progress of long work, on standard error and only on a terminal: scripts, logs and tests see just the result.</summary>
    private static IAnsiConsole? CreateStatusConsole(TextWriter error)
    {
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
        {
            return null;
        }

        // Interactive as standard error is a terminal, whatever becomes of standard output (Spectre asks the latter).
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error), Interactive = InteractionSupport.Yes });
        return console.Profile.Capabilities.Ansi ? console : null;
    }

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            // Redirected output is read in files, pagers and scripts: no wrapping inside a row.
            console.Profile.Width = 1000;
        }

        return console;
    }
}
