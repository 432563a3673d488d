using System.CommandLine;
using Spectre.Console;

namespace Hallbar.Cli.Validate;

/// <summary>`hallbar validate FILE`: reads a model file and reports every problem in it.</summary>
internal static class ValidateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var file = ModelFileArgument.Create();
        var command = new Command("validate", "Kontrollera en modellfil och visa alla fel med rad och sökväg.") { file };
        command.SetAction(parsed =>
        {
            var (result, exitCode) = ModelFileArgument.Load(parsed.GetValue(file)!, error);
            if (result?.Model is { } model)
            {
                var nodes = model.AllNodes().Count();
                var measures = model.AllMeasures().Count();
                console.MarkupLineInterpolated($"[green]OK[/]: {model.Organization.Name}: {nodes} mål och indikatorer, {measures} mätetal, {model.Sections.Count} textavsnitt.");
            }
            else
            {
                error.WriteLine($"{(exitCode == ExitCodes.InvalidModel ? "Modellfilen har fel." : "Modellfilen kunde inte läsas.")}");
            }

            return exitCode;
        });
        return command;
    }
}
