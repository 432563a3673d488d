namespace Hallbar.Reports.Model;

public enum ChartKind
{
    /// <summary>Shares of a whole, one value per category (the emissions distribution).</summary>
    Distribution,

    /// <summary>A measure over the years, with its base value, target and in-pace path as series.</summary>
    Trend,

    /// <summary>One bar per category split by series into percentages (the self-assessment survey).</summary>
    StackedBars,
}
