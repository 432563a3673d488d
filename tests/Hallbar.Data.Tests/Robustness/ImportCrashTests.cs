using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Hallbar.Data.Transfer;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Periods;
using Hallbar.ModelFile;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace Hallbar.Data.Tests.Robustness;

/// <summary>
/// The real `hallbar import` of a large file, run as a child process and killed with SIGKILL at
/// random points: afterwards the database opens cleanly and holds exactly what it held before the
/// import or, when the import had committed, the whole import; never a part of it.
/// </summary>
public sealed partial class ImportCrashTests(ITestOutputHelper output)
{
    private const string Org = "synthetic";
    private const string DemoOrg = "region-vastmanland";
    private const int UpdatedYear = 2020;
    private const int FreshYear = 2023;
    private const string MidWrite = "killed mid-write, rolled back";
    private const string SetAside = "killed with the outcomes table's index and key set aside, rolled back";

    // Two versions of a large organization: the stored one and the one imported over it.
    private static readonly Lazy<(string Stored, string Imported)> Models = new(() =>
        (ModelFileWriter.Write(SyntheticModel(seed: 1)), ModelFileWriter.Write(SyntheticModel(seed: 2))));

    [Fact]
    public void SyntheticModel_WrittenAndRead_IsAValidModelFile()
    {
        var read = ModelFileReader.Read(Models.Value.Imported);

        Assert.True(read.IsValid, string.Join("; ", read.Errors.Take(5)));
        Assert.Equal((2_160, 25_920), (read.Model!.AllMeasures().Count(), read.Model.AllMeasures().Sum(m => m.Outcomes.Count)));
        Assert.Equal(Models.Value.Imported, ModelFileWriter.Write(read.Model));
    }

    [Fact]
    public async Task ImportModelFile_ChildKilledAtRandomPoints_SqliteIsAsBeforeOrWhollyImported()
    {
        await SqliteTrialsAsync(trials: 20, async folder =>
        {
            var file = Path.Combine(folder, "model.json");
            await File.WriteAllTextAsync(file, Models.Value.Imported);
            return [file];
        });
    }

    [Fact]
    public async Task ImportTemplate_ChildKilledAtRandomPoints_SqliteIsAsBeforeOrWhollyImported()
    {
        // A filled-in template: a new figure for every measure in a year that has them (each written by the
        // editor with its version check and history) and in a year that has none (written in bulk), in one transaction.
        await SqliteTrialsAsync(trials: 10, async folder =>
        {
            var rows = new List<OutcomeTable.Row>();
            OutcomeTable? template = null;
            await using (var db = DatabaseSettings.Sqlite(Path.Combine(folder, "template.db")).CreateContext())
            {
                foreach (var year in new[] { UpdatedYear, FreshYear })
                {
                    template = (await new OutcomeTransfer(db, TimeProvider.System).TemplateAsync(Org, year))!;
                    var value = template.Header.ToList().IndexOf(OutcomeTable.ValueColumn);
                    rows.AddRange(template.Rows.Select((r, i) => new OutcomeTable.Row(rows.Count + 2, r.Cells.Select((c, column) => column != value
                        ? c
                        : ((OutcomeTransfer.ParseNumber(c) ?? 100m) + (i % 7) + 0.5m).ToString(CultureInfo.GetCultureInfo("sv-SE"))).ToList())));
                }
            }

            var file = Path.Combine(folder, "mall.csv");
            await using (var stream = File.Create(file))
            {
                CsvTable.Write(template! with { Rows = rows }, stream);
            }

            return [file, "--org", Org];
        });
    }

