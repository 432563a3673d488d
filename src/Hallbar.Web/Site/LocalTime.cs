using System.Globalization;

namespace Hallbar.Web.Site;

/// <summary>
/// Times as Hallbar's users read and give them: stored in UTC, shown and filtered in Swedish time
/// (Europe/Stockholm, summer time included), whatever zone the server runs in.
/// </summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Sweden = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>"2026-03-05 14:07".</summary>
    public static string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Sweden).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-05T14:07:31+01:00": to the second and with its offset, for files.</summary>
    public static string Iso(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Sweden).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The moment a Swedish day begins.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Sweden.GetUtcOffset(midnight));
    }
}
