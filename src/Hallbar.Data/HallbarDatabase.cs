using Hallbar.Data.Editing;
using Hallbar.Domain.Rounds;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data;

/// <summary>Creating and upgrading the database, and the demo data it starts with.</summary>
public static class HallbarDatabase
{
    /// <summary>Creates the database if needed and brings it to the newest migration of its provider.</summary>
    public static async Task MigrateAsync(HallbarDbContext db, CancellationToken cancellationToken = default)
    {
        var file = db.Database.IsSqlite() && db.Database.GetDbConnection().DataSource is { Length: > 0 } source && source != ":memory:"
            ? Path.GetFullPath(source)
            : null;
        if (file is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        // Most commands find nothing to migrate and so never take a migration lock.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        if (file is null)
        {
            // PostgreSQL (Npgsql 10): EF Core's migration lock is LOCK TABLE "__EFMigrationsHistory" IN
            // ACCESS EXCLUSIVE MODE inside the migration's transaction, not a row; the server ends the
            // transaction, and with it the lock, when the connection of a killed process drops.
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        // SQLite: EF Core's migration lock is a row in __EFMigrationsLock that a killed process leaves
        // behind, and every later migration would wait for it for ever. Hallbar migrates only while it
        // holds a lock on a file beside the database, which the operating system lets go of when the
        // process ends however it ends: holding it, any row in __EFMigrationsLock is a dead one.
        await using var held = await LockAsync(MigrationLockFile(file), cancellationToken);
        if (await db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'""").SingleAsync(cancellationToken) > 0)
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>The file a SQLite database's migrations are locked with; it stays beside the database.</summary>
    internal static string MigrationLockFile(string database) => database + "-migrating";

    /// <summary>Opens the file for this process alone, waiting while another process holds it.</summary>
    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows; both end with the process.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    /// <summary>The file is locked by another process (EWOULDBLOCK on Linux and macOS, a sharing or lock violation on Windows), not unreadable.</summary>
    private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    /// <summary>Region Västmanland's 2025 report, as shipped in data/demo.</summary>
    public static byte[] DemoModelFile
    {
        get
        {
            using var stream = typeof(HallbarDatabase).Assembly.GetManifestResourceStream("demo.json")!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    /// <summary>The report years of the demo data, published as Region Västmanland published them.</summary>
    public static IReadOnlyList<int> DemoPublishedYears { get; } = [2023, 2024, 2025];

    /// <summary>Loads the demo organization into an empty database; true when it did.</summary>
    public static async Task<bool> SeedDemoAsync(HallbarDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            return false;
        }

        var demo = ModelFileReader.Read(DemoModelFile);
        var model = demo.Model ?? throw new InvalidOperationException("The shipped demo data does not load.");
        await new ModelStore(db, time).SaveAsync(model, "demo", cancellationToken);
        return true;
    }

    /// <summary>What a new Hallbar starts with: the demo organization, its report years published; true when the database was empty.</summary>
    public static async Task<bool> StartWithDemoAsync(HallbarDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (!await SeedDemoAsync(db, time, cancellationToken))
        {
            return false;
        }

        await PublishDemoRoundsAsync(db, time, cancellationToken);
        return true;
    }

    /// <summary>
    /// Publishes the demo's report years, as Region Västmanland published them, so that the public sees
    /// its report; the next year's round is left for trying Hallbar out.
    /// </summary>
    private static async Task PublishDemoRoundsAsync(HallbarDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var organization = ModelFileReader.Read(DemoModelFile).Model!.Organization.Id;
        var editor = new Editor(db, time);
        foreach (var year in DemoPublishedYears)
        {
            await editor.OpenRoundAsync(organization, year, "demo", cancellationToken);
            foreach (var step in new[] { RoundState.InReview, RoundState.Approved, RoundState.Published })
            {
                await editor.MoveRoundAsync(organization, year, step, "demo", cancellationToken);
            }
        }
    }
}
