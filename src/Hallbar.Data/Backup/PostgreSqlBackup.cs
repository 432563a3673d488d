using System.ComponentModel;

namespace Hallbar.Data.Backup;

/// <summary>A logical dump with pg_dump in custom format, and its way back with pg_restore.</summary>
internal static class PostgreSqlBackup
{
    private const string HistoryTable = "__EFMigrationsHistory";

    // Run in the restore's own transaction, before the dump's objects are made again: every table
    // of the schema that holds Hallbar's migration history goes, also tables a newer Hallbar added
    // after the backup was made (pg_restore --clean drops only what is in the dump, and fails on
    // a table that refers to one of those).
    private const string DropHallbarTables = """
        DO $$
        DECLARE t record;
        BEGIN
          FOR t IN SELECT schemaname, tablename FROM pg_catalog.pg_tables
                   WHERE schemaname IN (SELECT schemaname FROM pg_catalog.pg_tables WHERE tablename = '__EFMigrationsHistory')
          LOOP
            EXECUTE format('DROP TABLE IF EXISTS %I.%I CASCADE', t.schemaname, t.tablename);
          END LOOP;
        END $$;
        """;

    public static async Task<BackupResult> DumpAsync(DatabaseSettings settings, string temporary, CancellationToken cancellationToken)
    {
        if (PostgresTools.Find(settings.ConnectionString) is not { } tools)
        {
            return BackupResult.Failed(PostgresTools.Missing);
        }

        try
        {
            var dump = await tools.RunAsync("pg_dump", ["--format=custom", $"--file={temporary}", .. tools.ConnectionArguments], cancellationToken);
            return dump.ExitCode == 0
                ? BackupResult.Done(temporary)
                : BackupResult.Failed($"pg_dump kunde inte säkerhetskopiera {DatabaseBackup.Describe(settings)}: {PostgresTools.Reason(dump.Error)}");
        }
        catch (Win32Exception e)
        {
            return BackupResult.Failed($"pg_dump kunde inte startas: {e.Message}");
        }
    }

    public static async Task<BackupResult> RestoreAsync(DatabaseSettings settings, string file, IReadOnlySet<string> knownMigrations, CancellationToken cancellationToken)
    {
        if (PostgresTools.Find(settings.ConnectionString) is not { } tools)
        {
            return BackupResult.Failed(PostgresTools.Missing);
        }

        try
        {
            // pg_restore reads an archive's table without a server: the migrations it was made at.
            var history = await tools.RunAsync("pg_restore", ["--data-only", $"--table={HistoryTable}", "--file=-", file], cancellationToken);
            if (history.ExitCode != 0)
            {
                return BackupResult.NotABackup($"{file} kan inte läsas som pg_dump-arkiv: {PostgresTools.Reason(history.Error)} Databasen är som förut.");
            }

            if (MigrationIds(history.Output) is not { } migrations)
            {
                return BackupResult.NotABackup($"{file} är ett pg_dump-arkiv men ingen säkerhetskopia av Hallbar (den saknar Hallbars migreringshistorik); databasen är som förut.");
            }

            if (migrations.Where(id => !knownMigrations.Contains(id)).ToList() is { Count: > 0 } unknown)
            {
                return DatabaseBackup.TooNew(file, unknown);
            }

            return await ReplaceAsync(tools, settings, file, cancellationToken);
        }
        catch (Win32Exception e)
        {
            return BackupResult.Failed($"pg_restore eller psql kunde inte startas: {e.Message} Databasen är som förut.");
        }
    }

    /// <summary>
    /// pg_restore writes the archive as SQL into psql, which runs it after dropping Hallbar's tables,
    /// all in one transaction; psql gets its end of input (and commits) only after pg_restore has
    /// read the whole archive, else it is killed and the server rolls everything back.
    /// </summary>
    private static async Task<BackupResult> ReplaceAsync(PostgresTools tools, DatabaseSettings settings, string file, CancellationToken cancellationToken)
    {
        using var restore = tools.Start("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--file=-", file]);
        using var psql = tools.Start(
            "psql",
            ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction", $"--command={DropHallbarTables}", "--file=-", .. tools.ConnectionArguments],
            input: true,
            options: "-c client_min_messages=warning");
        var committing = false;
        try
        {
            var restoreError = restore.StandardError.ReadToEndAsync(CancellationToken.None);
            var psqlError = psql.StandardError.ReadToEndAsync(CancellationToken.None);
            var psqlOutput = psql.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var failed = $"Återställningen av {DatabaseBackup.Describe(settings)} från {file} misslyckades; databasen är som förut.";
            try
            {
                await restore.StandardOutput.BaseStream.CopyToAsync(psql.StandardInput.BaseStream, cancellationToken);
            }
            catch (IOException)
            {
                // psql stopped reading: it could not connect, or a statement failed. Its error says which.
                PostgresTools.Stop(restore);
                await psql.WaitForExitAsync(cancellationToken);
                return BackupResult.Failed($"{failed} {PostgresTools.Reason(await psqlError)}");
            }

            await restore.WaitForExitAsync(cancellationToken);
            if (restore.ExitCode != 0)
            {
                return BackupResult.Failed($"{failed} {PostgresTools.Reason(await restoreError)}");
            }

            committing = true;
            psql.StandardInput.Close();
            await psql.WaitForExitAsync(cancellationToken);
            await psqlOutput;
            return psql.ExitCode == 0
                ? BackupResult.Done(file)
                : BackupResult.Failed($"{failed} {PostgresTools.Reason(await psqlError)}");
        }
        finally
        {
            if (!committing)
            {
                PostgresTools.Stop(psql);
            }

            PostgresTools.Stop(restore);
        }
    }

    /// <summary>The first column of the history table's COPY block in pg_restore's script, or null without the table.</summary>
    private static List<string>? MigrationIds(string script)
    {
        List<string>? ids = null;
        var inCopy = false;
        foreach (var line in script.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (inCopy)
            {
                if (text == "\\.")
                {
                    inCopy = false;
                }
                else
                {
                    ids!.Add(text.Split('\t')[0]);
                }
            }
            else if (text.StartsWith("COPY ", StringComparison.Ordinal) && text.Contains($"\"{HistoryTable}\"", StringComparison.Ordinal))
            {
                ids = [];
                inCopy = true;
            }
        }

        return ids;
    }
}
