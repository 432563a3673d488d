using System.Collections.Concurrent;
using Hallbar.Data;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Site;

/// <summary>
/// Organizations' models as last read, reused while the database has no newer change. Every write
/// in Hallbar adds a row to the change history, which gives the database a new revision
/// (<see cref="Hallbar.Data.Rows.RevisionRow"/>); several web instances on one database each check it
/// and so never serve a stale page.
/// </summary>
public sealed class ModelCache(TimeProvider time)
{
    /// <summary>Compiled once: the check runs on every request that reads a cached model or a cached answer.</summary>
    private static readonly Func<HallbarDbContext, CancellationToken, Task<long>> Current =
        EF.CompileAsyncQuery((HallbarDbContext db, CancellationToken _) => db.Revision.Single().Value);

    private readonly ConcurrentDictionary<string, (long Revision, CachedModel Model)> _entries = new(StringComparer.Ordinal);

    /// <summary>The database's revision: a number that changes with every write, to compare for equality only.</summary>
    public static Task<long> RevisionAsync(HallbarDbContext db, CancellationToken cancellationToken) => Current(db, cancellationToken);

    public async Task<CachedModel?> GetAsync(HallbarDbContext db, string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var revision = await RevisionAsync(db, cancellationToken);
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
