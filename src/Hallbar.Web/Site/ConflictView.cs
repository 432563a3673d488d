using System.Globalization;
using Hallbar.Data.Rows;

namespace Hallbar.Web.Site;

/// <summary>
/// A change refused because someone saved the same value after the form was read: what this person
/// tried to save beside what is saved now, and who saved it and when, so they can choose between them.
/// </summary>
public sealed record ConflictView(string Message, string Yours, string? Current, ChangeRow? LastChange)
{
    private static readonly TimeZoneInfo Sweden = FindSweden();

    /// <summary>When the saved value was saved.</summary>
    public string? SavedAt => LastChange is null ? null : TimeOf(LastChange);

    /// <summary>When a change was made, in Swedish time, as "2026-02-03 14:05".</summary>
    public static string TimeOf(ChangeRow change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return TimeZoneInfo.ConvertTime(change.ChangedAt, Sweden).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    private static TimeZoneInfo FindSweden()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time zone data still shows a time, in UTC.
            return TimeZoneInfo.Utc;
        }
    }
}
