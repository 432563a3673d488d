namespace Hallbar.Data.Tests;

/// <summary>Tests that start from a fresh database of one provider holding the demo organization.</summary>
public abstract class DemoDatabaseTests(DatabaseProvider provider) : IAsyncLifetime
{
    protected const string Org = "region-vastmanland";

    protected TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        await using var db = Database.Context();
        await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
