using Hallbar.Domain;
using Hallbar.Domain.Measures;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hallbar.Data.Tests;

/// <summary>The storage tests, run once against real SQLite and once against real PostgreSQL.</summary>
public abstract class ModelStoreTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static OrganizationModel Demo => ModelFileReader.Read(HallbarDatabase.DemoModelFile).Model!;

    private static OrganizationModel Invented(string file) =>
        ModelFileReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Models", file)).Model!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static ModelStore Store(HallbarDbContext db) => new(db, TimeProvider.System);

    [Fact]
    public async Task SaveThenLoad_Demo_GivesTheSameModelFile()
    {
        await using (var db = _database.Context())
        {
            await Store(db).SaveAsync(Demo);
        }

        await using var reading = _database.Context();
        var loaded = await Store(reading).LoadAsync(Demo.Organization.Id);

        Assert.NotNull(loaded);
        Assert.Equal(ModelFileWriter.Write(Demo), ModelFileWriter.Write(loaded));
    }

    [Fact]
    public async Task Save_SeveralOrganizations_AreKeptApart()
    {
        var models = new[] { Demo, Invented("kommun-fyrgradig.json"), Invented("kommun-utan-omraden.json") };
        await using (var db = _database.Context())
        {
            foreach (var model in models)
            {
                await Store(db).SaveAsync(model);
            }
        }

        await using var reading = _database.Context();
        var store = Store(reading);
        // Swedish order: Å after R.
        Assert.Equal(["Exempelkommun", "Region Västmanland", "Ådala kommun"], (await store.OrganizationsAsync()).Select(o => o.Name));
        foreach (var model in models)
        {
            Assert.Equal(ModelFileWriter.Write(model), ModelFileWriter.Write((await store.LoadAsync(model.Organization.Id))!));
        }
    }

    [Fact]
    public async Task Save_ChangedModel_ReplacesTheStoredOneWhole()
    {
        var changed = WithFirstValue(Demo, 3.7m);
        await using (var db = _database.Context())
        {
            await Store(db).SaveAsync(Demo);
            await Store(db).SaveAsync(changed);
        }

        await using var reading = _database.Context();
        var loaded = (await Store(reading).LoadAsync(Demo.Organization.Id))!;
        Assert.Equal(ModelFileWriter.Write(changed), ModelFileWriter.Write(loaded));
        Assert.Equal(Demo.AllMeasures().Sum(m => m.Outcomes.Count), await reading.Outcomes.CountAsync());
    }

    [Fact]
    public async Task Save_FailingBeforeItCommits_LeavesTheStoredModelAsItWas()
    {
        await using (var db = _database.Context())
        {
            await Store(db).SaveAsync(Demo);
        }

        var options = new DbContextOptionsBuilder<HallbarDbContext>(_database.Settings.Options()).AddInterceptors(new FailingSave()).Options;
        await using (var failing = new HallbarDbContext(options))
        {
            await Assert.ThrowsAsync<IOException>(() => Store(failing).SaveAsync(WithFirstValue(Demo, 99m)));
        }

        await using var reading = _database.Context();
        Assert.Equal(ModelFileWriter.Write(Demo), ModelFileWriter.Write((await Store(reading).LoadAsync(Demo.Organization.Id))!));
    }

    [Fact]
    public async Task Load_UnknownOrganization_IsNull()
    {
        await using var db = _database.Context();

        Assert.Null(await Store(db).LoadAsync("finns-inte"));
    }

    [Fact]
    public async Task Migrations_AreUpToDateWithTheModel()
    {
        // A change to the entity configuration without a new migration for this provider would fail here.
        await using var db = _database.Context();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task SeedDemo_EmptyDatabaseOnly()
    {
        await using var db = _database.Context();

        Assert.True(await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System));
        Assert.False(await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System));
        Assert.Single(await Store(db).OrganizationsAsync());
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
        return model with { Goals = [area with { Children = [changedGoal] }, .. model.Goals.Skip(1)] };
    }

    /// <summary>Fails the write the way a full disk or a lost connection would, after the old rows were deleted.</summary>
    private sealed class FailingSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw new IOException("The disk is full.");
    }
}

public sealed class SqliteModelStoreTests() : ModelStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlModelStoreTests() : ModelStoreTests(DatabaseProvider.PostgreSql);
