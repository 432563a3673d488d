using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsCheck;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Data.Transfer;
using Hallbar.Domain;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Rounds;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Hallbar.Data.Tests.Robustness;

/// <summary>
/// What the outcome import makes of any file: thousands of random and mutated CSV and XLSX files
/// are read without an exception, and hundreds of them are imported into one database seeded with
/// the demo, where each import writes exactly the changes it reports, with their history, or nothing.
/// </summary>
public sealed partial class ImportFuzzTests(ITestOutputHelper output)
{
    private const string OpenOrg = "region-vastmanland";

    // The demo once more, with its 2024 and 2025 rounds approved: every change there is a restatement.
    private const string LockedOrg = "region-vastmanland-godkand";

    private static readonly OrganizationModel Demo = ModelFileReader.Read(HallbarDatabase.DemoModelFile).Model!;
    private static readonly string[] MeasureIds = Demo.AllMeasures().Select(m => m.Id).ToArray();
    private static readonly string[] SeriesIds = Demo.AllMeasures().SelectMany(m => m.Series).Select(s => s.Id).Distinct().ToArray();
    private static readonly string[] UnitIds = Demo.Organization.Units.Select(u => u.Id).ToArray();
    private static readonly JsonSerializerOptions RowJson = new() { WriteIndented = false };

