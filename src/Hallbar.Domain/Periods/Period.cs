using System.Globalization;

namespace Hallbar.Domain.Periods;

/// <summary>A reporting period: a year ("2025"), a quarter ("2025-Q2") or a month ("2025-03").</summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(int year, PeriodKind kind, int index)
    {
        Year = year;
        Kind = kind;
        Index = index;
    }

    public int Year { get; }
    public PeriodKind Kind { get; }

    /// <summary>Quarter 1–4 or month 1–12; 0 for a whole year.</summary>
    public int Index { get; }

    public static Period OfYear(int year) => new(CheckYear(year), PeriodKind.Year, 0);

    public static Period OfQuarter(int year, int quarter) =>
        quarter is >= 1 and <= 4
            ? new(CheckYear(year), PeriodKind.Quarter, quarter)
            : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1–4.");

    public static Period OfMonth(int year, int month) =>
        month is >= 1 and <= 12
            ? new(CheckYear(year), PeriodKind.Month, month)
            : throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1–12.");

    /// <summary>Reads "2025", "2025-Q2" or "2025-03"; null when the text is none of these.</summary>
    public static Period? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length < 4
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1900 || year > 2200)
        {
            return null;
        }

        if (text.Length == 4)
        {
            return OfYear(year);
        }

        if (text.Length == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q') && text[6] is >= '1' and <= '4')
        {
            return OfQuarter(year, text[6] - '0');
        }

        if (text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12)
        {
            return OfMonth(year, month);
        }

        return null;
    }

    /// <summary>The period as a point in time in years, its midpoint, for trend lines over mixed periods.</summary>
    public double Midpoint => Kind switch
    {
        PeriodKind.Quarter => Year + ((Index - 0.5) / 4.0),
        PeriodKind.Month => Year + ((Index - 0.5) / 12.0),
        _ => Year + 0.5,
    };

    /// <summary>By midpoint; periods of different kinds with the same midpoint (2025-Q1, 2025-02) by kind, so only equal periods compare as 0.</summary>
    public int CompareTo(Period other)
    {
        var byTime = Midpoint.CompareTo(other.Midpoint);
        return byTime != 0 ? byTime : Kind != other.Kind ? Kind.CompareTo(other.Kind) : Index.CompareTo(other.Index);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Kind switch
    {
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Index:00}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    private static int CheckYear(int year) =>
        year is >= 1900 and <= 2200 ? year : throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 1900–2200.");
}
