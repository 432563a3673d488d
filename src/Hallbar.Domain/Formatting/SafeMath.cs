namespace Hallbar.Domain.Formatting;

/// <summary>
/// Ratios of figures a file may hold (10^15 against 10^-20) can leave decimal's range; then there
/// is no meaningful ratio, and the rule says so instead of failing.
/// </summary>
internal static class SafeMath
{
    private const double Limit = 7.9e27;

    public static decimal? Divide(decimal dividend, decimal divisor)
    {
        if (divisor == 0)
        {
            return null;
        }

        var estimate = (double)dividend / (double)divisor;
        return double.IsFinite(estimate) && Math.Abs(estimate) < Limit ? dividend / divisor : null;
    }

    public static decimal? ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < Limit ? (decimal)value : null;

    /// <summary>Change from one value to another in percent of the first's size.</summary>
    public static decimal? PercentChange(decimal from, decimal to) => Divide((to - from) * 100, Math.Abs(from));
}