    [Fact]
    public async Task ImportModelFile_ChildKilledAtRandomPointsOnPostgreSql_ServerRollsBack()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var folder = Directory.CreateTempSubdirectory("hallbar-crash-");
        try
        {
            var files = new Dictionary<string, string>();
            foreach (var (name, model) in new[] { ("stored", Models.Value.Stored), ("imported", Models.Value.Imported) })
            {
                files[model] = Path.Combine(folder.FullName, $"{name}.json");
                await File.WriteAllTextAsync(files[model], model);
            }

            await using (var db = database.Context())
            {
                await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System);
                await new ModelStore(db, TimeProvider.System).SaveAsync(ModelFileReader.Read(Models.Value.Stored).Model!, "crash-test");
            }

            var connection = database.Settings.ConnectionString;
            var writing = TransactionWrites(connection);
            var calibration = await RunAsync([files[Models.Value.Imported], "--database", connection], killAfter: null, writing);
            Assert.True(calibration.ExitCode == 0, calibration.Error);
            output.WriteLine($"uninterrupted import: {calibration.Elapsed.TotalMilliseconds:0} ms, its transaction {Describe(calibration.Transaction)}");

            var random = new Random();
            var tally = new Dictionary<string, int>();
            var pace = 1.0;
            var history = 1 + TargetChanges(Models.Value.Stored, Models.Value.Imported);
            const int trials = 10;
            for (var trial = 0; trial < trials; trial++)
            {
                // Each trial imports the version that is not stored over the one that is; the server
                // rolls back what a killed client left open.
                var before = await StateAsync(database.Settings);
                var other = before.Model == Models.Value.Stored ? Models.Value.Imported : Models.Value.Stored;
                var killAfter = KillTime(calibration, trial, random) * pace;
                var run = await RunAsync([files[other], "--database", connection], killAfter, writing);
                pace = Pace(pace, run, calibration);

                NpgsqlConnection.ClearAllPools();
                var after = await StateAsync(database.Settings);
                var outcome = Classify(run, before, after, other, before.History + history);
                tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
                output.WriteLine($"trial {trial + 1}: kill after {killAfter.TotalMilliseconds:0} ms: {outcome}");
            }

