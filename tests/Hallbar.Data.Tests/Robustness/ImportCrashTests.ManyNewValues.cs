using System.Diagnostics;
using System.Globalization;
using Hallbar.Data.Tests.Transfer;
using Hallbar.Data.Transfer;
using Hallbar.ModelFile;
using Npgsql;

namespace Hallbar.Data.Tests.Robustness;

/// <summary>
/// A CSV of many values that were not there before, written in bulk. On PostgreSQL they are more than
/// the outcomes table holds, so the import drops the table's unique index and foreign key in its
/// transaction, copies the rows and makes both again (BulkOutcomeWriter): killed meanwhile, the server
/// must give back the table, its index and its key as they were, and let go of everything.
/// </summary>
public sealed partial class ImportCrashTests
{
    /// <summary>Years of new values for each of the 2,160 measures: 43,200 values, more than the 25,920 (and the demo's) stored.</summary>
    private const int NewYears = 20;

    [Fact]
    public async Task ImportManyNewValues_ChildKilledAtRandomPoints_SqliteIsAsBeforeOrWhollyImported()
    {
        await SqliteTrialsAsync(trials: 6, async folder => [await NewValuesFileAsync(folder), "--org", Org]);
    }

    [Fact]
    public async Task ImportManyNewValues_ChildKilledWithIndexAndKeySetAsideOnPostgreSql_ServerRollsBackAllOfIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using (var db = database.Context())
        {
            await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System);
            await new ModelStore(db, TimeProvider.System).SaveAsync(ModelFileReader.Read(Models.Value.Stored).Model!, "crash-test");
        }

        // The trials run on a copy of the database, made again only when an import got committed: each
        // later import follows one killed on the same database.
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)!;
        var template = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString).Database!;
        var copy = new DatabaseSettings(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { Database = $"{template}_trial" }.ConnectionString);
        async Task ServerAsync(string sql)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        Task FreshCopyAsync() => ServerAsync($"DROP DATABASE IF EXISTS {template}_trial WITH (FORCE); CREATE DATABASE {template}_trial TEMPLATE {template}");

        var folder = Directory.CreateTempSubdirectory("hallbar-crash-");
        try
        {
            string[] arguments = [await NewValuesFileAsync(folder.FullName), "--org", Org, "--database", copy.ConnectionString];
            var before = await StateAsync(database.Settings);
            var definitions = await PostgreSqlOutcomeTransferTests.IndexesAndKeysAsync(database.Settings);
            Assert.Contains("CREATE UNIQUE INDEX", definitions, StringComparison.Ordinal);
            Assert.Contains("FOREIGN KEY", definitions, StringComparison.Ordinal);

            await FreshCopyAsync();
            var activity = TransactionWrites(copy.ConnectionString);
            var calibration = await RunAsync(arguments, killAfter: null, activity);
            Assert.True(calibration.ExitCode == 0, calibration.Error);
            Assert.Equal(Activity.IndexesSetAside, calibration.Most);
            NpgsqlConnection.ClearAllPools();
            var imported = await StateAsync(copy);
            Assert.NotEqual(before.Model, imported.Model);
            Assert.Equal(before.History + 1, imported.History);
            Assert.Equal(definitions, await PostgreSqlOutcomeTransferTests.IndexesAndKeysAsync(copy));
            output.WriteLine($"uninterrupted import: {calibration.Elapsed.TotalMilliseconds:0} ms, its transaction {Describe(calibration.Transaction)}");

            await FreshCopyAsync();
            var random = new Random();
            var tally = new Dictionary<string, int>();
            var pace = 1.0;
            const int trials = 6;
            var (from, to) = calibration.Transaction!.Value;
            for (var trial = 0; trial < trials; trial++)
            {
                // A quarter of the kills anywhere from the start to a little after the end; the rest at
                // a random point of the stretch in which the import has the index and the key set aside
                // (dropped, rows copied, made again), counted from when it is seen to, its length as
                // the calibration had it, shortened when runs are faster.
                var anywhere = trial % 4 == 0;
                var killAfter = (anywhere ? KillTime(calibration, trial, random) : (to - from) * 0.8 * random.NextDouble()) * pace;
                var run = await RunAsync(arguments, killAfter, activity, anywhere ? Activity.None : Activity.IndexesSetAside);
                pace = Pace(pace, run, calibration);

                NpgsqlConnection.ClearAllPools();
                await AssertServerLetGoAsync(copy.ConnectionString);
                var after = await StateAsync(copy);
                Assert.Equal(definitions, await PostgreSqlOutcomeTransferTests.IndexesAndKeysAsync(copy));
                var outcome = Classify(run, before, after, imported.Model, imported.History);
                tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
                output.WriteLine($"trial {trial + 1}: kill {killAfter.TotalMilliseconds:0} ms after {(anywhere ? "the start" : "the set-aside was seen")}: {outcome}");
                if (after.Rows != before.Rows)
                {
                    await FreshCopyAsync();
                }
            }

            output.WriteLine(string.Join(", ", tally.Select(t => $"{t.Key}: {t.Value}")));
            // The window is under a second; one kill in it is proof enough, and more would make a loaded machine fail the test by chance.
            Assert.True(tally.GetValueOrDefault(SetAside) >= 1, "A kill should land while the import has the index and the key set aside.");

            // The database the kills left is used as ever: the same import, uninterrupted, sets the index and key aside again and is committed whole.
            var next = await RunAsync(arguments, killAfter: null, activity);
            Assert.True(next.ExitCode == 0, next.Error);
            Assert.Equal(Activity.IndexesSetAside, next.Most);
            NpgsqlConnection.ClearAllPools();
            var done = await StateAsync(copy);
            Assert.Equal((imported.Model, imported.History), (done.Model, done.History));
            Assert.Equal(definitions, await PostgreSqlOutcomeTransferTests.IndexesAndKeysAsync(copy));
        }
        finally
        {
            await ServerAsync($"DROP DATABASE IF EXISTS {template}_trial WITH (FORCE)");
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A CSV with a value for every measure of the large organization in each of <see cref="NewYears"/> years it has none for.</summary>
    private static async Task<string> NewValuesFileAsync(string folder)
    {
        var rows = ModelFileReader.Read(Models.Value.Stored).Model!.AllMeasures()
            .SelectMany(m => Enumerable.Range(FreshYear, NewYears).Select(year => (m.Id, Year: year)))
            .Select((r, i) => new OutcomeTable.Row(i + 2, OutcomeTable.Columns.Select(column => column switch
            {
                OutcomeTable.MeasureIdColumn => r.Id,
                OutcomeTable.PeriodColumn => r.Year.ToString(CultureInfo.InvariantCulture),
                OutcomeTable.ValueColumn => $"{i % 997},5",
                _ => string.Empty,
            }).ToList()))
            .ToList();
        Assert.True(rows.Count >= BulkOutcomeWriter.SetAsideFrom);

        var file = Path.Combine(folder, "utfall.csv");
        await using var stream = File.Create(file);
        CsvTable.Write(new OutcomeTable(OutcomeTable.Columns, rows), stream);
        return file;
    }

    /// <summary>
    /// The killed client's session is gone (at once while it waits for the client, as in COPY; after
    /// its statement while it works, as in making an index), and with it every lock it held; no
    /// transaction is left prepared.
    /// </summary>
    private static async Task AssertServerLetGoAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        async Task<long> CountAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        var clock = Stopwatch.StartNew();
        while (await CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'") > 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "The killed import's session is still on the server.");
            await Task.Delay(10);
        }

        // Autovacuum may be at work in the database; a prepared transaction's locks have no session.
        Assert.Equal(0, await CountAsync(
            """
            SELECT count(*) FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND l.pid IS DISTINCT FROM pg_backend_pid()
              AND a.backend_type IS DISTINCT FROM 'autovacuum worker'
            """));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database()"));
    }
}
