using Hallbar.Data.Accounts;
using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Tests.Accounts;

/// <summary>Account changes as they are stored, on SQLite and on PostgreSQL: their history, and a disabled account's lockout.</summary>
public abstract class AccountHistoryTests(DatabaseProvider provider) : DemoDatabaseTests(provider)
{
    private const string Admin = "admin@hallbar.demo";

    [Fact]
    public async Task Add_WritesTheChangeToEveryOrganizationsLog_OnlyWhenSavedWithTheChange()
    {
        await using (var db = Database.Context())
        {
            // A second organization: an account is the whole installation's, and each organization's log shows its changes.
            db.Organizations.Add(new OrganizationRow { Id = "kommun", Name = "Kommunen", Kind = "kommun", Definition = "{}" });
            await db.SaveChangesAsync();
        }

        await using (var unsaved = Database.Context())
        {
            AccountHistory.Add(unsaved, TimeProvider.System, "ny@hallbar.demo", null, "Reader", Admin, "Konto skapat med engångslösenord");
        }

        await using (var db = Database.Context())
        {
            AccountHistory.Add(db, TimeProvider.System, "ny@hallbar.demo", "Reader", "Reporter: kommun/enhet", Admin, "Roll och enheter ändrade");
            await db.SaveChangesAsync();
        }

        await using var read = Database.Context();
        var rows = await read.Changes.AsNoTracking().Where(c => c.Subject == AccountHistory.Subject).OrderBy(c => c.OrganizationId).ToListAsync();
        Assert.Equal(["kommun", Org], rows.Select(r => r.OrganizationId));
        Assert.All(rows, r => Assert.Equal(("ny@hallbar.demo", "Reader", "Reporter: kommun/enhet", Admin, "Roll och enheter ändrade"), (r.Key, r.OldValue, r.NewValue, r.ChangedBy, r.Reason)));
    }

    [Fact]
    public async Task DisabledAccount_ItsLockoutAtTheEndOfYear9999_IsReadBackAsSet()
    {
        var until = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);
        await using (var db = Database.Context())
        {
            db.Users.Add(new HallbarUser { Id = "avstangd", UserName = "avstangd@hallbar.demo", Email = "avstangd@hallbar.demo", LockoutEnabled = true, LockoutEnd = until });
            await db.SaveChangesAsync();
        }

        await using var read = Database.Context();
        Assert.Equal(until, (await read.Users.AsNoTracking().SingleAsync(u => u.Id == "avstangd")).LockoutEnd);
    }
}

public sealed class SqliteAccountHistoryTests() : AccountHistoryTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlAccountHistoryTests() : AccountHistoryTests(DatabaseProvider.PostgreSql);
