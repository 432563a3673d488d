using System.CommandLine;
using Hallbar.Cli.Storage;
using Hallbar.Reports;
using Hallbar.Reports.Building;
using Spectre.Console;

namespace Hallbar.Cli.Report;

/// <summary>
/// `hallbar report --org ID --year 2025 --format html --out FILE` (or `--model FILE` without a
/// database): the hållbarhetsredovisning in one of the report's formats.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var model = new Option<FileInfo?>("--model") { Description = "Skriv rapporten direkt från en modellfil, utan databas." };
        var organization = new Option<string?>("--org") { Description = "Organisationen i databasen." };
        var year = new Option<int>("--year") { Description = "Redovisningsåret.", Required = true };
        var format = new Option<string?>("--format") { Description = $"Format: {string.Join(", ", ReportRenderers.Formats)} (annars av filändelsen)." };
        format.AcceptOnlyFromAmong([.. ReportRenderers.Formats]);
        var output = new Option<FileInfo>("--out") { Description = "Filen som skrivs.", Required = true };
        var language = LanguageOption.Create("Språk: sv eller en.");
        var database = new DatabaseOptions();

        var command = new Command("report", "Skriv hållbarhetsredovisningen för ett år: HTML, PDF, DOCX eller XLSX.") { model, organization, year, format, output, language };
        database.AddTo(command);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(model) is null) == (result.GetValue(organization) is null))
            {
                result.AddError("Ange antingen --model eller --org.");
            }

            var target = result.GetValue(output);
            if (result.GetValue(format) is null && target is not null && ReportRenderers.Find(target.Extension.TrimStart('.')) is null)
            {
                result.AddError($"Ange --format, eller en fil som slutar på {string.Join(", ", ReportRenderers.Formats.Select(f => "." + f))}.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (loaded, exitCode) = await ModelSource.LoadAsync(parsed.GetValue(model), parsed.GetValue(organization), database, parsed, error, parsed.IsEnglish(language), cancellationToken);
            if (loaded is null)
            {
                return exitCode;
            }

            var target = parsed.GetValue(output)!;
            var renderer = ReportRenderers.Find(parsed.GetValue(format) ?? target.Extension.TrimStart('.'))!;
            var report = ReportBuilder.Build(loaded, parsed.GetValue(year), parsed.GetValue(language)!);
            await Files.WriteAtomicallyAsync(target, stream => renderer.RenderAsync(report, stream, cancellationToken), cancellationToken);
            console.MarkupLineInterpolated($"[green]OK[/]: {report.Title}, {report.OrganizationName}, skriven till {target.FullName}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
