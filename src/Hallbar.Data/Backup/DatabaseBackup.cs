using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hallbar.Data.Backup;

/// <summary>
/// Backup and restore of a whole Hallbar database: for SQLite a copy made with SQLite's online
/// backup API, for PostgreSQL a pg_dump archive in custom format. A restore replaces the database's
/// content whole or not at all, then brings it to the newest migration.
/// </summary>
public static class DatabaseBackup
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>
    /// Writes a consistent backup of the database to <paramref name="file"/>, even while others
    /// write to it. The backup is written beside the file and moved into place, so an interrupted
    /// backup never leaves half a file; an existing file is replaced only with <paramref name="overwrite"/>.
    /// </summary>
    public static async Task<BackupResult> BackupAsync(DatabaseSettings settings, string file, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = Path.GetFullPath(file);
        if (Directory.Exists(target))
        {
            return BackupResult.Failed($"{target} är en mapp; ange filen som säkerhetskopian ska skrivas till.");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            return new BackupResult(BackupStatus.NotFound, $"Mappen {folder} finns inte; säkerhetskopian skrevs inte.");
        }

        if (!overwrite && File.Exists(target))
        {
            return TargetExists(target);
        }

        var temporary = Path.Combine(folder, $"{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var written = settings.Provider == DatabaseProvider.PostgreSql
                ? await PostgreSqlBackup.DumpAsync(settings, temporary, cancellationToken)
                : await SqliteBackup.CopyAsync(settings, temporary, target, cancellationToken);
            if (!written.Succeeded)
            {
                return written;
            }

            cancellationToken.ThrowIfCancellationRequested();
            // On disk before it takes the name: after a crash the file is either the old one or the whole new one.
            using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite))
            {
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, target, overwrite);
            }
            catch (IOException) when (!overwrite && File.Exists(target))
            {
                return TargetExists(target);
            }

            return BackupResult.Done($"Säkerhetskopian av {Describe(settings)} är skriven till {target} ({Size(new FileInfo(target).Length)}).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            return BackupResult.Failed($"Säkerhetskopian kunde inte skrivas till {target}: {e.Message}");
        }
        finally
        {
            foreach (var leftover in new[] { temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm" })
            {
                File.Delete(leftover);
            }
        }
    }

    /// <summary>
    /// Replaces the database's content with the backup in <paramref name="file"/>, after checking
    /// that it is a backup Hallbar can read, then upgrades it to the newest migration. A file that
    /// is not such a backup, or a restore that fails, leaves the database as it was.
    /// </summary>
    public static async Task<BackupResult> RestoreAsync(DatabaseSettings settings, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            return new BackupResult(BackupStatus.NotFound, $"{source}: filen finns inte; databasen är som förut.");
        }

        BackupResult restored;
        try
        {
            var format = ReadFormat(source);
            restored = (settings.Provider, format) switch
            {
                (DatabaseProvider.Sqlite, BackupFormat.Sqlite) => await SqliteBackup.RestoreAsync(settings, source, KnownMigrations(settings), cancellationToken),
                (DatabaseProvider.PostgreSql, BackupFormat.PgDump) => await PostgreSqlBackup.RestoreAsync(settings, source, KnownMigrations(settings), cancellationToken),
                (_, BackupFormat.Sqlite) => BackupResult.NotABackup($"{source} är en säkerhetskopia av en SQLite-databas; den kan bara återställas till SQLite, inte till {Describe(settings)}. Databasen är som förut."),
                (_, BackupFormat.PgDump) => BackupResult.NotABackup($"{source} är en säkerhetskopia av en PostgreSQL-databas (pg_dump); den kan bara återställas till PostgreSQL, inte till {Describe(settings)}. Databasen är som förut."),
                _ => BackupResult.NotABackup($"{source} är ingen säkerhetskopia av Hallbar (varken en SQLite-databas eller ett pg_dump-arkiv); databasen är som förut."),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BackupResult.Failed($"{source} kunde inte läsas: {e.Message}. Databasen är som förut.");
        }

        if (!restored.Succeeded)
        {
            return restored;
        }

        await using (var db = settings.CreateContext())
        {
            await HallbarDatabase.MigrateAsync(db, cancellationToken);
        }

        return BackupResult.Done($"{Describe(settings)} är återställd från {source}.");
    }

    /// <summary>The database in words for messages, without its password.</summary>
    internal static string Describe(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
            return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL-databasen {builder.Database ?? builder.Username} på {builder.Host}:{builder.Port}");
        }

        var source = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        return $"SQLite-databasen {(string.IsNullOrEmpty(source) || source == ":memory:" ? "i minnet" : Path.GetFullPath(source))}";
    }

    internal static BackupResult TooNew(string file, IEnumerable<string> unknown) =>
        BackupResult.NotABackup($"{file} kommer från en nyare version av Hallbar (okända migreringar: {string.Join(", ", unknown)}); uppgradera Hallbar först. Databasen är som förut.");

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(Swedish, $"{Math.Max(1, bytes / 1024)} kB")
        : string.Create(Swedish, $"{bytes / (1024.0 * 1024.0):0.0} MB");

    private static BackupResult TargetExists(string target) =>
        new(BackupStatus.TargetExists, $"{target} finns redan och skrivs inte över.");

    private static HashSet<string> KnownMigrations(DatabaseSettings settings)
    {
        using var db = settings.CreateContext();
        return db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
    }

    private static BackupFormat ReadFormat(string file)
    {
        Span<byte> header = stackalloc byte[16];
        using var stream = File.OpenRead(file);
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        var start = header[..read];
        if (start.SequenceEqual("SQLite format 3\0"u8))
        {
            return BackupFormat.Sqlite;
        }

        return start.StartsWith("PGDMP"u8) ? BackupFormat.PgDump : BackupFormat.Unknown;
    }

    private enum BackupFormat
    {
        Unknown,
        Sqlite,
        PgDump,
    }
}
