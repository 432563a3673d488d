using Hallbar.Data.Editing;
using Hallbar.Domain.Rounds;
using Npgsql;

namespace Hallbar.Data.Tests;

/// <summary>
/// A fresh, migrated database of one provider for one test: a SQLite file in a temporary folder, or
/// a new database on the PostgreSQL server that ./test.sh starts (HALLBAR_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "HALLBAR_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;

    private TestDatabase(DatabaseSettings settings, string? sqliteFile, string? postgresServer, string? postgresDatabase)
    {
        Settings = settings;
        _sqliteFile = sqliteFile;
        _postgresServer = postgresServer;
        _postgresDatabase = postgresDatabase;
    }

    public DatabaseSettings Settings { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"hallbar-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(DatabaseSettings.Sqlite(file), file, null, null);
        }
        else
        {
            // Never skipped: without a server the PostgreSQL tests fail and say how to get one.
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"PostgreSQL tests need a server: run ./test.sh, or set {PostgresVariable} to a connection string.");
            var name = $"hallbar_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            database = new TestDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, builder.ConnectionString), null, server, name);
        }

        await using var db = database.Context();
        await HallbarDatabase.MigrateAsync(db);
        return database;
    }

    public HallbarDbContext Context() => Settings.CreateContext();

    /// <summary>Opens the organization's round of the year and takes it to Approved: locked.</summary>
    public async Task LockRoundAsync(string organizationId, int year)
    {
        await using var db = Context();
        var editor = new Editor(db, TimeProvider.System);
        await editor.OpenRoundAsync(organizationId, year, "admin");
        await editor.MoveRoundAsync(organizationId, year, RoundState.InReview, "admin");
        await editor.MoveRoundAsync(organizationId, year, RoundState.Approved, "admin");
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
            File.Delete(HallbarDatabase.MigrationLockFile(_sqliteFile));
        }

        if (_postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
