using System.Text;
using Hallbar.Data.Editing;
using Hallbar.Data.Transfer;
using Hallbar.Domain.Rounds;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Tests.Transfer;

/// <summary>Outcomes in and out through the round's template as CSV and XLSX, on SQLite and PostgreSQL.</summary>
public abstract class OutcomeTransferTests(DatabaseProvider provider) : DemoDatabaseTests(provider)
{
    private static OutcomeTransfer Transfer(HallbarDbContext db) => new(db, TimeProvider.System);

    private async Task<OutcomeTable> TemplateAsync(int year)
    {
        await using var db = Database.Context();
        return (await Transfer(db).TemplateAsync(Org, year))!;
    }

    private static OutcomeTable ThroughCsv(OutcomeTable table)
    {
        using var stream = new MemoryStream();
        CsvTable.Write(table, stream);
        stream.Position = 0;
        return CsvTable.Read(stream).Table!;
    }

    private static OutcomeTable Fill(OutcomeTable table, string measureId, string column, string value, string? series = null)
    {
        var (index, measure, seriesColumn) = (Columns(table, column), Columns(table, OutcomeTable.MeasureIdColumn), Columns(table, OutcomeTable.SeriesColumn));
        return table with
        {
            Rows = table.Rows.Select(r => r.Cells[measure] == measureId && (series is null || r.Cells[seriesColumn] == series)
                ? r with { Cells = r.Cells.Select((c, i) => i == index ? value : c).ToList() }
                : r).ToList(),
        };
    }

    private static int Columns(OutcomeTable table, string column) => table.Header.ToList().IndexOf(column);

    private async Task<ImportResult> ImportAsync(OutcomeTable table, bool preview = false)
    {
        await using var db = Database.Context();
        return await Transfer(db).ImportAsync(Org, table, "rapportor", preview);
    }

    private async Task<decimal?> StoredAsync(string measureId, string period)
    {
        await using var db = Database.Context();
        return (await db.Outcomes.AsNoTracking().SingleOrDefaultAsync(o => o.MeasureId == measureId && o.Period == period && o.SeriesId == "" && o.OrgUnitId == ""))?.Value;
    }

    [Fact]
    public async Task Template_2025_HasEveryReportedMeasureWithItsValueAndOneRowPerSeries()
    {
        var table = await TemplateAsync(2025);
        var measures = table.Rows.Select(r => r.Cells[0]).ToList();

        Assert.Equal(OutcomeTable.Columns, table.Header);
        Assert.Equal(3, measures.Count(m => m == "kemikalier-utfasningslistor"));
        Assert.DoesNotContain("andel-ekologiska-livsmedel", measures);
        var bus = table.Rows.Single(r => r.Cells[0] == "energi-per-fordonskilometer");
        Assert.Equal(("2025", "4,5", "0"), (bus.Cells[3], bus.Cells[6], bus.Cells[11]));
    }

    [Fact]
    public async Task Import_UnchangedTemplate_ChangesNothing()
    {
        var result = await ImportAsync(ThroughCsv(await TemplateAsync(2025)));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Empty(result.Changes);
    }

    [Fact]
    public async Task Import_Preview_ShowsTheChangeAndWritesNothing_ThenImportWritesIt()
    {
        var filled = ThroughCsv(Fill(await TemplateAsync(2025), "matsvinn-per-portion", OutcomeTable.ValueColumn, "84,5"));

        var preview = await ImportAsync(filled, preview: true);
        var before = await StoredAsync("matsvinn-per-portion", "2025");
        var imported = await ImportAsync(filled);

        var change = Assert.Single(preview.Changes);
        Assert.Equal(("86", "84.5", false), (change.Old, change.New, preview.Written));
        Assert.Equal(86m, before);
        Assert.True(imported.Written);
        Assert.Equal(84.5m, await StoredAsync("matsvinn-per-portion", "2025"));
    }

