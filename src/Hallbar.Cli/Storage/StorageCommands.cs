using System.CommandLine;
using System.Globalization;
using Hallbar.Data;
using Hallbar.Data.Transfer;
using Hallbar.Domain.Formatting;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Hallbar.Cli.Storage;

/// <summary>`hallbar init`, `import`, `export` and `template`: the database, the model file and the outcome templates.</summary>
internal static class StorageCommands
{
    /// <param name="status">Where long work shows its progress; null where nothing is to be shown.</param>
    public static IEnumerable<Command> Create(IAnsiConsole console, TextWriter error, IAnsiConsole? status = null)
    {
        yield return Init(console);
        yield return Import(console, status, error);
        yield return Template();
        yield return Export(console, error);
    }

    private static Command Init(IAnsiConsole console)
    {
        var database = new DatabaseOptions();
        var command = new Command("init", "Skapa databasen (eller uppgradera den) och lägg in demodata om den är tom.");
        database.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var db = await database.OpenAsync(parsed, cancellationToken);
            var seeded = await HallbarDatabase.StartWithDemoAsync(db, TimeProvider.System, cancellationToken);
            console.MarkupLineInterpolated($"[green]OK[/]: databasen {db.Database.GetDbConnection().DataSource} är klar{(seeded ? " med demodata (Region Västmanland 2025)" : string.Empty)}.");
            foreach (var (id, name) in await new ModelStore(db, TimeProvider.System).OrganizationsAsync(cancellationToken))
            {
                console.MarkupLineInterpolated($"  {id}: {name}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(IAnsiConsole console, IAnsiConsole? status, TextWriter error)
    {
        var database = new DatabaseOptions();
        var file = ModelFileArgument.Create();
        file.Description = "En modellfil (.json), eller utfall i en ifylld mall (.csv, .xlsx).";
        var organization = new Option<string?>("--org") { Description = "Organisationen som utfallen gäller (för .csv och .xlsx)." };
        var preview = new Option<bool>("--dry-run") { Description = "Visa vad som skulle ändras, utan att skriva något." };
        var language = LanguageOption.Create("Språk för problemen och sammanfattningen: sv eller en.");
        var command = new Command("import", "Läs in en modellfil eller utfall; allt eller inget skrivs.") { file, organization, preview, language };
        database.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            var english = parsed.IsEnglish(language);
            if (path.Extension.ToLowerInvariant() is ".csv" or ".xlsx")
            {
                return await ImportOutcomesAsync(console, status, error, database, parsed, path, parsed.GetValue(organization), parsed.GetValue(preview),
                    english, cancellationToken);
            }

            string T(string sv, string en) => english ? en : sv;
            var (result, exitCode) = ModelFileArgument.Load(path, error, english);
            if (result?.Model is not { } model)
            {
                error.WriteLine(T("Inget lästes in: databasen är som förut.", "Nothing was imported: the database is as before."));
                return exitCode;
            }

            if (parsed.GetValue(preview))
            {
                console.WriteLine(T($"Modellfilen är giltig; {model.Organization.Name} skulle ersättas helt. Inget skrevs.",
                    $"The model file is valid; {model.Organization.Name} would be replaced entirely. Nothing was written."));
                return ExitCodes.Ok;
            }

            await using var db = await database.OpenAsync(parsed, cancellationToken);
            await new ModelStore(db, TimeProvider.System).SaveAsync(model, Environment.UserName, cancellationToken);
            var (measures, outcomes) = (model.AllMeasures().Count(), model.AllMeasures().Sum(m => m.Outcomes.Count));
            console.MarkupLineInterpolated($"[green]OK[/]: {model.Organization.Name} ({model.Organization.Id}): {T($"{measures} mätetal, {outcomes} utfall.", $"{measures} measures, {outcomes} outcomes.")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> ImportOutcomesAsync(
        IAnsiConsole console, IAnsiConsole? status, TextWriter error, DatabaseOptions database, ParseResult parsed, FileInfo path, string? organization, bool preview,
        bool english, CancellationToken cancellationToken)
    {
        string T(string sv, string en) => english ? en : sv;
        if (organization is null)
        {
            error.WriteLine(T("Ange organisationen som utfallen gäller med --org.", "Give the organization the outcomes are for with --org."));
            return ExitCodes.Usage;
        }

        if (!path.Exists)
        {
            error.WriteLine($"{path.FullName}: {T("filen finns inte", "the file does not exist")}.");
            return ExitCodes.Usage;
        }

        async Task<ImportResult> ReadAndImportAsync(IProgress<ImportProgress>? progress)
        {
            // The file is read on another core while the database opens and the organization is read.
            var reading = Task.Run(() => ReadTable(path, progress), cancellationToken);
            await using var db = await database.OpenAsync(parsed, cancellationToken);
            return await new OutcomeTransfer(db, TimeProvider.System).ImportAsync(organization, reading, Environment.UserName, preview, path.Name, progress, cancellationToken);
        }

        var result = status is null
            ? await ReadAndImportAsync(null)
            : await status.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(context => ReadAndImportAsync(new ImportProgressBars(context)));
        foreach (var problem in result.Problems)
        {
            error.WriteLine($"{path.Name}: {problem.Describe(english)}");
        }

        if (!result.IsValid)
        {
            error.WriteLine(T("Inget lästes in: databasen är som förut.", "Nothing was imported: the database is as before."));
            return ExitCodes.InvalidModel;
        }

        var changes = new Table().Border(TableBorder.Minimal).AddColumns(T("Rad", "Row"), T("Mätetal", "Measure"), "Period", T("Förut", "Before"), T("Nu", "Now"), string.Empty);
        const int shown = 40;
        foreach (var change in result.Changes.Take(shown))
        {
            changes.AddRow(change.Row.ToString(CultureInfo.InvariantCulture), change.MeasureName, change.Period, Shown(english ? change.OldEnglish : change.Old, english) ?? "–",
                Shown(T(change.New, change.NewEnglish), english)!,
                change.IsRestatement ? T("omräkning", "restatement") : string.Empty);
        }

        console.Write(changes);
        if (result.Changes.Count > shown)
        {
            console.WriteLine(T($"… och {result.Changes.Count - shown} till.", $"… and {result.Changes.Count - shown} more."));
        }

        if (result.Written)
        {
            console.MarkupLineInterpolated($"[green]OK[/]: {T($"{result.Changes.Count} utfall ändrade.", $"{result.Changes.Count} outcome(s) changed.")}");
        }
        else
        {
            console.WriteLine(T($"{result.Changes.Count} utfall skulle ändras (inget skrevs).", $"{result.Changes.Count} outcome(s) would change (nothing was written)."));
        }

        return ExitCodes.Ok;
    }

    private static (OutcomeTable? Table, TableProblem? Problem) ReadTable(FileInfo path, IProgress<ImportProgress>? progress)
    {
        progress?.Report(new ImportProgress(ImportStep.Reading, 0, 0));
        using var stream = path.OpenRead();
        var read = path.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? XlsxTable.Read(stream) : CsvTable.Read(stream, progress);
        progress?.Report(new ImportProgress(ImportStep.Reading, 1, 1));
        return read;
    }

    /// <summary>A stored figure as a Swedish (or English) reader writes it; texts as they are.</summary>
    private static string? Shown(string? value, bool english) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? NumberText.Number(number, english ? "en" : "sv") : value;

    private static Command Template()
    {
        var database = new DatabaseOptions();
        var organization = new Option<string>("--org") { Description = "Organisationens id.", Required = true };
        var year = new Option<int>("--year") { Description = "Redovisningsåret.", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mallen för en förvaltning: mätetalen som fylls i per förvaltning." };
        var output = new Option<FileInfo>("--out") { Description = "Mallen som skrivs: .csv eller .xlsx.", Required = true };
        var command = new Command("template", "Skriv mallen som en rapportör fyller i: mätetal, enheter och perioder för året.") { organization, year, unit, output };
        database.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var db = await database.OpenAsync(parsed, cancellationToken);
            var table = await new OutcomeTransfer(db, TimeProvider.System).TemplateAsync(parsed.GetValue(organization)!, parsed.GetValue(year), parsed.GetValue(unit), cancellationToken);
            if (table is null)
            {
                parsed.InvocationConfiguration.Error.WriteLine($"Ingen organisation '{parsed.GetValue(organization)}' i databasen.");
                return ExitCodes.Usage;
            }

            var target = parsed.GetValue(output)!;
            await Files.WriteAtomicallyAsync(target, stream =>
            {
                if (target.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    XlsxTable.Write(table, stream);
                }
                else
                {
                    CsvTable.Write(table, stream);
                }

                return Task.CompletedTask;
            }, cancellationToken);
            parsed.InvocationConfiguration.Output.WriteLine($"OK: {table.Rows.Count} rader i {target.FullName}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(IAnsiConsole console, TextWriter error)
    {
        var database = new DatabaseOptions();
        var organization = new Option<string>("--org") { Description = "Organisationens id.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Modellfilen som skrivs.", Required = true };
        var command = new Command("export", "Skriv en organisations modell ur databasen som modellfil.") { organization, output };
        database.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var db = await database.OpenAsync(parsed, cancellationToken);
            var store = new ModelStore(db, TimeProvider.System);
            var id = parsed.GetValue(organization)!;
            if (await store.LoadAsync(id, cancellationToken) is not { } model)
            {
                var known = string.Join(", ", (await store.OrganizationsAsync(cancellationToken)).Select(o => o.Id));
                error.WriteLine($"Ingen organisation '{id}' i databasen; där finns: {(known.Length == 0 ? "inga" : known)}.");
                return ExitCodes.Usage;
            }

            var target = parsed.GetValue(output)!;
            var text = ModelFileWriter.Write(model);
            await Files.WriteAtomicallyAsync(target, stream => stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken).AsTask(), cancellationToken);
            console.MarkupLineInterpolated($"[green]OK[/]: {model.Organization.Name} skriven till {target.FullName}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
