namespace Hallbar.Data.Accounts;

/// <summary>
/// An account change in the history ("account", keyed by the account's email). Accounts belong to the whole
/// installation, not to one organization: the change is written to every organization's log, saved with the change itself.
/// </summary>
public static class AccountHistory
{
    public const string Subject = "account";

    public static void Add(HallbarDbContext db, TimeProvider time, string email, string? old, string? value, string changedBy, string reason)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var organizationId in db.Organizations.Select(o => o.Id).ToList())
        {
            db.AddChange(time, organizationId, Subject, email, old, value, changedBy, reason);
        }
    }
}
