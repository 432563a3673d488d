using Hallbar.Domain.Measures;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>
/// One measure's charts exactly as the report draws them, for pages about a single measure (the web
/// application's measure page): the same figures, series and text alternative as in Bilaga 2.
/// </summary>
public static class MeasureCharts
{
    /// <summary>
    /// The measure over the years up to <paramref name="year"/>, with its base value, target and the path
    /// in pace with the target; null for a measure with fewer than two figures or nothing to compare them with.
    /// </summary>
    /// <param name="language">"en" for English labels and numbers; anything else is Swedish.</param>
    public static ChartBlock? Trend(Measure measure, int year, string language = "sv")
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Charts.Trend(measure, year, new Texts(language));
    }

    /// <summary>A composite measure's shares of the year (the emissions distribution); null when the year has no values.</summary>
    public static ChartBlock? Distribution(Measure measure, int year, string language = "sv")
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Charts.Distribution(measure, year, new Texts(language));
    }

    /// <summary>The unit the report prints a measure's figures with: a change against a base year is in percent.</summary>
    public static string? Unit(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Cells.Unit(measure);
    }

    /// <summary>A target as the report prints it: its published label, else "Minska", "-50 %, basår 2019", "-2,5 % per år".</summary>
    public static string TargetText(Target target, string language = "sv")
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Label ?? MeasureTables.TargetText(target, new Texts(language));
    }
}
