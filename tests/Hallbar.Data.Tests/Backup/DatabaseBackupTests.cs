using System.Text;
using Hallbar.Data.Backup;
using Hallbar.Domain;
using Hallbar.Domain.Measures;
using Hallbar.ModelFile;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Hallbar.Data.Tests.Backup;

/// <summary>Backup and restore of the whole database, once against real SQLite and once against real PostgreSQL.</summary>
public abstract class DatabaseBackupTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hallbar-backup-").FullName;

    protected TestDatabase Database { get; private set; } = null!;

    protected string Folder => _folder;

    private static OrganizationModel Demo => ModelFileReader.Read(HallbarDatabase.DemoModelFile).Model!;

    private static OrganizationModel Invented(string file) =>
        ModelFileReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Models", file)).Model!;

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task BackupThenRestore_AfterChanges_GivesBackEveryModelAsItWas()
    {
        await SaveAsync(Demo);
        var before = await SnapshotAsync();
        var file = Path.Combine(_folder, "hallbar.backup");

        var backup = await DatabaseBackup.BackupAsync(Database.Settings, file);
        await SaveAsync(WithFirstValue(Demo, 3.7m));
        await SaveAsync(Invented("kommun-fyrgradig.json"));
        Assert.NotEqual(before, await SnapshotAsync());
        var restore = await DatabaseBackup.RestoreAsync(Database.Settings, file);

        Assert.Equal(BackupStatus.Done, backup.Status);
        Assert.Contains(file, backup.Message);
        Assert.Equal(BackupStatus.Done, restore.Status);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal([Path.GetFileName(file)], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Theory]
    // The model file that `hallbar export` writes: the likeliest mix-up.
    [InlineData("model-file")]
    // An empty file, as a full disk or a failed download leaves it.
    [InlineData("empty")]
    // A SQLite database of some other program (for PostgreSQL: a backup of the wrong provider).
    [InlineData("other-sqlite")]
    // A backup from a newer Hallbar, with a migration this version does not know.
    [InlineData("newer")]
    public async Task Restore_FileThatIsNotABackup_FailsAndLeavesTheDatabaseUnchanged(string kind)
    {
        await SaveAsync(Demo);
        var file = await NotABackupAsync(kind);
        var before = await SnapshotAsync();

        var result = await DatabaseBackup.RestoreAsync(Database.Settings, file);

        Assert.Equal(BackupStatus.NotABackup, result.Status);
        Assert.Contains(file, result.Message);
        Assert.Contains("Databasen är som förut", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Restore_BackupCutOff_FailsAndLeavesTheDatabaseUnchanged()
    {
        // As an interrupted copy leaves a backup, cut at every tenth. PostgreSQL reads an archive's
        // table of contents and history from its start and finds the rest missing only while
        // restoring, after Hallbar's tables were dropped in the same transaction; a cut between two
        // tables' data ends pg_restore's script cleanly, and psql must not commit what it got.
        await SaveAsync(Demo);
        var whole = Path.Combine(_folder, "whole.backup");
        Assert.Equal(BackupStatus.Done, (await DatabaseBackup.BackupAsync(Database.Settings, whole)).Status);
        var bytes = await File.ReadAllBytesAsync(whole);
        var before = await SnapshotAsync();

        for (var tenth = 1; tenth <= 9; tenth++)
        {
            var file = Path.Combine(_folder, $"cut-{tenth}.backup");
            await File.WriteAllBytesAsync(file, bytes[..(bytes.Length * tenth / 10)]);

            var result = await DatabaseBackup.RestoreAsync(Database.Settings, file);

            Assert.False(result.Succeeded, $"cut at {tenth}/10");
            Assert.Contains(file, result.Message);
            Assert.Equal(before, await SnapshotAsync());
        }
    }

    [Fact]
    public async Task Restore_MissingFile_IsNotFound()
    {
        var result = await DatabaseBackup.RestoreAsync(Database.Settings, Path.Combine(_folder, "finns-inte.backup"));

        Assert.Equal(BackupStatus.NotFound, result.Status);
        Assert.Contains("finns-inte.backup", result.Message);
    }

    [Fact]
    public async Task Backup_ExistingFile_IsOverwrittenOnlyWhenAskedTo()
    {
        await SaveAsync(Demo);
        var file = Path.Combine(_folder, "hallbar.backup");
        await File.WriteAllTextAsync(file, "en annan fil");

        var refused = await DatabaseBackup.BackupAsync(Database.Settings, file);

        Assert.Equal(BackupStatus.TargetExists, refused.Status);
        Assert.Contains(file, refused.Message);
        Assert.Equal("en annan fil", await File.ReadAllTextAsync(file));
        Assert.Single(Directory.GetFiles(_folder));

        var forced = await DatabaseBackup.BackupAsync(Database.Settings, file, overwrite: true);

        Assert.Equal(BackupStatus.Done, forced.Status);
        Assert.Single(Directory.GetFiles(_folder));
        Assert.Equal(BackupStatus.Done, (await DatabaseBackup.RestoreAsync(Database.Settings, file)).Status);
    }

    [Fact]
    public async Task Backup_WhileAnotherConnectionWrites_HoldsOneCommittedState()
    {
        // The writer replaces the model whole, again and again, in transactions: a consistent backup
        // holds one of the two models, never rows of both.
        var first = WithFirstValue(Demo, 1m);
        var second = WithFirstValue(Demo, 2m);
        await SaveAsync(first);
        var expected = new[] { ModelFileWriter.Write(first), ModelFileWriter.Write(second) };
        var file = Path.Combine(_folder, "hallbar.backup");
        using var stop = new CancellationTokenSource();
        var writes = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await SaveAsync(writes % 2 == 0 ? second : first);
                Interlocked.Increment(ref writes);
            }
        });
        while (Volatile.Read(ref writes) < 2)
        {
            await Task.Delay(10);
        }

        var backup = await DatabaseBackup.BackupAsync(Database.Settings, file);
        var writesBeforeBackup = Volatile.Read(ref writes);
        await stop.CancelAsync();
        await writer;
        var restore = await DatabaseBackup.RestoreAsync(Database.Settings, file);

        Assert.Equal(BackupStatus.Done, backup.Status);
        Assert.Equal(BackupStatus.Done, restore.Status);
        Assert.True(writesBeforeBackup >= 2);
        await using var db = Database.Context();
        Assert.Contains(ModelFileWriter.Write((await new ModelStore(db, TimeProvider.System).LoadAsync(Demo.Organization.Id))!), expected);
        Assert.Equal(1, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task Restore_BackupOfAnOlderSchema_IsMigratedToTheNewest()
    {
        await using (var db = Database.Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }

        var file = Path.Combine(_folder, "old.backup");
        Assert.Equal(BackupStatus.Done, (await DatabaseBackup.BackupAsync(Database.Settings, file)).Status);
        await using (var db = Database.Context())
        {
            await HallbarDatabase.MigrateAsync(db);
        }

        await SaveAsync(Demo);

        var result = await DatabaseBackup.RestoreAsync(Database.Settings, file);

        Assert.Equal(BackupStatus.Done, result.Status);
        await using var reading = Database.Context();
        Assert.Empty(await reading.Database.GetPendingMigrationsAsync());
        Assert.Empty(await new ModelStore(reading, TimeProvider.System).OrganizationsAsync());
    }

    [Fact]
    public async Task Restore_DatabaseWithATableTheBackupLacks_ReplacesThatTableToo()
    {
        // As a newer Hallbar's migration would have added it, referring to an existing table.
        await SaveAsync(Demo);
        var file = Path.Combine(_folder, "hallbar.backup");
        Assert.Equal(BackupStatus.Done, (await DatabaseBackup.BackupAsync(Database.Settings, file)).Status);
        await using (var db = Database.Context())
        {
            await db.Database.ExecuteSqlRawAsync("""CREATE TABLE extra (id integer PRIMARY KEY, organization text REFERENCES organizations ("Id"))""");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO extra VALUES (1, 'region-vastmanland')""");
        }

        var result = await DatabaseBackup.RestoreAsync(Database.Settings, file);

        Assert.Equal(BackupStatus.Done, result.Status);
        await using var reading = Database.Context();
        var tables = provider == DatabaseProvider.Sqlite
            ? """SELECT count(*) AS "Value" FROM sqlite_master WHERE name = 'extra'"""
            : """SELECT count(*)::int AS "Value" FROM pg_tables WHERE tablename = 'extra'""";
        Assert.Equal(0, await reading.Database.SqlQueryRaw<int>(tables).SingleAsync());
    }

    protected async Task SaveAsync(OrganizationModel model)
    {
        await using var db = Database.Context();
        await new ModelStore(db, TimeProvider.System).SaveAsync(model);
    }

    /// <summary>Every stored organization's model file, in order: the database's content as a user sees it.</summary>
    protected async Task<string> SnapshotAsync()
    {
        await using var db = Database.Context();
        var store = new ModelStore(db, TimeProvider.System);
        var snapshot = new StringBuilder();
        foreach (var (id, _) in await store.OrganizationsAsync())
        {
            snapshot.AppendLine(id).AppendLine(ModelFileWriter.Write((await store.LoadAsync(id))!));
        }

        return snapshot.ToString();
    }

    private async Task<string> NotABackupAsync(string kind)
    {
        var file = Path.Combine(_folder, $"{kind}.backup");
        switch (kind)
        {
            case "model-file":
                await File.WriteAllBytesAsync(file, HallbarDatabase.DemoModelFile);
                break;
            case "empty":
                await File.WriteAllBytesAsync(file, []);
                break;
            case "other-sqlite":
                await using (var other = new SqliteConnection($"Data Source={file};Pooling=False"))
                {
                    await other.OpenAsync();
                    await using var create = other.CreateCommand();
                    create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('inte Hallbar');";
                    await create.ExecuteNonQueryAsync();
                }

                break;
            case "newer":
                await using (var db = Database.Context())
                {
                    await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29991231000000_FromANewerHallbar', '99.0.0')""");
                    Assert.Equal(BackupStatus.Done, (await DatabaseBackup.BackupAsync(Database.Settings, file)).Status);
                    await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '29991231000000_FromANewerHallbar'""");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return file;
    }

    private static OrganizationModel WithFirstValue(OrganizationModel model, decimal value)
    {
        var area = model.Goals[0];
        var goal = area.Children[0];
        var indicator = goal.Children[0];
        var measure = indicator.Measures[0];
        var outcomes = measure.Outcomes.ToList();
        outcomes[0] = new Outcome(outcomes[0].Period, value);
        var changedIndicator = indicator with { Measures = [measure with { Outcomes = outcomes }, .. indicator.Measures.Skip(1)] };
        var changedGoal = goal with { Children = [changedIndicator, .. goal.Children.Skip(1)] };
        return model with { Goals = [area with { Children = [changedGoal, .. area.Children.Skip(1)] }, .. model.Goals.Skip(1)] };
    }
}

public sealed class SqliteDatabaseBackupTests() : DatabaseBackupTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Backup_NoDatabaseFile_IsNotFoundAndCreatesNothing()
    {
        var missing = Path.Combine(Folder, "finns-inte.db");
        var file = Path.Combine(Folder, "hallbar.backup");

        var result = await DatabaseBackup.BackupAsync(DatabaseSettings.Sqlite(missing), file);

        Assert.Equal(BackupStatus.NotFound, result.Status);
        Assert.Contains(missing, result.Message);
        Assert.Empty(Directory.GetFiles(Folder));
    }

    [Fact]
    public async Task Backup_OntoTheDatabaseItself_IsRefused()
    {
        var database = new SqliteConnectionStringBuilder(Database.Settings.ConnectionString).DataSource;
        var before = await SnapshotAsync();

        var result = await DatabaseBackup.BackupAsync(Database.Settings, database, overwrite: true);

        Assert.Equal(BackupStatus.Failed, result.Status);
        Assert.Equal(before, await SnapshotAsync());
    }
}

public sealed class PostgreSqlDatabaseBackupTests() : DatabaseBackupTests(DatabaseProvider.PostgreSql)
{
    [Fact]
    public async Task Backup_ServerRefuses_FailsWithPgDumpsReasonAndWritesNothing()
    {
        var missing = new NpgsqlConnectionStringBuilder(Database.Settings.ConnectionString) { Database = "hallbar_finns_inte" };
        var file = Path.Combine(Folder, "hallbar.backup");

        var result = await DatabaseBackup.BackupAsync(new DatabaseSettings(DatabaseProvider.PostgreSql, missing.ConnectionString), file);

        Assert.Equal(BackupStatus.Failed, result.Status);
        Assert.Contains("hallbar_finns_inte", result.Message);
        Assert.Empty(Directory.GetFiles(Folder));
    }
}
