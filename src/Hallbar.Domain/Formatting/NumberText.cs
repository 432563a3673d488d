using System.Globalization;

namespace Hallbar.Domain.Formatting;

/// <summary>
/// Numbers as a Swedish (or English) reader expects them: decimal comma, hyphen minus as printed in
/// the reports, and a no-break space before units and the percent sign ("36,9 %").
/// </summary>
public static class NumberText
{
    public const char NoBreakSpace = '\u00A0';

    private static readonly CultureInfo Swedish = CreateSwedish();
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(string language) => language == "en" ? English : Swedish;

    /// <summary>The value with the digits it was given with, without trailing zeros.</summary>
    public static string Number(decimal value, string language) =>
        value.ToString("#,0.##########", Culture(language));

    public static string Rounded(decimal value, int decimals, string language) =>
        Number(Math.Round(value, decimals, MidpointRounding.AwayFromZero), language);

    /// <summary>"36,9 %", "4,5 kWh/km", "12 st"; the value alone when there is no unit.</summary>
    public static string WithUnit(decimal value, string? unit, string language) =>
        string.IsNullOrEmpty(unit) ? Number(value, language) : Number(value, language) + NoBreakSpace + unit;

    /// <summary>A change in percent with its sign: "-7,7 %", "+3 %".</summary>
    public static string SignedPercent(decimal percent, string language, int decimals = 1)
    {
        var rounded = Math.Round(percent, decimals, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : string.Empty) + Number(rounded, language) + NoBreakSpace + "%";
    }

    public static string Percent(decimal percent, string language, int decimals = 1) =>
        Rounded(percent, decimals, language) + NoBreakSpace + "%";

    private static CultureInfo CreateSwedish()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("sv-SE").Clone();
        // .NET's sv-SE uses U+2212 for minus; Swedish reports, and readers' search, use the hyphen.
        culture.NumberFormat.NegativeSign = "-";
        culture.NumberFormat.NumberGroupSeparator = NoBreakSpace.ToString();
        return CultureInfo.ReadOnly(culture);
    }
}
