namespace Hallbar.Domain.Rounds;

/// <summary>
/// Rapportomgång: an organization's reporting of one year. Values are entered while it is open or
/// in review; once approved it is locked, and a changed value is a restatement with a reason.
/// </summary>
public sealed record ReportingRound(string OrganizationId, int Year, RoundState State)
{
    public bool IsLocked => State is RoundState.Approved or RoundState.Published;

    /// <summary>The states a round may move to from this one: forward one step, or from review back to open.</summary>
    public IReadOnlyList<RoundState> Next => State switch
    {
        RoundState.Open => [RoundState.InReview],
        RoundState.InReview => [RoundState.Approved, RoundState.Open],
        RoundState.Approved => [RoundState.Published],
        _ => [],
    };

    public bool CanMoveTo(RoundState state) => Next.Contains(state);
}
