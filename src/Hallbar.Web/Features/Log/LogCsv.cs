using System.Globalization;
using System.Text;
using Hallbar.Data.Rows;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Log;

/// <summary>
/// The change log as CSV the way Swedish spreadsheets open it (semicolons, UTF-8 with a byte order
/// mark, as the outcome templates are), with every text as a text: a cell that a spreadsheet would
/// take for a formula (=, +, -, @) is escaped, since the log holds what anyone typed.
/// </summary>
internal static class LogCsv
{
    public static byte[] Write(IEnumerable<ChangeRow> changes)
    {
        var csv = new StringBuilder();
        Line(csv, [Ui.T("Tid", "Time"), Ui.T("Vem", "Who"), Ui.T("Ämne", "Subject"), Ui.T("Nyckel", "Key"), Ui.T("Förut", "Before"), Ui.T("Nu", "After"), Ui.T("Skäl", "Reason"), Ui.T("Omräkning", "Restatement")]);
        foreach (var change in changes)
        {
            Line(csv, [LocalTime.Iso(change.ChangedAt), change.ChangedBy, change.Subject, change.Key, change.OldValue, change.NewValue, change.Reason, change.IsRestatement ? Ui.T("ja", "yes") : Ui.T("nej", "no")]);
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, string?[] cells) =>
        csv.AppendJoin(';', cells.Select(Cell)).Append("\r\n");

    private static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal)
            && !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