    // The demo's templates of 2024 (with empty rows) and 2025 (all filled in), taken once.
    private static readonly Lazy<Task<OutcomeTable[]>> DemoTemplates = new(async () =>
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.Context();
        await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System);
        var transfer = new OutcomeTransfer(db, TimeProvider.System);
        return [(await transfer.TemplateAsync(OpenOrg, 2024))!, (await transfer.TemplateAsync(OpenOrg, 2025))!];
    });

    [Fact]
    public void CsvTableRead_RandomBytes_ReturnsATableOrAProblem()
    {
        RandomBytes.Sample(bytes => AssertReads(CsvTable.Read, bytes), iter: 3000, print: Hex);
    }

    [Fact]
    public async Task CsvTableRead_MutatedTemplate_ReturnsATableOrAProblem()
    {
        var templates = await DemoTemplates.Value;
        Gen.Select(Gen.Int[0, 1], CsvMutation).Sample((year, mutation) =>
        {
            var bytes = mutation.Apply(templates[year]);
            var (table, problem) = AssertReads(CsvTable.Read, bytes);
            Assert.True(table is null || table.Rows.All(r => r.Number >= 2 && r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))), "A row is numbered before the header, or blank.");
            Assert.True(problem is null || Explained(problem), "A problem says why in Swedish and in English.");
        }, iter: 3000, print: t => $"{2024 + t.Item1}: {t.Item2}");
    }

    [Fact]
    public void XlsxTableRead_RandomBytes_ReturnsAProblem()
    {
        // Random bytes, some behind a zip's local file header so that the reader gets past the first check.
        var bytes = Gen.Frequency(
            (3, RandomBytes),
            (1, RandomBytes.Select(b => (byte[])[0x50, 0x4B, 0x03, 0x04, .. b])));
        bytes.Sample(b => Assert.NotNull(AssertReads(XlsxTable.Read, b).Problem), iter: 3000, print: Hex);
    }

    [Fact]
    public async Task XlsxTableRead_WorkbookOfMutatedTable_ReadsTheTableBack()
    {
        var templates = await DemoTemplates.Value;
        Gen.Select(Gen.Int[0, 1], TableEdit(XmlText).Array[0, 5]).Sample((year, edits) =>
        {
            var written = Edit(templates[year], edits);
            var (read, problem) = AssertReads(XlsxTable.Read, Xlsx(written));

            // A workbook as Hallbar writes it reads back as the same table, figures in the Värde column as numbers.
            if (written.Header.Count == 0)
            {
                return;
            }

            Assert.Null(problem);
            Assert.Equal(Line(1, written.Header), Line(1, read!.Header));
            var value = written.Header.ToList().IndexOf(OutcomeTable.ValueColumn);
            var expected = written.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                .Select(r => (r.Number, Cells: r.Cells.Select((c, i) => i == value && OutcomeTransfer.ParseNumber(c) is { } n ? n.ToString(CultureInfo.InvariantCulture) : c)));
            Assert.Equal(expected.Select(r => Line(r.Number, r.Cells)), read.Rows.Select(r => Line(r.Number, r.Cells)));
        }, iter: 1500, print: t => $"{2024 + t.Item1}: {string.Join(", ", t.Item2.Select(e => e.ToString()))}");
    }

    [Fact]
    public async Task XlsxTableRead_CorruptedWorkbook_ReturnsATableOrAProblem()
    {
        var templates = await DemoTemplates.Value;
        var workbooks = templates.Select(Xlsx).ToArray();
        Gen.Select(Gen.Int[0, 1], ZipEdit.Array[1, 4]).Sample((year, edits) =>
        {
            var bytes = edits.Aggregate(workbooks[year], (b, e) => e.Apply(b));
            AssertReads(XlsxTable.Read, bytes);
        }, iter: 2000, print: t => $"{2024 + t.Item1}: {string.Join(", ", t.Item2.Select(e => e.ToString()))}");
    }

    [Fact]
    public async Task XlsxTableRead_WorkbookWithEditedSheetXml_ReturnsATableOrAProblem()
    {
        var templates = await DemoTemplates.Value;
        var sheets = templates.Select(Xlsx).ToArray();
        Gen.Select(Gen.Int[0, 1], SheetXmlEdit.Array[1, 4]).Sample((year, edits) =>
        {
            var bytes = EditSheetXml(sheets[year], xml => edits.Aggregate(xml, (x, e) => e.Apply(x)));
            AssertReads(XlsxTable.Read, bytes);
        }, iter: 1500, print: t => $"{2024 + t.Item1}: {string.Join(", ", t.Item2.Select(e => e.ToString()))}");
    }

    [Fact]
    public void XlsxTableRead_SheetXmlNotWellFormed_IsAProblem()
    {
        // The smallest inputs the fuzzing above once found exceptions with (XmlException, FormatException) or a blow-up.
        Assert.NotNull(XlsxTable.Read(new MemoryStream(TinyWorkbook(xml => xml.Replace("<x:v>84.5</x:v>", "<x:v>84.5</x:c>", StringComparison.Ordinal)))).Problem);
    }

    [Fact]
    public void XlsxTableRead_RowNumberNotANumber_IsAProblem()
    {
        Assert.NotNull(XlsxTable.Read(new MemoryStream(TinyWorkbook(xml => xml.Replace("<x:row r=\"2\">", "<x:row r=\"x\">", StringComparison.Ordinal)))).Problem);
    }

    [Fact]
    public void XlsxTableRead_UnknownCellType_IsAProblem()
    {
        Assert.NotNull(XlsxTable.Read(new MemoryStream(TinyWorkbook(xml => xml.Replace("t=\"n\"", "t=\"bogus\"", StringComparison.Ordinal)))).Problem);
    }

    [Fact]
    public void XlsxTableRead_ColumnFarBeyondXfd_IsAProblemNotMillionsOfCells()
    {
        // A reference far to the right of Excel's last column (XFD) once made a row of 12 million cells; "AAAAAAA1" 321 million (8.6 GB).
        var (table, problem) = XlsxTable.Read(new MemoryStream(TinyWorkbook(xml => xml.Replace("r=\"G2\"", "r=\"AAAAAA2\"", StringComparison.Ordinal))));

        Assert.True(problem is not null || table!.Rows.All(r => r.Cells.Count <= 16_384), $"A row of {table?.Rows.Max(r => r.Cells.Count)} cells.");
    }

    [Fact]
    public async Task CsvTableRead_TableWrittenByCsvTable_ReadsTheTableBack()
    {
        var templates = await DemoTemplates.Value;
        Gen.Select(Gen.Int[0, 1], TableEdit(CsvText).Array[0, 5]).Sample((year, edits) =>
        {
            var written = Edit(templates[year], edits);
            using var stream = new MemoryStream();
            CsvTable.Write(written, stream);
            stream.Position = 0;
            var (read, problem) = CsvTable.Read(stream);
            if (written.Header.Count == 0)
            {
                return;
            }

            Assert.Null(problem);
            Assert.Equal(Line(1, written.Header), Line(1, read!.Header));
            Assert.Equal(
                written.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).Select(r => string.Join(" | ", r.Cells.Select(c => c.Trim()))),
                read.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Trim()))));
        }, iter: 1500, print: t => $"{2024 + t.Item1}: {string.Join(", ", t.Item2.Select(e => e.ToString()))}");
    }

    [Fact]
    public void CsvTableRead_EveryRowWithOneDecimalComma_ReadsTheSemicolonColumns()
    {
        // As `hallbar template` writes it for an organization whose figures all have decimals: the
        // decimal commas, one in every row, once passed for the separator.
        var csv = "\uFEFFMätetal-id;Mätetal;Enhet;Period;Delserie;Förvaltning;Värde;Text;Saknas, orsak;Källa;Kommentar;Version;Skäl vid omräkning\n"
            + "a;A;st;2020;;;55,6;;;;;0;\n"
            + "b;B;st;2020;;;136,6;;;;;0;\n";

        var (table, problem) = CsvTable.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Null(problem);
        Assert.Equal(OutcomeTable.Columns, table!.Header);
    }

    [Fact]
    public async Task ImportAsync_MutatedCsvTemplate_WritesAllItReportsOrNothing()
    {
        var cases = Gen.Select(ImportTarget, Gen.Frequency((1, ReporterFile), (1, CsvMutation)), Gen.Int[0, 9]).Select((target, mutation, preview) =>
            new ImportCase(target.Org, target.Year, target.Stale, preview == 0, mutation, Format: "csv"));
        await FuzzImportsAsync(cases, iterations: 400);
    }

    [Fact]
    public async Task ImportAsync_MutatedXlsxTemplate_WritesAllItReportsOrNothing()
    {
        var edits = Gen.Frequency((1, FillEdit(XmlText).Array[1, 6]), (1, TableEdit(XmlText).Array[0, 4]));
        var cases = Gen.Select(ImportTarget, edits, Gen.Int[0, 9]).Select((target, edits, preview) =>
            new ImportCase(target.Org, target.Year, target.Stale, preview == 0, new CsvFile(edits, [], FileEncoding.Utf8Bom), Format: "xlsx"));
        await FuzzImportsAsync(cases, iterations: 300);
    }

    [Fact]
    public async Task ImportAsync_OneSeriesOfACompositeFilledIn_IsRefusedOrLeavesAModelThatLoads()
    {
        // These files once wrote changes after which the organization's stored model no longer loaded.
        // The 2024 template has empty rows for the four series of fordelning-klimatutslapp; the reporter fills one.
        await AssertRefusedOrLoadableAsync(OpenOrg, "fordelning-klimatutslapp;Fördelning klimatutsläpp;%;2024;fastigheter-drift;;5;;;;;;");
    }

    [Fact]
    public async Task ImportAsync_ValueWithARestatement_IsRefusedOrLeavesAModelThatLoads()
    {
        // The demo restates 2024 of totala-utslapp-co2e to 0 (restatedIn 2025); 2024 has no round, so this is an ordinary edit.
        await AssertRefusedOrLoadableAsync(OpenOrg, "totala-utslapp-co2e;Regionens totala utsläpp av CO2e;%;2024;;;1;;;;;0;");
    }

    [Fact]
    public async Task ImportAsync_SameValueRestatedTwice_IsRefusedOrLeavesAModelThatLoads()
    {
        await AssertRefusedOrLoadableAsync(LockedOrg,
            "matsvinn-per-portion;;gram;2025;;;85;;;;;0;Sent inkommen statistik",
            "matsvinn-per-portion;;gram;2025;;;84;;;;;1;Rättad igen");
    }

    [Fact]
    public async Task ImportAsync_NewOutcomeAfterTheTargetYear_IsRefusedOrLeavesAModelThatLoads()
    {
        await AssertRefusedOrLoadableAsync(OpenOrg, "matsvinn-per-portion;;gram;2199;;;85;;;;;;");
    }

    private async Task FuzzImportsAsync(Gen<ImportCase> cases, int iterations)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var stale = await SeedAsync(database);
        var tally = new Dictionary<string, int>();
        void Count(string what, int n = 1) => tally[what] = tally.GetValueOrDefault(what) + n;

        await cases.SampleAsync(async c =>
        {
            await using var db = database.Context();
            var transfer = new OutcomeTransfer(db, TimeProvider.System);
            var template = c.Stale ? stale[(c.Org, c.Year)] : (await transfer.TemplateAsync(c.Org, c.Year))!;
            var (table, _) = c.Format == "xlsx" ? XlsxTable.Read(new MemoryStream(Xlsx(Edit(template, c.File.Table)))) : CsvTable.Read(new MemoryStream(c.File.Apply(template)));
            Count("files");
            if (table is null)
            {
                return;
            }

            Count("tables");
            var before = await SnapshotAsync(database);
            var preview = await transfer.ImportAsync(c.Org, table, "fuzz", preview: true);
            Assert.False(preview.Written);
            AssertUnchanged(before, await SnapshotAsync(database));
            if (c.Preview)
            {
                return;
            }

            var result = await transfer.ImportAsync(c.Org, table, "fuzz", preview: false);
            var after = await SnapshotAsync(database);
            if (!result.Written)
            {
                Assert.NotEmpty(result.Problems);
                Assert.All(result.Problems, p => Assert.True(Explained(p), $"Not said in both languages: {p}"));
                AssertUnchanged(before, after);
                Count("refused");
                Count($"refused at {result.Problems[0].Column}");
                return;
            }

            Count("written");
            Count("written with changes", result.Changes.Count > 0 ? 1 : 0);
            Count("changes", result.Changes.Count);
            Count("restatements", result.Changes.Count(d => d.IsRestatement));
            AssertExactly(c.Org, result, before, after);
            await using var reading = database.Context();
            Assert.NotNull(await new ModelStore(reading, TimeProvider.System).LoadAsync(c.Org));
        }, iter: iterations, threads: 1, print: c => c.ToString());

        output.WriteLine(string.Join(", ", tally.Select(t => $"{t.Key}: {t.Value}")));
        Assert.True(
            tally.GetValueOrDefault("written with changes") > 0 && tally.GetValueOrDefault("restatements") > 0 && tally.GetValueOrDefault("refused") > 0,
            "The fuzzer should both write changes, restatements among them, and refuse imports.");
    }

    private static void AssertUnchanged(Snapshot before, Snapshot after)
    {
        Assert.Equal(before.Rest, after.Rest);
        Assert.Equal(before.History, after.History);
        Assert.Equal(before.Restatements, after.Restatements);
        Assert.Equal(before.OutcomeLines, after.OutcomeLines);
    }

    /// <summary>
    /// A written import changed exactly the outcomes it reported, added a history row per value that was
    /// there before (or restated) and one for the new values together, and a restatement per restated one.
    /// </summary>
    private static void AssertExactly(string org, ImportResult result, Snapshot before, Snapshot after)
    {
        Assert.Empty(result.Problems);
        Assert.Equal(before.Rest, after.Rest);
        var reported = result.Changes.ToDictionary(d => OutcomeKey(org, d.MeasureId, d.Period, d.SeriesId ?? string.Empty, d.OrgUnitId ?? string.Empty));
        var changed = after.Outcomes.Keys.Union(before.Outcomes.Keys)
            .Where(k => !before.Outcomes.TryGetValue(k, out var old) || !after.Outcomes.TryGetValue(k, out var now) || old.Json != now.Json)
            .ToHashSet();
        Assert.Equal(reported.Keys.Order(), changed.Order());
        foreach (var (key, difference) in reported)
        {
            var now = after.Outcomes[key].Row;
            Assert.Equal(difference.New, now.Value?.ToString(CultureInfo.InvariantCulture) ?? now.Text ?? $"saknas: {now.MissingReason}");
            Assert.Equal((before.Outcomes.TryGetValue(key, out var old) ? old.Row.Version : 0) + 1, now.Version);
        }

        Assert.Equal(before.History, after.History.Take(before.History.Count));
        var history = after.HistoryRows.Skip(before.History.Count).ToList();
        var own = result.Changes.Where(d => d.Old is not null || d.IsRestatement).ToList();
        Assert.Equal(
            own.Select(d => (Editor.OutcomeKey(d.MeasureId, d.Period, d.SeriesId, d.OrgUnitId), d.IsRestatement)).Order(),
            history.Where(h => h.Subject == "outcome").Select(h => (h.Key, h.IsRestatement)).Order());
        var imported = history.Where(h => h.Subject == "import").ToList();
        Assert.Equal(own.Count < result.Changes.Count ? 1 : 0, imported.Count);
        Assert.All(imported, h => Assert.StartsWith($"{result.Changes.Count - own.Count} new outcomes", h.NewValue, StringComparison.Ordinal));
        Assert.Equal(history.Count, own.Count + imported.Count);
        Assert.All(history, h => Assert.Equal(org, h.OrganizationId));
        Assert.Equal(before.Restatements, after.Restatements.Take(before.Restatements.Count));
        Assert.Equal(result.Changes.Count(d => d.IsRestatement), after.Restatements.Count - before.Restatements.Count);
    }

    /// <summary>The demo twice, the second with its 2024 and 2025 rounds approved; and the templates as they were then.</summary>
    private static async Task<Dictionary<(string, int), OutcomeTable>> SeedAsync(TestDatabase database)
    {
        await using var db = database.Context();
        await HallbarDatabase.SeedDemoAsync(db, TimeProvider.System);
        var org = Demo.Organization;
        await new ModelStore(db, TimeProvider.System).SaveAsync(Demo with { Organization = new Organization(LockedOrg, org.Name, org.Kind, org.Units, org.KoladaId) }, "fuzz");
        var editor = new Editor(db, TimeProvider.System);
        await editor.OpenRoundAsync(OpenOrg, 2025, "fuzz");
        foreach (var year in new[] { 2024, 2025 })
        {
            await editor.OpenRoundAsync(LockedOrg, year, "fuzz");
            await editor.MoveRoundAsync(LockedOrg, year, RoundState.InReview, "fuzz");
            await editor.MoveRoundAsync(LockedOrg, year, RoundState.Approved, "fuzz");
        }

        var transfer = new OutcomeTransfer(db, TimeProvider.System);
        var templates = new Dictionary<(string, int), OutcomeTable>();
        foreach (var (o, year) in new[] { (OpenOrg, 2024), (OpenOrg, 2025), (LockedOrg, 2024), (LockedOrg, 2025) })
        {
            templates[(o, year)] = (await transfer.TemplateAsync(o, year))!;
        }

        return templates;
    }

    private static async Task<Snapshot> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.Context();
        var outcomes = (await db.Outcomes.AsNoTracking().ToListAsync())
            .ToDictionary(o => OutcomeKey(o.OrganizationId, o.MeasureId, o.Period, o.SeriesId, o.OrgUnitId), o => (o, JsonSerializer.Serialize(o, RowJson)));
        var restatements = (await db.Restatements.AsNoTracking().ToListAsync()).OrderBy(r => r.Id).ToList();
        var history = (await db.Changes.AsNoTracking().ToListAsync()).OrderBy(c => c.Id).ToList();
        var rest = new StringBuilder();
        foreach (var rows in new IEnumerable<object>[]
        {
            await db.Organizations.AsNoTracking().ToListAsync(), await db.OrgUnits.AsNoTracking().ToListAsync(), await db.GoalNodes.AsNoTracking().ToListAsync(),
            await db.Measures.AsNoTracking().ToListAsync(), await db.Assessments.AsNoTracking().ToListAsync(), await db.Sections.AsNoTracking().ToListAsync(),
            await db.Rounds.AsNoTracking().ToListAsync(),
        })
        {
            rest.AppendJoin('\n', rows.Select(r => JsonSerializer.Serialize(r, r.GetType(), RowJson)).Order(StringComparer.Ordinal)).Append("\n--\n");
        }

        return new Snapshot(
            outcomes,
            restatements.Select(r => JsonSerializer.Serialize(r, RowJson)).ToList(),
            history.Select(h => JsonSerializer.Serialize(h, RowJson)).ToList(),
            history,
            rest.ToString());
    }

    private static string OutcomeKey(string org, string measure, string period, string series, string unit) => $"{org}|{measure}|{period}|{series}|{unit}";

    private static bool Explained(TableProblem problem) => problem.Reason.Length > 0 && problem.English.Length > 0 && problem.Reason != problem.English;

    private static (OutcomeTable? Table, TableProblem? Problem) AssertReads(Func<Stream, (OutcomeTable?, TableProblem?)> read, byte[] bytes)
    {
        var (table, problem) = read(new MemoryStream(bytes));
        Assert.True(table is null != problem is null, "A read gives a table or a problem.");
        return (table, problem);
    }

    private static OutcomeTable Edit(OutcomeTable template, IEnumerable<TableEditBase> edits)
    {
        var grid = template.Rows.Select(r => r.Cells.ToList()).Prepend(template.Header.ToList()).ToList();
        foreach (var edit in edits)
        {
            edit.Apply(grid);
        }

        return grid.Count == 0
            ? new OutcomeTable([], [])
            : new OutcomeTable(grid[0], grid.Skip(1).Select((cells, i) => new OutcomeTable.Row(i + 2, cells)).ToList());
    }

    // A row as the import sees it: cells trimmed, and XML's line breaks (\r becomes \n).
    private static string Line(int number, IEnumerable<string> cells) =>
        $"{number}: {string.Join(" | ", cells.Select(c => c.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim()))}";

    private static byte[] Xlsx(OutcomeTable table)
    {
        using var stream = new MemoryStream();
        XlsxTable.Write(table, stream);
        return stream.ToArray();
    }

    /// <summary>Each file is refused and changes nothing, or is written and leaves a model that loads.</summary>
    private async Task AssertRefusedOrLoadableAsync(string org, params string[] files)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SeedAsync(database);
        foreach (var file in files)
        {
            var before = await SnapshotAsync(database);
            await using var db = database.Context();
            var result = await new OutcomeTransfer(db, TimeProvider.System).ImportAsync(org, Csv(file), "fuzz", preview: false);
            output.WriteLine($"{file}: written {result.Written}; {string.Join("; ", result.Problems)}");
            if (!result.Written)
            {
                Assert.NotEmpty(result.Problems);
                AssertUnchanged(before, await SnapshotAsync(database));
            }
        }

        await using var reading = database.Context();
        Assert.NotNull(await new ModelStore(reading, TimeProvider.System).LoadAsync(org));
    }

    private static OutcomeTable Csv(string row) =>
        CsvTable.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join(';', OutcomeTable.Columns) + "\n" + row + "\n"))).Table!;

    private static byte[] TinyWorkbook(Func<string, string> edit) => EditSheetXml(
        Xlsx(new OutcomeTable(OutcomeTable.Columns, [new OutcomeTable.Row(2, ["matsvinn-per-portion", "", "", "2025", "", "", "84,5", "", "", "", "", "0", ""])])), edit);

    private static byte[] EditSheetXml(byte[] workbook, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(edit(xml));
        }

        return stream.ToArray();
    }


    private static string Hex(byte[] bytes) => $"{bytes.Length} bytes: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 200)))}";

    // ---- Generators ----

    private static readonly Gen<byte[]> RandomBytes = Gen.Frequency(
        (2, Gen.Byte.Array[0, 2000]),
        // Bytes from the alphabet of a CSV file, as text with and without a byte order mark.
        (2, Gen.Char[";,\t\"\r\n 0123456789-.,%Qq:abcMätlÅÄÖ\u00A0\u2212\uFEFF"].Array[0, 600].Select(c => Encoding.UTF8.GetBytes(new string(c)))),
        (1, Gen.Byte.Array[0, 600].Select(b => (byte[])[0xEF, 0xBB, 0xBF, .. b])),
        (1, Gen.Byte.Array[0, 600].Select(b => (byte[])[0xFF, 0xFE, .. b])));

    private static readonly decimal[] Pow10 = [1m, 10m, 100m, 1_000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m, 100_000_000m];

    private static readonly string[] Cultures = ["sv-SE", "en-US", "en-GB", "de-DE", "fr-FR", "fi-FI", ""];

    // Figures as spreadsheets and people write them: Swedish and English, grouped, signed, percent, exponent.
    private static readonly Gen<string> Number = Gen.Frequency(
        (4, Gen.Select(Gen.Long[-10_000_000_000, 10_000_000_000], Gen.Byte[0, 8], Gen.OneOf(Cultures), Gen.OneOf("G", "N0", "N2", "F1", "E3", "P1", "0.######", "#,##0.00"))
            .Select((mantissa, scale, culture, format) => (mantissa / Pow10[scale]).ToString(format, CultureInfo.GetCultureInfo(culture)))),
        (1, Gen.OneOf("0", "-0", "+5", "4,5", "4.5", "1 234,5", "1\u00A0234,5", "1,234.5", "\u221236", "12 %", "%", ",", ".", "-", "1e5", "1E-3", "1e400", "1e-400",
            "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335", "0,00000000000000000000000000001",
            "NaN", "Infinity", "∞", "٣", "0x10", "1_000", "1..2", "1,,2", "(5)", "5-", " ", "\u00A0")));

    private static readonly Gen<string> SwedishNumber = Gen.Select(Gen.Int[-1_000_000, 1_000_000], Gen.Byte[0, 3])
        .Select((mantissa, scale) => ((decimal)mantissa / Pow10[scale]).ToString("#,##0.###", CultureInfo.GetCultureInfo("sv-SE")));

    private static readonly Gen<string> Period = Gen.Frequency(
        (4, Gen.OneOf("2024", "2025", "2023", "2026", "2025-Q1", "2025-Q4", "2025-q2", "2025-03", "2024-12")),
        (1, Gen.OneOf("2025-Q5", "2025-Q0", "2025-13", "2025-00", "2025-1", "1899", "1900", "2200", "2201", "9999", "0", "-2025", "20250", " 2025 ", "2025 ", "25", "")),
        (1, Gen.Select(Gen.Int[1800, 2300], Gen.Int[0, 14]).Select((y, m) => m == 0 ? y.ToString(CultureInfo.InvariantCulture) : $"{y}-{m:00}")));

    private static readonly Gen<string> Version = Gen.OneOf("0", "1", "2", "3", "-1", "+0", "00", "1.0", "1e0", " 1", "2147483647", "2147483648", "99999999999", "abc", "", "٠");

    private static readonly Gen<string> Id = Gen.Frequency(
        (4, Gen.OneOf(MeasureIds)), (1, Gen.OneOf(SeriesIds)), (1, Gen.OneOf(UnitIds)),
        (1, Gen.OneOf("", " ", "MATSVINN-PER-PORTION", "matsvinn-per-portion ", "finns-inte", "ö")));

    // Any text, including what CSV and XML make hard: separators, quotes, line breaks, control characters, lone surrogates.
    private static readonly Gen<string> AnyText = Gen.Frequency(
        (3, Gen.Char[" ;,\t\"'\r\nabcxyzÅÄÖåäö0123456789-.%\u00A0\uFEFF\u0000\u0001\u001F\uD800\uDC00\u2028"].Array[0, 16].Select(c => new string(c))),
        (1, Gen.String[0, 40]),
        (1, Gen.OneOf("", " ", "Sent inkommen statistik", "Uppgift saknas", "Enkät ej genomförd", "SCB", "=1+1", "@SUM(A1)", "'0", new string('x', 5000))));

    // Text a CSV file can carry through UTF-8: no lone surrogates.
    private static Gen<string> CsvText => AnyText.Select(s => new string(s.Where(c => !char.IsSurrogate(c)).ToArray()));

    // The same, but only characters an XML document can hold, for workbooks Hallbar writes itself.
    private static readonly Gen<string> XmlText = AnyText.Select(s => new string(s.Where(c => XmlValid(c)).ToArray()));

    private static bool XmlValid(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');

    private static Gen<string> CellFor(int column, Gen<string> text) => column switch
    {
        0 or 4 or 5 => Gen.Frequency((4, Id), (1, text)),
        3 => Gen.Frequency((4, Period), (1, text)),
        6 => Gen.Frequency((6, Number), (1, text)),
        11 => Gen.Frequency((4, Version), (1, text)),
        _ => text,
    };

    // The Värde column most, then the others that decide what is written.
    private static readonly Gen<int> Column = Gen.Frequency(
        (10, Gen.Const(6)), (3, Gen.Const(7)), (3, Gen.Const(8)), (2, Gen.Const(12)), (2, Gen.Const(11)), (2, Gen.Const(3)),
        (2, Gen.Const(0)), (1, Gen.Const(4)), (1, Gen.Const(5)), (2, Gen.Int[9, 10]), (1, Gen.Int[1, 2]), (1, Gen.Int[13, 16]));

    // A reporter's edit: a new figure, mostly as Excel writes it in Swedish, and in an approved round perhaps the reason for it.
    private static Gen<TableEditBase> FillEdit(Gen<string> text) =>
        Gen.Select(Gen.Int[0, 1000], Gen.Frequency((3, SwedishNumber), (1, Number)), Gen.Frequency((1, Gen.Const(string.Empty)), (2, text)))
            .Select((row, value, reason) => (TableEditBase)new Fill(row, value, reason));

    private static Gen<TableEditBase> TableEdit(Gen<string> text) => Gen.Frequency<TableEditBase>(
        (8, FillEdit(text)),
        (12, Gen.SelectMany(Gen.Int[0, 1000], Column, (row, column) => CellFor(column, text).Select(v => (TableEditBase)new SetCell(row, column, v)))),
        (1, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000]).Select((from, to) => (TableEditBase)new CopyRow(from, to))),
        (1, Gen.Int[0, 1000].Select(row => (TableEditBase)new DropRow(row))),
        (1, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 13]).Select((row, keep) => (TableEditBase)new CutRow(row, keep))),
        (1, Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 5], text).Select((row, extra, value) => (TableEditBase)new PadRow(row, extra, value))),
        (1, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000]).Select((a, b) => (TableEditBase)new SwapRows(a, b))),
        (1, Gen.Select(Gen.Int[0, 14], Gen.Frequency((2, Gen.OneOf(OutcomeTable.Columns.ToArray())), (1, Gen.OneOf("värde", " VÄRDE ", "Varde", "Version ", "", "Mätetal id")), (1, text)))
            .Select((column, name) => (TableEditBase)new RenameHeader(column, name))),
        (1, Gen.Int[0, 14].Select(column => (TableEditBase)new DropColumn(column))),
        (1, Gen.Select(Gen.Int[0, 14], Gen.Int[0, 14]).Select((a, b) => (TableEditBase)new SwapColumns(a, b))));

    private static readonly Gen<TextEditBase> TextEdit = Gen.Frequency<TextEditBase>(
        (3, Gen.Select(Gen.Int[0, int.MaxValue], Gen.OneOf(";", ",", "\t", "\"", "\"\"", "\r\n", "\n", "\r", "\0", "\uFEFF", ";;;", "\"\n\"", " "))
            .Select((at, text) => (TextEditBase)new InsertText(at, text))),
        (3, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 40]).Select((at, length) => (TextEditBase)new DeleteText(at, length))),
        (1, Gen.OneOf((";", ","), (";", "\t"), (";", "|"), ("\r\n", "\n"), ("\n", "\r\n"), ("\n", "\r"), ("\"", ""), (",", "."))
            .Select(r => (TextEditBase)new ReplaceText(r.Item1, r.Item2))),
        (1, Gen.Int[0, int.MaxValue].Select(at => (TextEditBase)new CutText(at))));

    private static readonly Gen<CsvFile> CsvMutation = Gen.Select(
        TableEdit(AnyText).Array[0, 5],
        Gen.Frequency((3, Gen.Const(Array.Empty<TextEditBase>())), (2, TextEdit.Array[1, 4])),
        Gen.Frequency((6, Gen.Const(FileEncoding.Utf8Bom)), (1, Gen.Enum<FileEncoding>())),
        (table, text, encoding) => new CsvFile(table, text, encoding));

    // A template filled in as a reporter does: figures in some rows, nothing else touched.
    private static readonly Gen<CsvFile> ReporterFile = FillEdit(AnyText).Array[1, 6].Select(edits => new CsvFile(edits, [], FileEncoding.Utf8Bom));

    private static readonly Gen<ZipEditBase> ZipEdit = Gen.Frequency<ZipEditBase>(
        (4, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte[1, 255]).Select((at, mask) => (ZipEditBase)new FlipByte(at, mask))),
        (2, Gen.Int[0, int.MaxValue].Select(at => (ZipEditBase)new CutBytes(at))),
        (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte.Array[1, 16]).Select((at, bytes) => (ZipEditBase)new InsertBytes(at, bytes))),
        (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 64]).Select((at, length) => (ZipEditBase)new DeleteBytes(at, length))));

    // Edits of the sheet's XML that keep the zip whole: odd cell references, types, values, row numbers, markup.
    private static readonly Gen<TextEditBase> SheetXmlEdit = Gen.Frequency<TextEditBase>(
        (2, Gen.Select(Gen.Int[0, 400], Gen.OneOf("A1", "a1", "A0", "1A", "", "Z", "XFD1", "XFE1", "AZ99", "ZZZZ1", "$A$1", "A-1", "AAAAA1")).Select((n, r) => (TextEditBase)new ReplaceNth(" r=\"", n, $" r=\"{r}\" x=\""))),
        (2, Gen.Select(Gen.Int[0, 400], Gen.OneOf("s", "n", "b", "e", "str", "d", "inlineStr", "bogus", "")).Select((n, t) => (TextEditBase)new ReplaceNth(" t=\"", n, $" t=\"{t}\" y=\""))),
        (1, Gen.Select(Gen.Int[0, 400], Gen.OneOf("-1", "0", "4294967295", "4294967296", "x", "1.5", "")).Select((n, v) => (TextEditBase)new ReplaceNth("<x:v>", n, $"<x:v>{v}"))),
        (1, Gen.Select(Gen.Int[0, 60], Gen.OneOf("0", "4294967295", "2147483648", "x", "-1", "")).Select((n, v) => (TextEditBase)new ReplaceNth("<x:row r=\"", n, $"<x:row r=\"{v}\" z=\""))),
        (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.OneOf("<", ">", "&", "</x:c>", "<x:c/>", "<x:row/>", "<x:c r=\"B2\"><x:v>1</x:v></x:c>", "\"", "<x:is><x:t>", "]]>")).Select((at, text) => (TextEditBase)new InsertText(at, text))),
        (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 30]).Select((at, length) => (TextEditBase)new DeleteText(at, length))));


    private static readonly Gen<(string Org, int Year, bool Stale)> ImportTarget =
        Gen.Select(Gen.OneOf(OpenOrg, LockedOrg), Gen.Frequency((1, Gen.Const(2024)), (3, Gen.Const(2025))), Gen.Int[0, 4])
            .Select((org, year, stale) => (org, year, stale == 0));

    // ---- The mutations ----

    private enum FileEncoding
    {
        Utf8Bom,
        Utf8,
        Utf16,
        Utf16BigEndian,
        Utf32,
        Latin1,
    }

    private sealed record ImportCase(string Org, int Year, bool Stale, bool Preview, CsvFile File, string Format);

    private sealed record Snapshot(
        Dictionary<string, (OutcomeRow Row, string Json)> Outcomes, List<string> Restatements, List<string> History, List<ChangeRow> HistoryRows, string Rest)
    {
        public List<string> OutcomeLines => Outcomes.Select(o => $"{o.Key}: {o.Value.Json}").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A template turned into a CSV file: its table edited, written, its text edited and encoded.</summary>
    private sealed record CsvFile(TableEditBase[] Table, TextEditBase[] Text, FileEncoding Encoding)
    {
        public byte[] Apply(OutcomeTable template)
        {
            using var stream = new MemoryStream();
            CsvTable.Write(Edit(template, Table), stream);
            var text = Text.Aggregate(new UTF8Encoding(false).GetString(stream.ToArray()).TrimStart('\uFEFF'), (t, e) => e.Apply(t));
            return Encoding switch
            {
                FileEncoding.Utf8 => new UTF8Encoding(false).GetBytes(text),
                FileEncoding.Utf16 => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
                FileEncoding.Utf16BigEndian => [.. System.Text.Encoding.BigEndianUnicode.GetPreamble(), .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
                FileEncoding.Utf32 => [.. System.Text.Encoding.UTF32.GetPreamble(), .. System.Text.Encoding.UTF32.GetBytes(text)],
                FileEncoding.Latin1 => System.Text.Encoding.Latin1.GetBytes(text),
                _ => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)],
            };
        }

        public override string ToString() =>
            $"table [{string.Join(", ", Table.Select(e => e.ToString()))}], text [{string.Join(", ", Text.Select(e => e.ToString()))}], {Encoding}";
    }

    /// <summary>An edit of the table as a grid: row 0 is the header; rows and columns are taken modulo the grid's size.</summary>
    private abstract record TableEditBase
    {
        public abstract void Apply(List<List<string>> grid);

        protected static int Body(List<List<string>> grid, int row) => grid.Count < 2 ? -1 : 1 + (row % (grid.Count - 1));
    }

    private sealed record SetCell(int Row, int Column, string Value) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            if (Body(grid, Row) is var r and > 0)
            {
                while (grid[r].Count <= Column)
                {
                    grid[r].Add(string.Empty);
                }

                grid[r][Column] = Value;
            }
        }
    }

    private sealed record Fill(int Row, string Value, string Reason) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            foreach (var (column, value) in new[] { (6, Value), (7, string.Empty), (8, string.Empty), (12, Reason) })
            {
                new SetCell(Row, column, value).Apply(grid);
            }
        }
    }

    private sealed record CopyRow(int From, int To) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            if (Body(grid, From) is var r and > 0)
            {
                grid.Insert(Body(grid, To), [.. grid[r]]);
            }
        }
    }

    private sealed record DropRow(int Row) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            if (Body(grid, Row) is var r and > 0)
            {
                grid.RemoveAt(r);
            }
        }
    }

    private sealed record CutRow(int Row, int Keep) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            if (Body(grid, Row) is var r and > 0 && grid[r].Count > Keep)
            {
                grid[r].RemoveRange(Keep, grid[r].Count - Keep);
            }
        }
    }

    private sealed record PadRow(int Row, int Extra, string Value) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            if (Body(grid, Row) is var r and > 0)
            {
                grid[r].AddRange(Enumerable.Repeat(Value, Extra));
            }
        }
    }

    private sealed record SwapRows(int A, int B) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            if (Body(grid, A) is var a and > 0 && Body(grid, B) is var b)
            {
                (grid[a], grid[b]) = (grid[b], grid[a]);
            }
        }
    }

    private sealed record RenameHeader(int Column, string Name) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            if (grid.Count > 0 && Column < grid[0].Count)
            {
                grid[0][Column] = Name;
            }
        }
    }

    private sealed record DropColumn(int Column) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            foreach (var row in grid.Where(r => Column < r.Count))
            {
                row.RemoveAt(Column);
            }
        }
    }

    private sealed record SwapColumns(int A, int B) : TableEditBase
    {
        public override void Apply(List<List<string>> grid)
        {
            foreach (var row in grid.Where(r => A < r.Count && B < r.Count))
            {
                (row[A], row[B]) = (row[B], row[A]);
            }
        }
    }

    /// <summary>An edit of a file's text; positions are taken modulo its length.</summary>
    private abstract record TextEditBase
    {
        public abstract string Apply(string text);
    }

    private sealed record InsertText(int At, string Text) : TextEditBase
    {
        public override string Apply(string text) => text.Insert(At % (text.Length + 1), Text);
    }

    private sealed record DeleteText(int At, int Length) : TextEditBase
    {
        public override string Apply(string text) => text.Length == 0 ? text : text.Remove(At % text.Length, Math.Min(Length, text.Length - (At % text.Length)));
    }

    private sealed record ReplaceText(string Old, string New) : TextEditBase
    {
        public override string Apply(string text) => text.Replace(Old, New, StringComparison.Ordinal);
    }

    private sealed record CutText(int At) : TextEditBase
    {
        public override string Apply(string text) => text[..(At % (text.Length + 1))];
    }

    /// <summary>Replaces the nth occurrence (modulo their count) of a piece of text.</summary>
    private sealed record ReplaceNth(string Old, int N, string New) : TextEditBase
    {
        public override string Apply(string text)
        {
            var at = new List<int>();
            for (var i = text.IndexOf(Old, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Old, i + 1, StringComparison.Ordinal))
            {
                at.Add(i);
            }

            return at.Count == 0 ? text : text.Remove(at[N % at.Count], Old.Length).Insert(at[N % at.Count], New);
        }
    }


    /// <summary>An edit of a workbook's bytes; positions are taken modulo its length.</summary>
    private abstract record ZipEditBase
    {
        public abstract byte[] Apply(byte[] bytes);
    }

    private sealed record FlipByte(int At, byte Mask) : ZipEditBase
    {
        public override byte[] Apply(byte[] bytes)
        {
            var copy = bytes.ToArray();
            if (copy.Length > 0)
            {
                copy[At % copy.Length] ^= Mask;
            }

            return copy;
        }
    }

    private sealed record CutBytes(int At) : ZipEditBase
    {
        public override byte[] Apply(byte[] bytes) => bytes[..(At % (bytes.Length + 1))];
    }

    private sealed record InsertBytes(int At, byte[] Bytes) : ZipEditBase
    {
        public override byte[] Apply(byte[] bytes) => [.. bytes[..(At % (bytes.Length + 1))], .. Bytes, .. bytes[(At % (bytes.Length + 1))..]];

        public override string ToString() => $"InsertBytes {{ At = {At}, Bytes = {Convert.ToHexString(Bytes)} }}";
    }

    private sealed record DeleteBytes(int At, int Length) : ZipEditBase
    {
        public override byte[] Apply(byte[] bytes) => bytes.Length == 0 ? bytes : [.. bytes[..(At % bytes.Length)], .. bytes[Math.Min(bytes.Length, (At % bytes.Length) + Length)..]];
    }
}
