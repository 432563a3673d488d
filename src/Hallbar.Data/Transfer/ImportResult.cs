namespace Hallbar.Data.Transfer;

/// <summary>
/// What an import did or, as a preview, would do: every problem found (then nothing is written),
/// and the outcomes it changes.
/// </summary>
public sealed record ImportResult(IReadOnlyList<TableProblem> Problems, IReadOnlyList<OutcomeDifference> Changes, bool Written)
{
    public bool IsValid => Problems.Count == 0;
}