    [Fact]
    public async Task Import_Preview_OfAMissingValue_DescribesItInSwedishAndInEnglish()
    {
        var template = await TemplateAsync(2025);
        var filled = ThroughCsv(Fill(Fill(template, "matsvinn-per-portion", OutcomeTable.ValueColumn, string.Empty), "matsvinn-per-portion", OutcomeTable.MissingColumn, "Vågen är trasig"));

        var change = Assert.Single((await ImportAsync(filled, preview: true)).Changes);

        Assert.Equal(("86", "saknas: Vågen är trasig"), (change.Old, change.New));
        Assert.Equal(("86", "missing: Vågen är trasig"), (change.OldEnglish, change.NewEnglish));
    }

    [Fact]
    public async Task Import_BadRows_ReportsEveryProblemWithRowAndColumnAndWritesNothing()
    {
        var table = await TemplateAsync(2025);
        table = Fill(table, "matsvinn-per-portion", OutcomeTable.ValueColumn, "åttiofyra");
        table = Fill(table, "antibiotikaforskrivning", OutcomeTable.PeriodColumn, "2025-13");
        table = Fill(Fill(table, "riskbedomning-klimatanpassning", OutcomeTable.ValueColumn, "3"), "riskbedomning-klimatanpassning", OutcomeTable.TextColumn, string.Empty);
        table = Fill(table, "energi-per-fordonskilometer", OutcomeTable.ValueColumn, "4,4");
        var rows = table.Rows.GroupBy(r => r.Cells[0]).ToDictionary(g => g.Key, g => g.First().Number);
        table = table with { Rows = [.. table.Rows, new OutcomeTable.Row(99, ["finns-inte", "", "", "2025", "", "", "1", "", "", "", "", "", ""])] };

        var result = await ImportAsync(ThroughCsv(table));

        Assert.False(result.Written);
        Assert.Contains(result.Problems, p => p.Row == rows["matsvinn-per-portion"] && p.Column == OutcomeTable.ValueColumn && p.Reason.Contains("åttiofyra", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Row == rows["antibiotikaforskrivning"] && p.Column == OutcomeTable.PeriodColumn);
        Assert.Contains(result.Problems, p => p.Row == rows["riskbedomning-klimatanpassning"] && p.Column == OutcomeTable.ValueColumn && p.Reason.Contains("kvalitativt", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Row == table.Rows.Count + 1 && p.Column == OutcomeTable.MeasureIdColumn);
        Assert.Equal(4.5m, await StoredAsync("energi-per-fordonskilometer", "2025"));
    }

    [Fact]
    public async Task Import_ValueChangedSinceTheTemplateWasTaken_IsAProblemAtItsRow()
    {
        var template = await TemplateAsync(2025);
        await using (var db = Database.Context())
        {
            var version = (await db.Outcomes.AsNoTracking().SingleAsync(o => o.MeasureId == "matsvinn-per-portion" && o.Period == "2025")).Version;
            await new Editor(db, TimeProvider.System).SetOutcomeAsync(new OutcomeChange(Org, "matsvinn-per-portion", "2025", 85m, version, "anna"));
        }

        var result = await ImportAsync(ThroughCsv(Fill(template, "matsvinn-per-portion", OutcomeTable.ValueColumn, "84")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(OutcomeTable.VersionColumn, problem.Column);
        Assert.Contains("85", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(85m, await StoredAsync("matsvinn-per-portion", "2025"));
    }

    [Fact]
    public async Task Import_ValueMadeMissingSinceTheTemplateWasTaken_SaysSoInSwedishAndInEnglish()
    {
        var template = await TemplateAsync(2025);
        await using (var db = Database.Context())
        {
            var version = (await db.Outcomes.AsNoTracking().SingleAsync(o => o.MeasureId == "matsvinn-per-portion" && o.Period == "2025")).Version;
            await new Editor(db, TimeProvider.System).SetOutcomeAsync(new OutcomeChange(Org, "matsvinn-per-portion", "2025", null, version, "anna", MissingReason: "Vågen är trasig"));
        }

        var result = await ImportAsync(ThroughCsv(Fill(template, "matsvinn-per-portion", OutcomeTable.ValueColumn, "84")));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("(nu saknas: Vågen är trasig, version", problem.Describe(), StringComparison.Ordinal);
        Assert.StartsWith($"row {problem.Row}, {OutcomeTable.VersionColumn}: The value has changed", problem.Describe(english: true), StringComparison.Ordinal);
        Assert.Contains("(now missing: Vågen är trasig, version", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_IntoAnApprovedRound_NeedsAReasonPerRowAndRestates()
    {
        await using (var db = Database.Context())
        {
            var editor = new Editor(db, TimeProvider.System);
            await editor.OpenRoundAsync(Org, 2025, "strateg");
            await editor.MoveRoundAsync(Org, 2025, RoundState.InReview, "strateg");
            await editor.MoveRoundAsync(Org, 2025, RoundState.Approved, "strateg");
        }

        var filled = Fill(await TemplateAsync(2025), "matsvinn-per-portion", OutcomeTable.ValueColumn, "87");
        var refused = await ImportAsync(filled);
        var restated = await ImportAsync(Fill(filled, "matsvinn-per-portion", OutcomeTable.ReasonColumn, "Sent inkommen statistik"));

        Assert.Equal(OutcomeTable.ReasonColumn, Assert.Single(refused.Problems).Column);
        Assert.True(restated.Written);
        Assert.True(Assert.Single(restated.Changes).IsRestatement);
        await using var reading = Database.Context();
        Assert.Single(await reading.Restatements.AsNoTracking().Where(r => r.MeasureId == "matsvinn-per-portion").ToListAsync());
    }

    [Fact]
    public async Task Import_RowsRightAloneButNotTogether_IsRefusedAndWritesNothing()
    {
        // A quarter beside the whole year of the same measure would count the year twice.
        var table = await TemplateAsync(2025);
        var quarter = new OutcomeTable.Row(table.Rows.Count + 2, ["matsvinn-per-portion", "", "", "2025-Q1", "", "", "20", "", "", "", "", "", ""]);

        var result = await ImportAsync(table with { Rows = [.. table.Rows, quarter] });

        Assert.False(result.Written);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("blandar år, kvartal och månader", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("mixes years, quarters and months", problem.English, StringComparison.Ordinal);
        await using var db = Database.Context();
        Assert.False(await db.Outcomes.AnyAsync(o => o.Period == "2025-Q1"));
    }

    [Fact]
    public async Task Xlsx_TemplateWrittenAndReadBack_IsTheSameTableWithFiguresAsNumbers()
    {
        var template = await TemplateAsync(2025);
        using var stream = new MemoryStream();
        XlsxTable.Write(template, stream);
        stream.Position = 0;

        var (read, problem) = XlsxTable.Read(stream);

        Assert.Null(problem);
        Assert.Equal(template.Header, read!.Header);
        Assert.Equal(template.Rows.Count, read.Rows.Count);
        Assert.Equal(
            template.Rows.Select(r => OutcomeTransfer.ParseNumber(r.Cells[6])),
            read.Rows.Select(r => OutcomeTransfer.ParseNumber(r.Cells.ElementAtOrDefault(6) ?? string.Empty)));
        Assert.Empty((await ImportAsync(read)).Changes);
    }

    [Fact]
    public async Task Import_ManyNewValues_AreWrittenInBulkWithOneHistoryEntryNamingTheFile()
    {
        var (rows, result) = await ImportManyNewValuesAsync();

        Assert.True(result.Written, string.Join("; ", result.Problems));
        Assert.Equal(rows.Count, result.Changes.Count);
        await using var reading = Database.Context();
        var loaded = (await new ModelStore(reading, TimeProvider.System).LoadAsync("many"))!;
        Assert.Equal(rows.Count, loaded.AllMeasures().Sum(m => m.Outcomes.Count));
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(i => i + 0.5m).Order(), loaded.AllMeasures().SelectMany(m => m.Outcomes).Select(o => o.Value!.Value).Order());
        var history = new Editor(reading, TimeProvider.System);
        Assert.Empty(await history.HistoryAsync("many", "outcome"));
        var entry = Assert.Single(await history.HistoryAsync("many", "import"));
        Assert.Equal(("utfall.csv", "import"), (entry.Key, entry.ChangedBy));
        Assert.StartsWith("900 new outcomes of 60 measures, 2011–2025", entry.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NewValuesBesideChangedOnes_ChangedOnesKeepTheirOwnHistory()
    {
        // A year that has values and one that has none, in one file: each changed value with its old
        // value and who changed it, the new ones together in one entry.
        var table = await TemplateAsync(2025);
        var changed = ThroughCsv(Fill(table, "matsvinn-per-portion", OutcomeTable.ValueColumn, "84,5"));
        var measureColumn = Columns(table, OutcomeTable.MeasureIdColumn);
        var fresh = (await TemplateAsync(2026)).Rows
            .Where(r => r.Cells[measureColumn] is "matsvinn-per-portion" or "antibiotikaforskrivning")
            .Select((r, i) => r with { Number = changed.Rows.Count + 2 + i, Cells = r.Cells.Select((c, column) => column == Columns(table, OutcomeTable.ValueColumn) ? "80" : c).ToList() });

        var result = await ImportAsync(changed with { Rows = [.. changed.Rows, .. fresh] });

        Assert.True(result.Written, string.Join("; ", result.Problems));
        await using var db = Database.Context();
        var history = new Editor(db, TimeProvider.System);
        var own = Assert.Single(await history.HistoryAsync(Org, "outcome", Editor.OutcomeKey("matsvinn-per-portion", "2025")));
        Assert.Equal(("86", "84.5", "rapportor"), (own.OldValue, own.NewValue, own.ChangedBy));
        var entry = Assert.Single(await history.HistoryAsync(Org, "import"));
        Assert.StartsWith($"{result.Changes.Count(c => c.Old is null)} new outcomes", entry.NewValue, StringComparison.Ordinal);
        Assert.Equal(80m, await StoredAsync("matsvinn-per-portion", "2026"));
    }

    [Fact]
    public async Task Import_WithProgress_ReportsEachStepUpToItsEnd()
    {
        var filled = ThroughCsv(Fill(await TemplateAsync(2025), "matsvinn-per-portion", OutcomeTable.ValueColumn, "84,5"));
        var reports = new Reports();

        await using var db = Database.Context();
        var result = await Transfer(db).ImportAsync(Org, filled, "rapportor", preview: false, progress: reports);

        Assert.True(result.Written);
        Assert.Equal([ImportStep.Checking, ImportStep.Writing, ImportStep.CheckingWhole], reports.All.Select(r => r.Step).Distinct());
        Assert.All(reports.All.GroupBy(r => r.Step), step => Assert.True(step.Last().Done == step.Last().Total && step.Last().Total > 0, $"{step.Key} ends at {step.Last()}."));
        Assert.Equal(filled.Rows.Count, reports.All.Last(r => r.Step == ImportStep.Checking).Total);
    }

    /// <summary>Every report as it is made, on the reporting thread.</summary>
    private sealed class Reports : IProgress<ImportProgress>
    {
        public List<ImportProgress> All { get; } = [];

        public void Report(ImportProgress value)
        {
            lock (All)
            {
                All.Add(value);
            }
        }
    }

    /// <summary>60 (or more) measures × 15 years of values that were not there: the first load of a new organization, right after its model.</summary>
    protected async Task<(List<OutcomeTable.Row> Rows, ImportResult Result)> ImportManyNewValuesAsync(int measures = 60)
    {
        var model = ManyMeasures(measures);
        await using (var db = Database.Context())
        {
            await new ModelStore(db, TimeProvider.System).SaveAsync(model);
        }

        var rows = model.AllMeasures()
            .SelectMany(m => Enumerable.Range(2011, 15).Select(y => (m.Id, Year: y)))
            .Select((r, i) => new OutcomeTable.Row(i + 2, [r.Id, "", "", r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "", $"{i},5", "", "", "", "", "", ""]))
            .ToList();

        await using var writing = Database.Context();
        return (rows, await Transfer(writing).ImportAsync("many", new OutcomeTable(OutcomeTable.Columns, rows), "import", preview: false, source: "utfall.csv"));
    }

    private static Domain.OrganizationModel ManyMeasures(int count) => new()
    {
        Organization = new Domain.Organizations.Organization("many", "Många mätetal", "kommun", []),
        Scales = [Domain.Assessment.AssessmentScale.Default],
        DefaultScaleId = Domain.Assessment.AssessmentScale.Default.Id,
        Goals =
        [
            new Domain.Goals.GoalNode
            {
                Id = "mal",
                Kind = Domain.Goals.NodeKind.Goal,
                Name = "Mål",
                Measures = Enumerable.Range(0, count).Select(i => new Domain.Measures.Measure
                {
                    Id = $"m{i}",
                    Name = $"Mätetal {i}",
                    Unit = "st",
                    Direction = Domain.Measures.Direction.Increase,
                    Rule = new Domain.Assessment.PreviousYearRule(),
                }).ToList(),
            },
        ],
    };

    [Theory]
    // A file that is not what it claims must be a problem, never a crash.
    [InlineData("inte en arbetsbok")]
    [InlineData("")]
    public void Read_FileThatIsNotATable_IsAProblem(string content)
    {
        using var xlsx = new MemoryStream(Encoding.UTF8.GetBytes(content));
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(content));

        Assert.NotNull(XlsxTable.Read(xlsx).Problem);
        var (table, problem) = CsvTable.Read(csv);
        Assert.True(problem is not null || table!.Rows.Count == 0);
    }
}

public sealed class SqliteOutcomeTransferTests() : OutcomeTransferTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlOutcomeTransferTests() : OutcomeTransferTests(DatabaseProvider.PostgreSql)
{
    [Fact]
    public async Task Import_ManyNewValuesRightAfterTheirModel_HasTheMeasuresAnalyzedFirst()
    {
        // Never analyzed, the measures table makes PostgreSQL check each new row's foreign key with a
        // scan of every measure: a million rows took 90 s instead of 7.
        var (_, result) = await ImportManyNewValuesAsync();

        Assert.True(result.Written, string.Join("; ", result.Problems));
        await using var db = Database.Context();
        await db.Database.OpenConnectionAsync();
        await using var analyzed = db.Database.GetDbConnection().CreateCommand();
        analyzed.CommandText = """SELECT reltuples >= 0 FROM pg_class WHERE oid = '"measures"'::regclass""";
        Assert.Equal(true, await analyzed.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Import_MoreNewValuesThanTheTableHolds_LeavesItsIndexesAndKeysAsTheyWere()
    {
        // Enough new rows for the import to set the unique index and the foreign key aside while it
        // copies, and to make them again from their definitions before it commits.
        var before = await IndexesAndKeysAsync(Database.Settings);

        var (rows, result) = await ImportManyNewValuesAsync(measures: 700);

        Assert.True(rows.Count >= BulkOutcomeWriter.SetAsideFrom);
        Assert.True(result.Written, string.Join("; ", result.Problems));
        Assert.Equal(before, await IndexesAndKeysAsync(Database.Settings));
        await using var db = Database.Context();
        Assert.Equal(rows.Count, await db.Outcomes.CountAsync(o => o.OrganizationId == "many"));
        Assert.Single(await new Editor(db, TimeProvider.System).HistoryAsync("many", "import"));
    }

    [Fact]
    public async Task Import_ManyNewValuesWhileAnotherSessionReadsTheTable_WaitsThenCopiesTheSlowWay()
    {
        // A reader in a long transaction keeps the table from being had alone: the import does not
        // wait for it longer than it allows, and copies into the table as it is.
        await using var reader = Database.Context();
        await using var reading = await reader.Database.BeginTransactionAsync();
        _ = await reader.Outcomes.CountAsync();

        var (rows, result) = await ImportManyNewValuesAsync(measures: 700);

        Assert.True(result.Written, string.Join("; ", result.Problems));
        await using var db = Database.Context();
        Assert.Equal(rows.Count, await db.Outcomes.CountAsync(o => o.OrganizationId == "many"));
    }

    /// <summary>The definitions of the outcomes table's indexes and constraints.</summary>
    internal static async Task<string> IndexesAndKeysAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        return string.Join("\n", await db.Database.SqlQueryRaw<string>(
            """
            SELECT pg_get_indexdef(indexrelid) AS "Value" FROM pg_index WHERE indrelid = '"outcomes"'::regclass
            UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint WHERE conrelid = '"outcomes"'::regclass
            ORDER BY 1
            """).ToListAsync());
    }
}
