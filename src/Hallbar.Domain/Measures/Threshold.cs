namespace Hallbar.Domain.Measures;

/// <summary>
/// The size under which a change is marginal and counts as unchanged: absolute in the measure's
/// unit (percentage points for a share), or relative to the earlier value (0,02 = 2 %).
/// </summary>
public sealed record Threshold
{
    private Threshold(decimal value, bool relative)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A threshold is zero or more.");
        }

        Value = value;
        IsRelative = relative;
    }

    public decimal Value { get; }
    public bool IsRelative { get; }

    public static Threshold None { get; } = new(0, false);

    public static Threshold Absolute(decimal value) => new(value, false);

    public static Threshold Relative(decimal fraction) => new(fraction, true);

    /// <summary>True when going from <paramref name="from"/> to <paramref name="to"/> is no more than the threshold.</summary>
    public bool IsWithin(decimal from, decimal to)
    {
        var change = Math.Abs(to - from);
        return IsRelative
            ? from == 0 ? change == 0 : change <= Value * Math.Abs(from)
            : change <= Value;
    }
}
