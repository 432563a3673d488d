using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Hallbar.Web.Tests;

/// <summary>
/// Hallbar's web application in-process on its own new SQLite file, started as a newcomer starts it:
/// migrated, with the demo data and the demo users. Dispose removes the database.
/// </summary>
public class HallbarWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hallbar-web-").FullName;

    public string DatabaseFile => Path.Combine(_folder, "hallbar.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Hallbar:Database", $"Data Source={DatabaseFile}");
        builder.UseSetting("Hallbar:DatabaseProvider", "sqlite");
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        // xUnit disposes a fixture both ways (DisposeAsync, then Dispose): the second finds nothing left.
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
