using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Editing;

/// <summary>How the desks that edit parts of an organization (surveys, highlights, barnbokslut, a year's texts) write them.</summary>
internal static class DefinitionWrites
{
    /// <summary>
    /// Runs a change in one transaction (or the caller's): committed when it is saved, otherwise
    /// nothing of it is kept, not even rows it had begun.
    /// </summary>
    public static async Task<EditResult> InTransactionAsync(HallbarDbContext db, Func<Task<EditResult>> change)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        var result = await change();
        if (!result.IsSaved)
        {
            db.ChangeTracker.Clear();
            if (transaction is not null)
            {
                await transaction.RollbackAsync();
            }

            return result;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }

        return result;
    }

    /// <summary>
    /// Writes the definition (unchanged for a change kept in rows of its own) only where it is still the one read,
    /// which also holds the organization until the transaction ends: false when someone changed it in between.
    /// </summary>
    public static async Task<bool> ClaimAsync(HallbarDbContext db, OrganizationRow organization, string definition, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var read = organization.Definition;
        var updatedAt = definition == read ? organization.UpdatedAt : at;
        return await db.Organizations.Where(o => o.Id == organization.Id && o.Definition == read)
            .ExecuteUpdateAsync(o => o.SetProperty(r => r.Definition, definition).SetProperty(r => r.UpdatedAt, updatedAt), cancellationToken) == 1;
    }

    /// <summary>
    /// Why the organization, with the change written but not committed, no longer loads as a model (every error
    /// at its path); null when it does.
    /// </summary>
    public static async Task<EditResult?> BrokenAsync(HallbarDbContext db, TimeProvider time, string organizationId, CancellationToken cancellationToken)
    {
        if (await new ModelStore(db, time).ReadAsync(organizationId, cancellationToken) is not { IsValid: false } broken)
        {
            return null;
        }

        string Errors(bool english) => string.Join("; ", broken.Errors.Select(e => $"{e.Path}: {e.Reason(english)}"));
        return new(EditStatus.Invalid, "Ändringen går inte ihop med resten av modellen, så inget sparades: " + Errors(english: false),
            "The change does not fit the rest of the model, so nothing was saved: " + Errors(english: true));
    }
}
