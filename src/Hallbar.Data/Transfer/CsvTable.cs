using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Hallbar.Data.Transfer;

/// <summary>
/// The outcome table as CSV the way Swedish Excel reads and writes it: semicolons, UTF-8 with a
/// byte order mark, decimal comma.
/// </summary>
public static class CsvTable
{
    private static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture)
    {
        Delimiter = ";",
        HasHeaderRecord = false,
        DetectDelimiter = true,
        DetectDelimiterValues = [";", ",", "\t"],
        BadDataFound = null,
        MissingFieldFound = null,
    };

    /// <summary>The table, or the problem that keeps the file from being read as CSV at all.</summary>
    public static (OutcomeTable? Table, TableProblem? Problem) Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, Configuration);
        var rows = new List<OutcomeTable.Row>();
        try
        {
            while (csv.Read())
            {
                rows.Add(new OutcomeTable.Row(csv.Parser.Row, csv.Parser.Record ?? []));
            }
        }
        catch (CsvHelperException e)
        {
            return (null, new TableProblem(csv.Parser.Row, "-", $"Filen kan inte läsas som CSV: {e.Message.Split('\n')[0]}"));
        }

        if (rows.Count == 0)
        {
            return (null, new TableProblem(1, "-", "Filen är tom: den första raden ska vara rubrikerna."));
        }

        return (new OutcomeTable(rows[0].Cells, rows.Skip(1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList()), null);
    }

    public static void Write(OutcomeTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", HasHeaderRecord = false });
        foreach (var row in table.Rows.Select(r => r.Cells).Prepend(table.Header))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }
}
