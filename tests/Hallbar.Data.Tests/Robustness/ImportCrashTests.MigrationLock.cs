using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hallbar.Data.Tests.Robustness;

/// <summary>
/// A command killed while it upgrades the database: on SQLite EF Core's migration lock is a row the
/// killed process leaves behind, which must not keep the next command waiting for ever.
/// </summary>
public sealed partial class ImportCrashTests
{
    [Fact]
    public async Task Import_KilledWhileUpgradingTheDatabase_NextCommandOpensTheDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("hallbar-crash-");
        try
        {
            var file = Path.Combine(folder.FullName, "demo.json");
            await File.WriteAllBytesAsync(file, HallbarDatabase.DemoModelFile);
            var database = Path.Combine(folder.FullName, "hallbar.db");
            await using (var db = DatabaseSettings.Sqlite(database).CreateContext())
            {
                // A database of an older Hallbar: its first migration only.
                await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            }

            // The command brings the database to the newest migration first, holding EF Core's migration
            // lock (a row in __EFMigrationsLock) meanwhile: kill it right then.
            var killed = false;
            for (var attempt = 0; attempt < 20 && !killed; attempt++)
            {
                var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "hallbar.dll"), "import", file, "--database", $"Data Source={database}" })
                {
                    start.ArgumentList.Add(argument);
                }

                await using var watcher = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
                await watcher.OpenAsync();
                await using var locked = new SqliteCommand("SELECT count(*) FROM \"__EFMigrationsLock\"", watcher);
                using var process = Process.Start(start)!;
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                while (!process.HasExited)
                {
                    if ((long)(await locked.ExecuteScalarAsync())! > 0)
                    {
                        process.Kill();
                        killed = true;
                        break;
                    }
                }

                await process.WaitForExitAsync();
                output.WriteLine($"attempt {attempt + 1}: {(killed ? "killed holding the migration lock" : "missed")}");
            }

            Assert.True(killed, "The import was never caught holding the migration lock.");
            SqliteConnection.ClearAllPools();
            await using var next = DatabaseSettings.Sqlite(database).CreateContext();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await HallbarDatabase.MigrateAsync(next, timeout.Token);
            Assert.Empty(await next.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Migrate_WhileAnotherCommandUpgradesTheDatabase_WaitsForIt()
    {
        // The row in __EFMigrationsLock is taken for stale only while no other command migrates.
        var folder = Directory.CreateTempSubdirectory("hallbar-lock-");
        try
        {
            var database = Path.Combine(folder.FullName, "hallbar.db");
            await using (var db = DatabaseSettings.Sqlite(database).CreateContext())
            {
                await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            }

            await using var next = DatabaseSettings.Sqlite(database).CreateContext();
            Task migrating;
            await using (new FileStream(HallbarDatabase.MigrationLockFile(database), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            {
                migrating = HallbarDatabase.MigrateAsync(next);
                await Task.Delay(TimeSpan.FromSeconds(1));
                Assert.False(migrating.IsCompleted);
            }

            await migrating.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Empty(await next.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
