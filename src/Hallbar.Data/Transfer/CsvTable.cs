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
    /// <summary>The table, or the problem that keeps the file from being read as CSV at all.</summary>
    public static (OutcomeTable? Table, TableProblem? Problem) Read(Stream stream) => Read(stream, null);

    /// <summary>The table, or the problem that keeps the file from being read as CSV at all; saying how much is read.</summary>
    public static (OutcomeTable? Table, TableProblem? Problem) Read(Stream stream, IProgress<ImportProgress>? progress)
    {
        string text;
        using (var decoder = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = decoder.ReadToEnd();
        }

        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Delimiter(text),
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            // A million rows repeat a few thousand ids, periods and figures: each is kept once.
            CacheFields = true,
        });
        string[]? header = null;
        var rows = new List<OutcomeTable.Row>();
        try
        {
            while (csv.Read())
            {
                var cells = csv.Record ?? [];
                if (header is null)
                {
                    header = cells;
                }
                else if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                {
                    rows.Add(new OutcomeTable.Row(csv.Row, cells));
                }

                if (csv.Row % OutcomeTransfer.ProgressEvery == 0)
                {
                    progress?.Report(new ImportProgress(ImportStep.Reading, csv.CharCount, text.Length));
                }
            }
        }
        catch (CsvHelperException e)
        {
            var reason = e.Message.Split('\n')[0];
            return (null, new TableProblem(csv.Row, "-", $"Filen kan inte läsas som CSV: {reason}", $"The file cannot be read as CSV: {reason}"));
        }

        if (header is null)
        {
            return (null, new TableProblem(1, "-", "Filen är tom: den första raden ska vara rubrikerna.", "The file is empty: the first row should be the headings."));
        }

        return (new OutcomeTable(header, rows), null);
    }

    /// <summary>
    /// The header row's separator: semicolon from Swedish Excel, comma from English, or tab. A
    /// decimal comma in the figures must not decide it, so only the header is counted.
    /// </summary>
    private static string Delimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        var quoted = false;
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && counts.TryGetValue(c, out var n))
            {
                counts[c] = n + 1;
            }
        }

        return counts.MaxBy(p => p.Value) is { Value: > 0 } best ? best.Key.ToString() : ";";
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
