using Hallbar.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.BrowserTests;

/// <summary>
/// Hallbar's web application on real Kestrel, on a free loopback port, with its own new SQLite file: migrated,
/// with the demo data and the demo users, as a newcomer starts it. A browser reaches it at <see cref="Address"/>.
/// </summary>
public sealed class HallbarServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hallbar-browser-").FullName;

    public HallbarServer() => UseKestrel(0);

    /// <summary>Where the server listens, such as http://127.0.0.1:40123/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts the server (migrating and seeding its database) and returns where it listens.</summary>
    public Uri Start()
    {
        StartServer();
        Address = ClientOptions.BaseAddress;
        return Address;
    }

    /// <summary>Runs <paramref name="action"/> with the application's own database, for what a test prepares without the browser.</summary>
    public async Task WithDatabaseAsync(Func<HallbarDbContext, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<HallbarDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Hallbar:Database", $"Data Source={Path.Combine(_folder, "hallbar.db")}");
        builder.UseSetting("Hallbar:DatabaseProvider", "sqlite");
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        // xUnit may dispose twice (DisposeAsync, then Dispose): the second finds nothing left.
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
