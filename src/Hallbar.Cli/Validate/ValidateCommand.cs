using System.CommandLine;
using Spectre.Console;

namespace Hallbar.Cli.Validate;

/// <summary>`hallbar validate FILE`: reads a model file and reports every problem in it.</summary>
internal static class ValidateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var file = ModelFileArgument.Create();
        var language = LanguageOption.Create("Språk för problemen och sammanfattningen: sv eller en.");
        var command = new Command("validate", "Kontrollera en modellfil och visa alla fel med rad och sökväg.") { file, language };
        command.SetAction(parsed =>
        {
            var english = parsed.IsEnglish(language);
            string T(string sv, string en) => english ? en : sv;
            var (result, exitCode) = ModelFileArgument.Load(parsed.GetValue(file)!, error, english);
            if (result?.Model is { } model)
            {
                var (nodes, measures, sections) = (model.AllNodes().Count(), model.AllMeasures().Count(), model.Sections.Count);
                console.MarkupLineInterpolated($"[green]OK[/]: {model.Organization.Name}: {T(
                    $"{nodes} mål och indikatorer, {measures} mätetal, {sections} textavsnitt.",
                    $"{nodes} goals and indicators, {measures} measures, {sections} text sections.")}");
            }
            else
            {
                error.WriteLine(exitCode == ExitCodes.InvalidModel
                    ? T("Modellfilen har fel.", "The model file has problems.")
                    : T("Modellfilen kunde inte läsas.", "The model file could not be read."));
            }

            return exitCode;
        });
        return command;
    }
}
