using Hallbar.Domain.Formatting;

namespace Hallbar.Domain.Trajectories;

/// <summary>
/// The straight path from a base value in the base year to a target value in the target year
/// (years are data years: the years the figures cover).
/// </summary>
public sealed record Trajectory
{
    public Trajectory(int baseYear, decimal baseValue, int targetYear, decimal targetValue)
    {
        if (targetYear <= baseYear)
        {
            throw new ArgumentOutOfRangeException(nameof(targetYear), targetYear, "The target year comes after the base year.");
        }

        BaseYear = baseYear;
        BaseValue = baseValue;
        TargetYear = targetYear;
        TargetValue = targetValue;
    }

    public int BaseYear { get; }
    public decimal BaseValue { get; }
    public int TargetYear { get; }
    public decimal TargetValue { get; }

    /// <summary>The value a development in pace with the target has in a data year; the target value from the target year on.</summary>
    public decimal InPace(int dataYear)
    {
        var share = (decimal)(Math.Min(dataYear, TargetYear) - BaseYear) / (TargetYear - BaseYear);
        return BaseValue + ((TargetValue - BaseValue) * share);
    }

    /// <summary>
    /// Compound change per year in percent still needed from a level to the target level; null when
    /// the target year has passed or a level is not positive.
    /// </summary>
    public static decimal? CompoundRateNeeded(decimal fromLevel, decimal toLevel, int years)
    {
        if (years <= 0 || fromLevel <= 0 || toLevel <= 0)
        {
            return null;
        }

        return SafeMath.Divide(toLevel, fromLevel) is { } ratio ? SafeMath.ToDecimal((Math.Pow((double)ratio, 1.0 / years) - 1) * 100) : null;
    }

    /// <summary>
    /// Ratio of actual progress from the base value to the progress the path asks for by
    /// <paramref name="dataYear"/>; 1 is exactly in pace, below 0 is moving away.
    /// </summary>
    public decimal? ProgressRatio(int dataYear, decimal value)
    {
        var required = InPace(dataYear) - BaseValue;
        return SafeMath.Divide(value - BaseValue, required);
    }
}
