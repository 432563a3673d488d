using System.CommandLine;
using Hallbar.Data;

namespace Hallbar.Cli.Storage;

/// <summary>--database and --provider: which database a command works on (default: HALLBAR_DATABASE, else the SQLite file in the data folder).</summary>
internal sealed class DatabaseOptions
{
    public Option<string?> ConnectionString { get; } = new("--database")
    {
        Description = $"Anslutningssträng; annars {DatabaseSettings.ConnectionVariable}, annars SQLite-filen i datamappen.",
    };

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "Databas: sqlite eller postgresql (annars av anslutningssträngen).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ConnectionString);
        command.Options.Add(Provider);
    }

    /// <summary>An open, migrated database for the command.</summary>
    public async Task<HallbarDbContext> OpenAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var db = DatabaseSettings.Resolve(parsed.GetValue(ConnectionString), parsed.GetValue(Provider)).CreateContext();
        await HallbarDatabase.MigrateAsync(db, cancellationToken);
        return db;
    }
}