            output.WriteLine(string.Join(", ", tally.Select(t => $"{t.Key}: {t.Value}")));
            Assert.True(tally.GetValueOrDefault(MidWrite) >= trials / 3, "Many kills should land while the import writes its transaction.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A database with the demo and the large organization; one uninterrupted import to learn how long
    /// it takes, when it starts writing and what it leaves; then trials on fresh copies, each killed.
    /// </summary>
    private async Task SqliteTrialsAsync(int trials, Func<string, Task<string[]>> input)
    {
        var folder = Directory.CreateTempSubdirectory("hallbar-crash-");
        try
        {
            var template = Path.Combine(folder.FullName, "template.db");
            await using (var db = DatabaseSettings.Sqlite(template).CreateContext())
            {
                await HallbarDatabase.MigrateAsync(db);
                await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System);
                await new ModelStore(db, TimeProvider.System).SaveAsync(ModelFileReader.Read(Models.Value.Stored).Model!, "crash-test");
            }

            var arguments = await input(folder.FullName);
            SqliteConnection.ClearAllPools();
            var before = await StateAsync(DatabaseSettings.Sqlite(template));
            SqliteConnection.ClearAllPools();
            Assert.Equal(Models.Value.Stored, before.Model);

            var database = Path.Combine(folder.FullName, "trial.db");
            string[] Arguments() => [.. arguments, "--database", $"Data Source={database}"];
            var writing = SqliteWrites(database);
            Copy(template, database);
            var calibration = await RunAsync(Arguments(), killAfter: null, writing);
            Assert.True(calibration.ExitCode == 0, calibration.Error);
            var imported = await OpenCleanlyAsync(database);
            Assert.NotEqual(before.Model, imported.Model);
            output.WriteLine($"uninterrupted import: {calibration.Elapsed.TotalMilliseconds:0} ms, its transaction {Describe(calibration.Transaction)}, {imported.History - before.History} changes in the history");

            var random = new Random();
            var tally = new Dictionary<string, int>();
            var pace = 1.0;
            for (var trial = 0; trial < trials; trial++)
            {
                Copy(template, database);
                var killAfter = KillTime(calibration, trial, random) * pace;
                var run = await RunAsync(Arguments(), killAfter, writing);
                pace = Pace(pace, run, calibration);
                var after = await OpenCleanlyAsync(database);
                var outcome = Classify(run, before, after, imported.Model, imported.History);
                tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
                output.WriteLine($"trial {trial + 1}: kill after {killAfter.TotalMilliseconds:0} ms: {outcome}");
            }

            output.WriteLine(string.Join(", ", tally.Select(t => $"{t.Key}: {t.Value}")));
            Assert.True(tally.GetValueOrDefault(MidWrite) >= trials / 3, "Many kills should land while the import writes its transaction.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>An import writes one change for itself and one for each measure whose targets it changes; the same either way.</summary>
    private static int TargetChanges(string from, string to)
    {
        var before = ModelFileReader.Read(from).Model!.AllMeasures().ToDictionary(m => m.Id, m => m.Targets);
        return ModelFileReader.Read(to).Model!.AllMeasures().Count(m => !before.TryGetValue(m.Id, out var targets) || !targets.SequenceEqual(m.Targets));
    }

    private static string Describe((TimeSpan From, TimeSpan To)? transaction) =>
        transaction is { } t ? $"from {t.From.TotalMilliseconds:0} to {t.To.TotalMilliseconds:0} ms" : "not seen";

    private static void Copy(string template, string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }

        File.Copy(template, database);
    }

    /// <summary>The file passes SQLite's integrity check, then opens as the next command would open it.</summary>
    private static async Task<State> OpenCleanlyAsync(string database)
    {
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var check = new SqliteCommand("PRAGMA integrity_check", connection);
            Assert.Equal("ok", await check.ExecuteScalarAsync());
        }

        var state = await StateAsync(DatabaseSettings.Sqlite(database));
        SqliteConnection.ClearAllPools();
        return state;
    }

    /// <summary>What a trial left: exactly the state before, or the whole import; anything else fails the test.</summary>
    private static string Classify(Run run, State before, State after, string importedModel, int importedHistory)
    {
        Assert.Equal(before.Demo, after.Demo);
        if (run.ExitedBeforeKill)
        {
            // The child finished: its import is committed, whole.
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(importedModel, after.Model);
            Assert.Equal(importedHistory, after.History);
            return "finished before the kill";
        }

        if (after.Rows == before.Rows)
        {
            return run.AtKill switch { Activity.IndexesSetAside => SetAside, Activity.Writing => MidWrite, _ => "killed before writing" };
        }

        // Killed after its commit but before the process ended: the import is there, whole.
        Assert.Equal(importedModel, after.Model);
        Assert.Equal(importedHistory, after.History);
        return "killed after commit";
    }

    private sealed record State(string Model, string Demo, string Rows, int History);

    /// <summary>The database's content once it is brought to the newest migration, as the next command does first.</summary>
    private static async Task<State> StateAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await HallbarDatabase.MigrateAsync(db, timeout.Token);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var store = new ModelStore(db, TimeProvider.System);
        var model = ModelFileWriter.Write((await store.LoadAsync(Org))!);
        var demo = ModelFileWriter.Write((await store.LoadAsync(DemoOrg))!);
        var rows = string.Join('\n', new IEnumerable<object>[]
        {
            await db.Organizations.AsNoTracking().ToListAsync(), await db.OrgUnits.AsNoTracking().ToListAsync(), await db.GoalNodes.AsNoTracking().ToListAsync(),
            await db.Measures.AsNoTracking().ToListAsync(), await db.Outcomes.AsNoTracking().ToListAsync(), await db.Restatements.AsNoTracking().ToListAsync(),
            await db.Assessments.AsNoTracking().ToListAsync(), await db.Sections.AsNoTracking().ToListAsync(), await db.Rounds.AsNoTracking().ToListAsync(),
            await db.Changes.AsNoTracking().ToListAsync(),
        }.SelectMany(rows => rows.Select(r => JsonSerializer.Serialize(r, r.GetType()))).Order(StringComparer.Ordinal));
        return new State(model, demo, rows, await db.Changes.CountAsync());
    }

