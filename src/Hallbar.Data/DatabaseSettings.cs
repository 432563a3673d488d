using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data;

/// <summary>
/// Which database Hallbar uses: by default a SQLite file in the application's data folder; with
/// HALLBAR_DATABASE (a connection string) and HALLBAR_DATABASE_PROVIDER ("postgresql"), PostgreSQL.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionVariable = "HALLBAR_DATABASE";
    public const string ProviderVariable = "HALLBAR_DATABASE_PROVIDER";
    public const string DataFolderVariable = "HALLBAR_DATA";

    /// <summary>The application's data folder: HALLBAR_DATA, else the user's local application data.</summary>
    public static string DataFolder =>
        Environment.GetEnvironmentVariable(DataFolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "hallbar");

    public static DatabaseSettings Sqlite(string file) => new(DatabaseProvider.Sqlite, $"Data Source={file}");

    /// <summary>From the command line's options where given, else the environment, else the default SQLite file.</summary>
    public static DatabaseSettings Resolve(string? connectionString = null, string? provider = null)
    {
        connectionString ??= Environment.GetEnvironmentVariable(ConnectionVariable);
        provider ??= Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory(DataFolder);
            return Sqlite(Path.Combine(DataFolder, "hallbar.db"));
        }

        return new DatabaseSettings(ParseProvider(provider, connectionString), connectionString);
    }

    public DbContextOptions<HallbarDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<HallbarDbContext>();
        Configure(builder);
        return builder.Options;
    }

    /// <summary>Points EF Core at this database, with the migrations of its provider.</summary>
    public void Configure(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = Provider switch
        {
            DatabaseProvider.PostgreSql => builder.UseNpgsql(ConnectionString, o => o.MigrationsAssembly("Hallbar.Data.PostgreSql")),
            _ => builder.UseSqlite(ConnectionString, o => o.MigrationsAssembly("Hallbar.Data.Sqlite")),
        };
    }

    public HallbarDbContext CreateContext() => new(Options());

    private static DatabaseProvider ParseProvider(string? provider, string connectionString) => provider?.ToLowerInvariant() switch
    {
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        "sqlite" => DatabaseProvider.Sqlite,
        // A PostgreSQL connection string names a host; a SQLite one a data source.
        null or "" => connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite,
        _ => throw new ArgumentException($"Unknown database provider '{provider}': use sqlite or postgresql.", nameof(provider)),
    };
}
