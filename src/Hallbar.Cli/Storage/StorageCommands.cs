using System.CommandLine;
using Hallbar.Data;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Hallbar.Cli.Storage;

/// <summary>`hallbar init`, `import` and `export`: the database and the model file, both ways.</summary>
internal static class StorageCommands
{
    public static IEnumerable<Command> Create(IAnsiConsole console, TextWriter error)
    {
        yield return Init(console);
        yield return Import(console, error);
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
            var seeded = await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System, cancellationToken);
            console.MarkupLineInterpolated($"[green]OK[/]: databasen {db.Database.GetDbConnection().DataSource} är klar{(seeded ? " med demodata (Region Västmanland 2025)" : string.Empty)}.");
            foreach (var (id, name) in await new ModelStore(db, TimeProvider.System).OrganizationsAsync(cancellationToken))
            {
                console.MarkupLineInterpolated($"  {id}: {name}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(IAnsiConsole console, TextWriter error)
    {
        var database = new DatabaseOptions();
        var file = ModelFileArgument.Create();
        var command = new Command("import", "Läs in en modellfil i databasen; organisationens tidigare modell ersätts helt, eller inte alls.") { file };
        database.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (result, exitCode) = ModelFileArgument.Load(parsed.GetValue(file)!, error);
            if (result?.Model is not { } model)
            {
                error.WriteLine("Inget lästes in: databasen är som förut.");
                return exitCode;
            }

            await using var db = await database.OpenAsync(parsed, cancellationToken);
            await new ModelStore(db, TimeProvider.System).SaveAsync(model, Environment.UserName, cancellationToken);
            var measures = model.AllMeasures().ToList();
            console.MarkupLineInterpolated($"[green]OK[/]: {model.Organization.Name} ({model.Organization.Id}): {measures.Count} mätetal, {measures.Sum(m => m.Outcomes.Count)} utfall.");
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
            var temporary = target.FullName + ".tmp";
            // Written beside and moved in place: an interrupted export never leaves half a file.
            await File.WriteAllTextAsync(temporary, ModelFileWriter.Write(model), cancellationToken);
            File.Move(temporary, target.FullName, overwrite: true);
            console.MarkupLineInterpolated($"[green]OK[/]: {model.Organization.Name} skriven till {target.FullName}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
