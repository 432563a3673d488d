using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data;

/// <summary>Creating and upgrading the database, and the demo data it starts with.</summary>
public static class HallbarDatabase
{
    /// <summary>Creates the database if needed and brings it to the newest migration of its provider.</summary>
    public static async Task MigrateAsync(HallbarDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.GetDbConnection().DataSource is { Length: > 0 } file && db.Database.IsSqlite() && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Migrating takes EF Core's migration lock; a process killed while holding it would leave
        // every later command waiting. Most commands find nothing to migrate and so never take it.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

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

    /// <summary>Loads the demo organization into an empty database; true when it did.</summary>
    public static async Task<bool> SeedDemoAsync(HallbarDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            return false;
        }

        var demo = ModelFileReader.Read(DemoModelFile);
        await new ModelStore(db, time).SaveAsync(demo.Model ?? throw new InvalidOperationException("The shipped demo data does not load."), "demo", cancellationToken);
        return true;
    }
}
