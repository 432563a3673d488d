namespace Hallbar.Domain.Rounds;

/// <summary>Where a reporting round (rapportomgång) is: Open → InReview → Approved (locked) → Published.</summary>
public enum RoundState
{
    Open,
    InReview,
    Approved,
    Published,
}
