namespace Hallbar.Domain.Surveys;

/// <summary>Rounding shares for display so that they still add up to their whole.</summary>
public static class Percentages
{
    /// <summary>
    /// Whole percents by the largest remainder method: every share is rounded down, then the points
    /// still missing from the rounded total go one each to the shares that lost most, earlier shares
    /// first on a tie. Rounding each share on its own can show 99 or 101 for one statement.
    /// </summary>
    public static IReadOnlyList<int> RoundToWhole(IReadOnlyList<decimal> exact)
    {
        ArgumentNullException.ThrowIfNull(exact);
        if (exact.Any(e => e < 0))
        {
            throw new ArgumentException("Shares cannot be negative.", nameof(exact));
        }

        var floors = exact.Select(e => (int)decimal.Floor(e)).ToArray();
        var missing = (int)decimal.Round(exact.Sum()) - floors.Sum();
        foreach (var i in Enumerable.Range(0, exact.Count).OrderByDescending(i => exact[i] - floors[i]).ThenBy(i => i).Take(Math.Max(0, missing)))
        {
            floors[i]++;
        }

        return floors;
    }
}
