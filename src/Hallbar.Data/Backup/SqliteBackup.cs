using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Hallbar.Data.Backup;

/// <summary>SQLite's online backup API, both ways: live database to file, file into the live database.</summary>
internal static class SqliteBackup
{
    public static async Task<BackupResult> CopyAsync(DatabaseSettings settings, string temporary, string target, CancellationToken cancellationToken)
    {
        var database = DatabaseFile(settings);
        if (database is null)
        {
            return BackupResult.Failed("En SQLite-databas i minnet kan inte säkerhetskopieras.");
        }

        if (!File.Exists(database))
        {
            return new BackupResult(BackupStatus.NotFound, $"Det finns ingen databas att säkerhetskopiera: {database} finns inte.");
        }

        if (SamePath(database, target))
        {
            return BackupResult.Failed($"Säkerhetskopian kan inte skrivas över databasen själv ({database}).");
        }

        await using var source = new SqliteConnection(settings.ConnectionString);
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString());
        await OpenAsync(source, cancellationToken);
        await OpenAsync(copy, cancellationToken);
        // One step over all pages, under one read transaction: a snapshot as of one commit, while
        // others go on writing (in WAL mode) or wait for it (in rollback mode).
        await Task.Run(() => source.BackupDatabase(copy), cancellationToken);
        // A backup is one self-contained file, with no write-ahead log beside it.
        await ExecuteAsync(copy, "PRAGMA journal_mode = DELETE", cancellationToken);
        return BackupResult.Done(temporary);
    }

    public static async Task<BackupResult> RestoreAsync(DatabaseSettings settings, string file, IReadOnlySet<string> knownMigrations, CancellationToken cancellationToken)
    {
        var database = DatabaseFile(settings);
        if (database is not null && SamePath(database, file))
        {
            return BackupResult.Failed($"{file} är databasen själv; databasen är som förut.");
        }

        // Read-only, and never from the pool: the user's file is only read, and let go afterwards.
        await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            await backup.OpenAsync(cancellationToken);
            var check = Convert.ToString(await ScalarAsync(backup, "PRAGMA quick_check(1)", cancellationToken), CultureInfo.InvariantCulture);
            if (check != "ok")
            {
                return BackupResult.NotABackup($"{file} är en skadad SQLite-databas ({check}); databasen är som förut.");
            }

            if (Convert.ToInt64(await ScalarAsync(backup, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return BackupResult.NotABackup($"{file} är en SQLite-databas men ingen säkerhetskopia av Hallbar (den saknar Hallbars migreringshistorik); databasen är som förut.");
            }

            var unknown = new List<string>();
            await using (var command = backup.CreateCommand())
            {
                command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (!knownMigrations.Contains(reader.GetString(0)))
                    {
                        unknown.Add(reader.GetString(0));
                    }
                }
            }

            if (unknown.Count > 0)
            {
                return DatabaseBackup.TooNew(file, unknown);
            }
        }
        catch (SqliteException e)
        {
            return BackupResult.NotABackup($"{file} kan inte läsas som SQLite-databas: {e.Message} Databasen är som förut.");
        }

        if (database is not null && Path.GetDirectoryName(database) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var target = new SqliteConnection(settings.ConnectionString);
        try
        {
            await OpenAsync(target, cancellationToken);
            // The backup API writes all pages in one transaction on the target: the old content or
            // the new, never a mix, and connections open elsewhere see the new content.
            await Task.Run(() => backup.BackupDatabase(target), cancellationToken);
        }
        catch (SqliteException e)
        {
            return BackupResult.Failed($"Återställningen misslyckades: {e.Message} Databasen är som förut.");
        }

        return BackupResult.Done(file);
    }

    /// <summary>The database's file, or null for an in-memory database.</summary>
    private static string? DatabaseFile(DatabaseSettings settings)
    {
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static async Task OpenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        // Microsoft.Data.Sqlite retries busy commands itself, but not the backup API: SQLite's own
        // busy handler does, waiting up to 30 s for a writer's lock (held for milliseconds).
        await ExecuteAsync(connection, "PRAGMA busy_timeout = 30000", cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
