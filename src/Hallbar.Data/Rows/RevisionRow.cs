namespace Hallbar.Data.Rows;

/// <summary>
/// The database's revision: one row whose value a trigger on the change history sets to a new random
/// number in every transaction that writes a change. Caches compare it for equality. The row's lock
/// orders writers by commit, so no reader sees a revision before the changes it stands for, and a
/// restored backup cannot bring back a revision a cache still holds (a counter or the newest change id could).
/// </summary>
public sealed class RevisionRow
{
    public const int TheOne = 1;

    public int Id { get; set; }
    public long Value { get; set; }
}