    /// <summary>A quarter of the kills anywhere from the start to a little after the end, the rest while the import writes its transaction.</summary>
    private static TimeSpan KillTime(Run calibration, int trial, Random random)
    {
        var (from, to) = calibration.Transaction ?? (TimeSpan.Zero, calibration.Elapsed);
        return trial % 4 == 0
            ? calibration.Elapsed * (random.NextDouble() * 1.1)
            : from + ((to - from) * random.NextDouble());
    }

    /// <summary>A run that ended before its kill was faster than the calibration (which may have shared the machine with other tests): aim the next kills earlier.</summary>
    private static double Pace(double pace, Run run, Run calibration) =>
        run.ExitedBeforeKill ? Math.Min(pace, run.Elapsed / calibration.Elapsed) : pace;

    /// <summary>
    /// SQLite: the import writes while it holds the database's write lock, so that another connection's
    /// BEGIN IMMEDIATE is busy (asked without waiting).
    /// </summary>
    private static Func<Task<Activity>> SqliteWrites(string database) => async () =>
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, 0);
        var busy = SQLitePCL.raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE") == SQLitePCL.raw.SQLITE_BUSY;
        if (!busy)
        {
            SQLitePCL.raw.sqlite3_exec(connection.Handle, "ROLLBACK");
        }

        return busy ? Activity.Writing : Activity.None;
    };

    /// <summary>
    /// PostgreSQL: the import writes once another session's transaction has a transaction id; it has
    /// the outcomes table's unique index and foreign key set aside (BulkOutcomeWriter) while another
    /// session holds the table in ACCESS EXCLUSIVE mode, which nothing else an import does takes.
    /// </summary>
    private static Func<Task<Activity>> TransactionWrites(string connectionString) => async () =>
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT EXISTS (SELECT FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL),
                   EXISTS (SELECT FROM pg_locks WHERE database = (SELECT oid FROM pg_database WHERE datname = current_database())
                           AND relation = '"outcomes"'::regclass AND mode = 'AccessExclusiveLock' AND granted AND pid <> pg_backend_pid())
            """, connection);
        await using var reader = await query.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetBoolean(1) ? Activity.IndexesSetAside : reader.GetBoolean(0) ? Activity.Writing : Activity.None;
    };

    /// <summary>What another session sees an import do, in the order an import on the fast path goes through them.</summary>
    private enum Activity
    {
        None,
        Writing,
        IndexesSetAside,
    }

    /// <param name="AtKill">What the run was seen doing when it was killed.</param>
    /// <param name="Transaction">The longest stretch in which the run was seen writing: its transaction.</param>
    /// <param name="Most">The furthest activity the run was seen in (uninterrupted runs only).</param>
    private sealed record Run(int? ExitCode, bool ExitedBeforeKill, Activity AtKill, TimeSpan Elapsed, (TimeSpan From, TimeSpan To)? Transaction, Activity Most, string Error);

    /// <summary>
    /// Runs `hallbar import` and, with <paramref name="killAfter"/>, kills it with SIGKILL that long
    /// after its start or, with <paramref name="killFrom"/>, after it was first seen that far.
    /// </summary>
    private static async Task<Run> RunAsync(string[] arguments, TimeSpan? killAfter, Func<Task<Activity>> activity, Activity killFrom = Activity.None)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "hallbar.dll"), "import" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        (TimeSpan From, TimeSpan To)? transaction = null;
        TimeSpan? since = null;
        var (exitedBeforeKill, atKill, most) = (true, Activity.None, Activity.None);
        var killClock = killFrom == Activity.None ? clock : null;
        while (!process.HasExited)
        {
            if (killAfter is null)
            {
                var now = clock.Elapsed;
                var seen = await activity();
                most = seen > most ? seen : most;
                if (seen != Activity.None)
                {
                    since ??= now;
                    if (transaction is null || now - since.Value > transaction.Value.To - transaction.Value.From)
                    {
                        transaction = (since.Value, now);
                    }
                }
                else
                {
                    since = null;
                }
            }
            else if (killClock is null && await activity() >= killFrom)
            {
                killClock = Stopwatch.StartNew();
            }
            else if (killClock?.Elapsed >= killAfter)
            {
                atKill = await activity();
                process.Kill();
                exitedBeforeKill = false;
                break;
            }

            await Task.Delay(1);
        }

        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed;
        await stdout;
        return new Run(exitedBeforeKill ? process.ExitCode : null, exitedBeforeKill, atKill, elapsed, transaction, most, await stderr);
    }

    /// <summary>
    /// A large organization: 6 areas × 6 goals × 6 indicators × 10 measures (2,160), each with 12
    /// yearly outcomes (25,920), built as bench/Hallbar.Benchmarks builds its model; the seed varies the figures.
    /// </summary>
    private static OrganizationModel SyntheticModel(int seed, int fanOut = 6, int measuresPerIndicator = 10, int years = 12)
    {
        const int firstYear = 2011;
        var random = new Random(seed);
        ScoreBand[] bands = [new(0.6, "positiv"), new(-0.6, "oforandrad", Exclusive: true), new(-1, "negativ")];
        var measureCount = 0;

        GoalNode Indicator(string id) => new()
        {
            Id = id,
            Kind = NodeKind.Indicator,
            Name = id,
            RollUp = new AverageRollUp(bands),
            Measures = Enumerable.Range(0, measuresPerIndicator).Select(i => Measure($"{id}-m{i}", measureCount++)).ToList(),
        };

        Measure Measure(string id, int index)
        {
            var start = 50 + random.Next(100);
            AssessmentRule rule = (index % 4) switch
            {
                0 => new PreviousYearRule(),
                1 => new BaseValueRule(),
                2 => new TargetRule(),
                _ => new AnnualChangeRule(),
            };
            return new Measure
            {
                Id = id,
                Name = $"Mätetal {id}",
                Unit = "st",
                Direction = Direction.Decrease,
                Baseline = new Baseline(firstYear, start),
                Targets = [new LevelTarget(start / 2m, ComparisonOperator.AtLeastAsGood, firstYear + years + 5), new AnnualChangeTarget(-2.5m)],
                Rule = rule,
                Threshold = Threshold.Relative(0.02m),
                Outcomes = Enumerable.Range(0, years)
                    .Select(y => new Outcome(Period.OfYear(firstYear + y), Math.Round(start + (decimal)((random.NextDouble() * 20) - 10) - y, 1)))
                    .ToList(),
            };
        }

        return new OrganizationModel
        {
            Organization = new Organization(Org, "Syntetisk region", "region", []),
            Scales = [AssessmentScale.Default],
            DefaultScaleId = AssessmentScale.Default.Id,
            OverallRollUp = new AverageRollUp(bands),
            Goals = Enumerable.Range(0, fanOut).Select(a => new GoalNode
            {
                Id = $"a{a}",
                Kind = NodeKind.Area,
                Name = $"Område {a}",
                RollUp = new AverageRollUp(bands),
                Children = Enumerable.Range(0, fanOut).Select(g => new GoalNode
                {
                    Id = $"a{a}-g{g}",
                    Kind = NodeKind.Goal,
                    Name = $"Mål {a}.{g}",
                    RollUp = new AverageRollUp(bands),
                    Children = Enumerable.Range(0, fanOut).Select(i => Indicator($"a{a}-g{g}-i{i}")).ToList(),
                }).ToList(),
            }).ToList(),
        };
    }
}
