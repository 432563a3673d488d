using System.CommandLine;
using System.Text.Json;
using Hallbar.Cli.Storage;
using Hallbar.Domain.Assessment;
using Spectre.Console;

namespace Hallbar.Cli.Assess;

/// <summary>
/// `hallbar assess FILE --year 2025` (or `--org ID` from the database): every measure's rule-based
/// suggestion with its rationale beside the final assessment, the roll-ups, and how many
/// suggestions agree with the finals.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output, TextWriter error)
    {
        var file = ModelFileArgument.Create();
        file.Arity = ArgumentArity.ZeroOrOne;
        var organization = new Option<string?>("--org") { Description = "Bedöm organisationen i databasen i stället för en modellfil." };
        var year = new Option<int>("--year") { Description = "Redovisningsåret som bedöms.", Required = true };
        var json = new Option<bool>("--json") { Description = "Skriv resultatet som JSON, för skript." };
        var language = LanguageOption.Create("Språk: sv eller en.");
        var database = new DatabaseOptions();

        var command = new Command("assess", "Bedöm varje mätetal, indikator och mål för ett år.") { file, organization, year, json, language };
        database.AddTo(command);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(file) is null) == (result.GetValue(organization) is null))
            {
                result.AddError("Ange antingen en modellfil eller --org.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (model, exitCode) = await ModelSource.LoadAsync(parsed.GetValue(file), parsed.GetValue(organization), database, parsed, error, parsed.IsEnglish(language), cancellationToken);
            if (model is null)
            {
                return exitCode;
            }

            var report = AssessmentReport.Create(model, ModelAssessor.Assess(model, parsed.GetValue(year)), parsed.GetValue(year), parsed.GetValue(language)!);
            if (parsed.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(report, AssessmentReport.JsonOptions));
            }
            else
            {
                AssessmentTables.Write(console, report);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
