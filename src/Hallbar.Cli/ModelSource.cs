using System.CommandLine;
using Hallbar.Cli.Storage;
using Hallbar.Data;
using Hallbar.Domain;

namespace Hallbar.Cli;

/// <summary>Where a command takes its organization's model from: a model file, or an organization in the database.</summary>
internal static class ModelSource
{
    /// <summary>The model, or null with the exit code after the problem has been written (in English with <paramref name="english"/>).</summary>
    public static async Task<(OrganizationModel? Model, int ExitCode)> LoadAsync(
        FileInfo? file, string? organizationId, DatabaseOptions database, ParseResult parsed, TextWriter error, bool english, CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            var (result, exitCode) = ModelFileArgument.Load(file, error, english);
            return (result?.Model, exitCode);
        }

        await using var db = await database.OpenAsync(parsed, cancellationToken);
        var store = new ModelStore(db, TimeProvider.System);
        if (await store.LoadAsync(organizationId!, cancellationToken) is { } model)
        {
            return (model, ExitCodes.Ok);
        }

        var known = string.Join(", ", (await store.OrganizationsAsync(cancellationToken)).Select(o => o.Id));
        error.WriteLine(english
            ? $"No organization '{organizationId}' in the database; it has: {(known.Length == 0 ? "none" : known)}."
            : $"Ingen organisation '{organizationId}' i databasen; där finns: {(known.Length == 0 ? "inga" : known)}.");
        return (null, ExitCodes.Usage);
    }
}
