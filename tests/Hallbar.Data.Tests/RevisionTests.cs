using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Tests;

/// <summary>
/// The database's revision, which the web's caches compare to know that a copy is current: it must
/// change with every committed write, and only then, on SQLite and on PostgreSQL.
/// </summary>
public abstract class RevisionTests(DatabaseProvider provider) : DemoDatabaseTests(provider)
{
    private async Task<long> RevisionAsync()
    {
        await using var db = Database.Context();
        return await db.Revision.Select(r => r.Value).SingleAsync();
    }

    private static ChangeRow Change(string key) =>
        new() { OrganizationId = Org, Subject = "section", Key = key, NewValue = key, ChangedBy = "test", ChangedAt = DateTimeOffset.UtcNow };

    [Fact]
    public async Task AnAcceptedEdit_GivesANewRevision_ARefusedOrRolledBackOneDoesNot()
    {
        var before = await RevisionAsync();
        await using (var db = Database.Context())
        {
            var editor = new Editor(db, TimeProvider.System);
            Assert.True((await editor.OpenRoundAsync(Org, 2026, "admin")).IsSaved);
        }

        var afterEdit = await RevisionAsync();
        Assert.NotEqual(before, afterEdit);

        await using (var db = Database.Context())
        {
            Assert.False((await new Editor(db, TimeProvider.System).OpenRoundAsync(Org, 2026, "admin")).IsSaved);
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Changes.Add(Change("rolled-back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal(afterEdit, await RevisionAsync());
    }

    [Fact]
    public async Task TwoWritersAtOnce_EachCommitGivesANewRevision()
    {
        // The first writer holds the revision until it commits, so the second cannot commit before it:
        // a reader never sees the second's revision while the first's changes are still missing.
        await using var first = Database.Context();
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        first.Changes.Add(Change("first"));
        await first.SaveChangesAsync();

        var saved = new TaskCompletionSource();
        var commit = new TaskCompletionSource();
        var second = Task.Run(async () =>
        {
            await using var db = Database.Context();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Changes.Add(Change("second"));
            await db.SaveChangesAsync();
            saved.SetResult();
            await commit.Task;
            await transaction.CommitAsync();
        });
        await Task.Delay(300);
        Assert.False(saved.Task.IsCompleted);

        await firstTransaction.CommitAsync();
        await saved.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var afterFirst = await RevisionAsync();
        commit.SetResult();
        await second;

        Assert.NotEqual(afterFirst, await RevisionAsync());
        await using var check = Database.Context();
        Assert.Equal(2, await check.Changes.CountAsync(c => c.Key == "first" || c.Key == "second"));
    }
}

public sealed class SqliteRevisionTests() : RevisionTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlRevisionTests() : RevisionTests(DatabaseProvider.PostgreSql);
