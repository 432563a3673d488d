using System.CommandLine;
using System.Text.Json;
using Hallbar.Domain.Assessment;
using Spectre.Console;

namespace Hallbar.Cli.Assess;

/// <summary>
/// `hallbar assess FILE --year 2025`: every measure's rule-based suggestion with its rationale
/// beside the final assessment, the roll-ups, and how many suggestions agree with the finals.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output, TextWriter error)
    {
        var file = ModelFileArgument.Create();
        var year = new Option<int>("--year") { Description = "Redovisningsåret som bedöms.", Required = true };
        var json = new Option<bool>("--json") { Description = "Skriv resultatet som JSON, för skript." };
        var language = new Option<string>("--lang") { Description = "Språk: sv eller en.", DefaultValueFactory = _ => "sv" };
        language.AcceptOnlyFromAmong("sv", "en");

        var command = new Command("assess", "Bedöm varje mätetal, indikator och mål för ett år.") { file, year, json, language };
        command.SetAction(parsed =>
        {
            var (result, exitCode) = ModelFileArgument.Load(parsed.GetValue(file)!, error);
            if (result?.Model is not { } model)
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
