using System.Collections.Concurrent;
using Hallbar.Data;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Site;

/// <summary>
/// Organizations' models as last read, reused while the database has no newer change. Every write
/// in Hallbar adds a row to the change history, so its highest id tells whether a copy is current;
/// several web instances on one database each check it and so never serve a stale page.
/// </summary>
public sealed class ModelCache(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (long Revision, CachedModel Model)> _entries = new(StringComparer.Ordinal);

    public async Task<CachedModel?> GetAsync(HallbarDbContext db, string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var revision = await db.Changes.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        if (_entries.TryGetValue(organizationId, out var entry) && entry.Revision == revision)
        {
            return entry.Model;
        }

        if (await new ModelStore(db, time).LoadAsync(organizationId, cancellationToken) is not { } model)
        {
            return null;
        }

        var cached = new CachedModel(model, revision);
        _entries[organizationId] = (revision, cached);
        return cached;
    }
}
