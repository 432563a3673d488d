using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Periods;
using Microsoft.EntityFrameworkCore;
using static Hallbar.Data.Transfer.OutcomeTable;

namespace Hallbar.Data.Transfer;

/// <summary>
/// Outcomes in and out as a table: the template of a round (the measures, units and periods a
/// reporter fills in, for the whole organization or one org unit), and the import of a filled-in
/// table — every problem found at once with row, column and reason, a preview of what would
/// change, and all of it written or nothing.
/// </summary>
public sealed class OutcomeTransfer(HallbarDbContext db, TimeProvider time)
{
    /// <summary>How often a long step says how far it has come, in rows.</summary>
    internal const int ProgressEvery = 10_000;

    /// <summary>The table to fill in for a report year: every measure reported that year, with what is already entered.</summary>
    public async Task<OutcomeTable?> TemplateAsync(string organizationId, int year, string? orgUnitId = null, CancellationToken cancellationToken = default)
    {
        if (await new ModelStore(db, time).ReadRowsAsync(organizationId, cancellationToken) is not { } organization)
        {
            return null;
        }

        var model = ModelStore.Load(organization);
        var stored = organization.Outcomes.ToDictionary(o => (o.MeasureId, o.Period, o.SeriesId, o.OrgUnitId));
        var rows = new List<Row>();
        foreach (var measure in model.AllMeasures().Where(m => m.IsReportedIn(year)))
        {
            // A unit fills in measures made of unit values; the organization fills in the others.
            if (orgUnitId is not null && measure.UnitAggregation == Aggregation.None)
            {
                continue;
            }

            var periods = measure.Outcomes.Any(o => o.Period.Kind == PeriodKind.Quarter)
                ? Enumerable.Range(1, 4).Select(q => Period.OfQuarter(year, q).ToString())
                : [year.ToString(CultureInfo.InvariantCulture)];
            var series = measure.Kind == MeasureKind.Composite
                ? measure.Series.Where(s => s.Role == SeriesRole.Component).Select(s => s.Id)
                : [string.Empty];
            foreach (var period in periods)
            {
                foreach (var seriesId in series)
                {
                    stored.TryGetValue((measure.Id, period, seriesId, orgUnitId ?? string.Empty), out var current);
                    rows.Add(new Row(rows.Count + 2,
                    [
                        measure.Id, measure.Name, measure.Kind == MeasureKind.ChangeFromBase ? "%" : measure.Unit ?? string.Empty, period, seriesId, orgUnitId ?? string.Empty,
                        current?.Value?.ToString(CultureInfo.GetCultureInfo("sv-SE")) ?? string.Empty, current?.Text ?? string.Empty, current?.MissingReason ?? string.Empty,
                        current?.Source ?? string.Empty, current?.Comment ?? string.Empty,
                        current?.Version.ToString(CultureInfo.InvariantCulture) ?? string.Empty, string.Empty,
                    ]));
                }
            }
        }

        return new OutcomeTable(Columns, rows);
    }

    /// <summary>
    /// Reads a filled-in table into the organization; with <paramref name="preview"/>, only says what
    /// would change. Values that were not there before are written at the database's bulk speed and
    /// named together in one history entry (<paramref name="source"/>, the file, and how many); a value
    /// that changes goes through the editor, with its version check and its own history entry.
    /// </summary>
    public Task<ImportResult> ImportAsync(
        string organizationId, OutcomeTable table, string changedBy, bool preview, string? source = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(organizationId, Task.FromResult<(OutcomeTable?, TableProblem?)>((table, null)), changedBy, preview, source, progress, cancellationToken);

    /// <summary>
    /// The same for a table still being read (<paramref name="reading"/>: the table, or the problem that
    /// keeps it from being read): the organization is read from the database meanwhile.
    /// </summary>
    public async Task<ImportResult> ImportAsync(
        string organizationId, Task<(OutcomeTable? Table, TableProblem? Problem)> reading, string changedBy, bool preview, string? source = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // An import reads, checks and writes in one transaction: on SQLite no one else writes in
        // between, so the rows are checked against what they are written over.
        await using var transaction = preview ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        var store = new ModelStore(db, time);
        if (await store.ReadRowsAsync(organizationId, cancellationToken) is not { } stored)
        {
            var missing = EditResult.OrganizationMissing(organizationId);
            return new ImportResult([new TableProblem(1, "-", missing.Message, missing.English)], [], false);
        }

        var rounds = await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == organizationId).ToDictionaryAsync(r => r.Year, r => r.State, cancellationToken);
        var model = ModelStore.Load(stored);
        var (table, unreadable) = await reading;
        var problems = new List<TableProblem>();
        if (table is null || Layout.Of(table.Header, problems) is not { } layout)
        {
            return new ImportResult(table is null ? [unreadable!] : problems, [], false);
        }

        var (changes, periodRanks) = Check(table, layout, stored, model, rounds, problems, progress);
        if (problems.Count > 0 || transaction is null)
        {
            return new ImportResult(problems, new Differences(changes), false);
        }

        problems = changes.Count == 0 ? [] : await WriteAsync(store, stored, changes, periodRanks, changedBy, source, progress, cancellationToken);
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportResult(problems, [], false);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ImportResult([], new Differences(changes), true);
    }

    /// <summary>Every row checked, every problem in <paramref name="problems"/>; the rows that change an outcome.</summary>
    private static (List<Change> Changes, int[] PeriodRanks) Check(
        OutcomeTable table, Layout layout, OrganizationRows stored, OrganizationModel model, Dictionary<int, string> rounds, List<TableProblem> problems,
        IProgress<ImportProgress>? progress)
    {
        // An outcome's key (measure, period, series, unit) as four numbers: each of a million rows is
        // looked up twice by it (a row before it with the same key, the value stored), and numbers
        // hash and compare much faster than strings. Each is a rank in its ids' ordinal order (0 is
        // "none" for a series and a unit; periods ranked once all are met), so that the keys also sort
        // as the unique index does.
        var measures = Ranked(model.AllMeasures(), m => m.Id).ToDictionary(m => m.Item.Id,
            m => (Measure: m.Item, Key: m.Rank, Series: Ranked(m.Item.Series, s => s.Id).ToDictionary(s => s.Item.Id, s => s.Rank + 1, StringComparer.Ordinal)), StringComparer.Ordinal);
        var units = Ranked(model.Organization.Units.Select(u => u.Id).Prepend(string.Empty), id => id).ToDictionary(u => u.Item, u => u.Rank, StringComparer.Ordinal);
        var periodKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        int PeriodKey(string period) => periodKeys.TryGetValue(period, out var key) ? key : periodKeys[period] = periodKeys.Count;
        static int SeriesKey(Dictionary<string, int> series, string id) => id.Length == 0 ? 0 : series.GetValueOrDefault(id);

        var outcomes = new Dictionary<(int, int, int, int), OutcomeRow>(stored.Outcomes.Count);
        foreach (var o in stored.Outcomes)
        {
            // A stored value of a series or unit the model does not have cannot be a row's that passes the checks.
            if (measures.TryGetValue(o.MeasureId, out var m) && units.TryGetValue(o.OrgUnitId, out var u) && SeriesKey(m.Series, o.SeriesId) is var s && (s > 0 || o.SeriesId.Length == 0))
            {
                outcomes[(m.Key, PeriodKey(o.Period), s, u)] = o;
            }
        }

        var periods = new Dictionary<string, (Period Period, string Text, int Key)?>(StringComparer.Ordinal);
        var seen = new Dictionary<(int, int, int, int), int>(table.Rows.Count);
        var changes = new List<Change>(table.Rows.Count);

        for (var index = 0; index < table.Rows.Count; index++)
        {
            if (index % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress(ImportStep.Checking, index, table.Rows.Count));
            }

            var row = table.Rows[index];
            string Cell(int column) => column >= 0 && column < row.Cells.Count ? row.Cells[column].Trim() : string.Empty;
            void Problem(string column, string reason, string english) => problems.Add(new TableProblem(row.Number, column, reason, english));

            var (valueText, text, missing) = (Cell(layout.Value), Cell(layout.Text), Cell(layout.Missing));
            if (valueText.Length == 0 && text.Length == 0 && missing.Length == 0)
            {
                continue;
            }

            var count = problems.Count;
            if (!measures.TryGetValue(Cell(layout.MeasureId), out var measured))
            {
                Problem(MeasureIdColumn, $"Okänt mätetal '{Cell(layout.MeasureId)}'.", $"Unknown measure '{Cell(layout.MeasureId)}'.");
                continue;
            }

            var (measure, measureKey, measureSeries) = measured;
            var periodText = Cell(layout.Period);
            if (!periods.TryGetValue(periodText, out var period))
            {
                // A file has few periods: each is read and written out once.
                periods[periodText] = period = Period.TryParse(periodText) is { } parsed ? (parsed, parsed.ToString(), PeriodKey(parsed.ToString())) : null;
            }

            if (period is null)
            {
                Problem(PeriodColumn, $"'{periodText}' är ingen period: skriv 2025, 2025-Q2 eller 2025-03.", $"'{periodText}' is not a period: write 2025, 2025-Q2 or 2025-03.");
            }

            var series = Cell(layout.Series);
            var seriesKey = SeriesKey(measureSeries, series);
            if (series.Length > 0 && seriesKey == 0)
            {
                var ids = string.Join(", ", measure.Series.Select(s => s.Id));
                Problem(SeriesColumn, $"Mätetalet har ingen delserie '{series}'; det har {(ids.Length > 0 ? ids : "inga")}.",
                    $"The measure has no series '{series}'; it has {(ids.Length > 0 ? ids : "none")}.");
            }

            var unit = Cell(layout.OrgUnit);
            if (!units.TryGetValue(unit, out var unitKey))
            {
                Problem(OrgUnitColumn, $"Okänd förvaltning '{unit}'.", $"Unknown org unit '{unit}'.");
            }

            decimal? value = null;
            if (valueText.Length > 0)
            {
                value = ParseNumber(valueText);
                if (value is null)
                {
                    Problem(ValueColumn, $"'{valueText}' är inget tal.", $"'{valueText}' is not a number.");
                }
            }

            if ((valueText.Length > 0 ? 1 : 0) + (text.Length > 0 ? 1 : 0) + (missing.Length > 0 ? 1 : 0) != 1)
            {
                Problem(ValueColumn, $"Fyll i exakt en av {ValueColumn}, {TextColumn} och {MissingColumn}.", $"Fill in exactly one of {ValueColumn}, {TextColumn} and {MissingColumn}.");
            }
            else if (measure.Kind == MeasureKind.Qualitative && valueText.Length > 0)
            {
                Problem(ValueColumn, $"Mätetalet är kvalitativt: skriv utfallet i kolumnen {TextColumn}.", $"The measure is qualitative: write the outcome in the column {TextColumn}.");
            }
            else if (measure.Kind != MeasureKind.Qualitative && text.Length > 0)
            {
                Problem(TextColumn, $"Mätetalet är numeriskt: skriv utfallet som ett tal i kolumnen {ValueColumn}.", $"The measure is numeric: write the outcome as a number in the column {ValueColumn}.");
            }

            int? version = null;
            if (Cell(layout.Version) is { Length: > 0 } versionText)
            {
                if (int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                {
                    version = v;
                }
                else
                {
                    Problem(VersionColumn, $"'{versionText}' är ingen version; låt kolumnen stå som i mallen.", $"'{versionText}' is not a version; leave the column as it is in the template.");
                }
            }

            if (problems.Count > count || period is not var (p, canonical, periodKey))
            {
                continue;
            }

            var key = (measureKey, periodKey, seriesKey, unitKey);
            if (!seen.TryAdd(key, row.Number))
            {
                Problem(MeasureIdColumn, $"Samma mätetal och period som rad {seen[key]}.", $"The same measure and period as row {seen[key]}.");
                continue;
            }

            outcomes.TryGetValue(key, out var current);
            if (current?.Version != version)
            {
                if (current is null)
                {
                    Problem(VersionColumn, "Värdet finns inte längre i databasen; hämta en ny mall.", "The value is no longer in the database; download a new template.");
                }
                else
                {
                    Problem(VersionColumn, $"Värdet har ändrats i Hallbar sedan mallen hämtades (nu {Editor.Describe(current)}, version {current.Version}); hämta en ny mall.",
                        $"The value has changed in Hallbar since the template was downloaded (now {Editor.Describe(current, english: true)}, version {current.Version}); download a new template.");
                }

                continue;
            }

            var next = new OutcomeRow
            {
                OrganizationId = stored.Organization.Id,
                MeasureId = measure.Id,
                Period = canonical,
                SeriesId = series,
                OrgUnitId = unit,
                Value = value,
                Text = NullIfEmpty(text),
                MissingReason = NullIfEmpty(missing),
                Source = NullIfEmpty(Cell(layout.Source)),
                Comment = NullIfEmpty(Cell(layout.Comment)),
                Version = (version ?? 0) + 1,
            };
            if (current is not null && current.Value == next.Value && current.Text == next.Text && current.MissingReason == next.MissingReason
                && current.Source == next.Source && current.Comment == next.Comment)
            {
                continue;
            }

            var locked = rounds.TryGetValue(p.Year, out var state) && state is "Approved" or "Published";
            var reason = NullIfEmpty(Cell(layout.Reason));
            if (locked && reason is null)
            {
                Problem(ReasonColumn, $"Rapportomgången {p.Year} är godkänd: en ändring är en omräkning och kräver ett skäl, som blir fotnoten i redovisningen.",
                    $"The reporting round {p.Year} is approved: a change is a restatement and needs a reason, which becomes the footnote in the report.");
                continue;
            }

            changes.Add(new Change(row.Number, measure.Name, current, next, reason, locked, key));
        }

        // Periods were numbered as they came; their ranks in ordinal order make the keys sort as the index does.
        var periodRanks = new int[periodKeys.Count];
        foreach (var (period, rank) in Ranked(periodKeys, p => p.Key))
        {
            periodRanks[period.Value] = rank;
        }

        progress?.Report(new ImportProgress(ImportStep.Checking, table.Rows.Count, table.Rows.Count));
        return (changes, periodRanks);
    }

    /// <summary>The items in the ordinal order of their ids, each with its rank.</summary>
    private static IEnumerable<(T Item, int Rank)> Ranked<T>(IEnumerable<T> items, Func<T, string> id) =>
        items.OrderBy(id, StringComparer.Ordinal).Select((item, rank) => (item, rank));

    /// <summary>
    /// Writes the changes in the current transaction, changed values through the editor and new ones
    /// in bulk, and checks the whole with them; the problems that keep the import from being committed.
    /// </summary>
    private async Task<List<TableProblem>> WriteAsync(
        ModelStore store, OrganizationRows stored, List<Change> changes, int[] periodRanks, string changedBy, string? source, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        // Positions continue each measure's list in the order the rows are written, as the editor counts them.
        var positions = stored.Outcomes.CountBy(o => o.MeasureId, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (var change in changes.Where(c => c is { Stored: null, IsNew: false }).Concat(changes.Where(c => c.IsNew)))
        {
            change.Next.Position = CollectionsMarshal.GetValueRefOrAddDefault(positions, change.Next.MeasureId, out _)++;
        }

        var editor = new Editor(db, time);
        var done = 0;
        void Written(int count) => progress?.Report(new ImportProgress(ImportStep.Writing, count, changes.Count));
        foreach (var change in changes.Where(c => !c.IsNew))
        {
            var next = change.Next;
            var result = await editor.SetOutcomeAsync(new OutcomeChange(next.OrganizationId, next.MeasureId, next.Period, next.Value, change.Stored?.Version, changedBy,
                next.Text, next.MissingReason, NullIfEmpty(next.SeriesId), NullIfEmpty(next.OrgUnitId), next.Source, next.Comment, change.Reason), cancellationToken);
            if (!result.IsSaved)
            {
                // Someone changed a value while the file was read: nothing of the file is kept.
                return [new TableProblem(change.Row, VersionColumn, result.Message, result.English)];
            }

            Written(++done);
        }

        // Each row was right on its own; the whole must still hold together (a year given both as a
        // whole and as quarters, units beside their parent): checked before anything is committed,
        // with the outcomes as written in place of those read, on another core while the database
        // takes the new values.
        var restatements = changes.Any(c => c.IsRestatement) ? await store.RestatementsAsync(stored.Organization.Id, cancellationToken) : stored.Restatements;
        var whole = Task.Run(() => ModelStore.Read(stored with { Outcomes = AsWritten(stored.Outcomes, changes), Restatements = restatements }), cancellationToken);
        var fresh = NewInIndexOrder(changes, periodRanks);
        TableProblem? taken = null;
        if (fresh.Count > 0)
        {
            try
            {
                await BulkOutcomeWriter.WriteAsync(db, fresh, count => Written(done + count), cancellationToken);
                db.Changes.Add(ImportEntry(fresh, changedBy, source));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbException e) when (BulkOutcomeWriter.IsKeyTaken(e))
            {
                // A value created by someone else meanwhile makes the key taken: nothing of the file is kept.
                taken = new TableProblem(changes.First(c => c.IsNew).Row, VersionColumn, "Värden har lagts in av någon annan medan filen lästes in. Inget sparades; hämta en ny mall.",
                    "Someone else entered values while the file was being imported. Nothing was saved; download a new template.");
            }
        }

        Written(changes.Count);
        progress?.Report(new ImportProgress(ImportStep.CheckingWhole, 0, 0));
        var checkedWhole = await whole;
        progress?.Report(new ImportProgress(ImportStep.CheckingWhole, 1, 1));
        return taken is not null ? [taken]
            : checkedWhole.Errors.Select(e => new TableProblem(1, "-", $"Med filens värden hänger utfallen inte ihop: {e.Path}: {e.Message}",
                $"With the file's values, the outcomes do not fit together: {e.Path}: {e.English}")).ToList();
    }

    /// <summary>
    /// The new values in the order of the unique index: written so, the rows go into one stretch of
    /// the index after the other instead of all over it, and PostgreSQL's index built at the end finds
    /// its sort done (half its time). Sorted by one number made of the key's four ranks; a key too
    /// large for it (no organization has 2^24 measures) leaves them as they are, which is only slower.
    /// </summary>
    private static List<OutcomeRow> NewInIndexOrder(List<Change> changes, int[] periodRanks)
    {
        var (rows, keys, fits) = (new List<OutcomeRow>(changes.Count), new List<long>(changes.Count), true);
        foreach (var (change, key) in changes.Where(c => c.IsNew).Select(c => (c.Next, c.Key with { Period = periodRanks[c.Key.Period] })))
        {
            rows.Add(change);
            keys.Add(((long)key.Measure << 39) | ((long)key.Period << 23) | ((long)key.Series << 15) | (long)key.Unit);
            fits &= key is { Measure: < 1 << 24, Period: < 1 << 16, Series: < 1 << 8, Unit: < 1 << 15 };
        }

        if (fits)
        {
            CollectionsMarshal.AsSpan(keys).Sort(CollectionsMarshal.AsSpan(rows));
        }

        return rows;
    }

    /// <summary>
    /// The history of values that were not there before: one entry names the file, who, when and
    /// how many. Each value's own entry would say no more than the value itself (old: none, version
    /// 1), and writing a million of them would double the import; a later change of any of them gets
    /// its own entry, with the imported value as the old one.
    /// </summary>
    private ChangeRow ImportEntry(List<OutcomeRow> fresh, string changedBy, string? source) => new()
    {
        OrganizationId = fresh[0].OrganizationId,
        Subject = "import",
        Key = source ?? "tabell",
        NewValue = $"{fresh.Count} new outcomes of {fresh.DistinctBy(o => o.MeasureId).Count()} measures, "
            + $"{fresh.MinBy(o => o.Period, StringComparer.Ordinal)!.Period}–{fresh.MaxBy(o => o.Period, StringComparer.Ordinal)!.Period}",
        ChangedBy = changedBy,
        ChangedAt = time.GetUtcNow(),
        Reason = $"Utfall inlästa ur {source ?? "en tabell"}",
    };

    /// <summary>The organization's outcomes as the import leaves them: changed ones replaced, new ones added.</summary>
    private static List<OutcomeRow> AsWritten(IReadOnlyList<OutcomeRow> stored, List<Change> changes)
    {
        var replaced = changes.Where(c => c.Stored is not null).ToDictionary(c => c.Stored!, c => c.Next);
        return [.. stored.Select(o => replaced.GetValueOrDefault(o, o)), .. changes.Where(c => c.Stored is null).Select(c => c.Next)];
    }

    /// <summary>A row that changes an outcome: its number in the file, the outcome as stored (null: none) and as it becomes, its key (the period as met, see Check's period ranks).</summary>
    private readonly record struct Change(
        int Row, string MeasureName, OutcomeRow? Stored, OutcomeRow Next, string? Reason, bool IsRestatement, (int Measure, int Period, int Series, int Unit) Key)
    {
        /// <summary>A value that was not there, outside an approved round: nothing to check it against, nothing to restate.</summary>
        public bool IsNew => Stored is null && !IsRestatement;

        public OutcomeDifference Difference => new(Row, Next.MeasureId, MeasureName, Next.Period, NullIfEmpty(Next.SeriesId), NullIfEmpty(Next.OrgUnitId),
            Stored is null ? null : Editor.Describe(Stored), Editor.Describe(Next), IsRestatement,
            Stored is null ? null : Editor.Describe(Stored, english: true), Editor.Describe(Next, english: true));
    }

    /// <summary>The changes as the caller reads them, each made when read: an import of a million values shows a few.</summary>
    private sealed class Differences(List<Change> changes) : IReadOnlyList<OutcomeDifference>
    {
        public int Count => changes.Count;

        public OutcomeDifference this[int index] => changes[index].Difference;

        public IEnumerator<OutcomeDifference> GetEnumerator() => changes.Select(c => c.Difference).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Where the template's columns are in a table's header; null, with the problems, when one it needs is missing.</summary>
    private sealed record Layout(int MeasureId, int Period, int Series, int OrgUnit, int Value, int Text, int Missing, int Source, int Comment, int Version, int Reason)
    {
        public static Layout? Of(IReadOnlyList<string> header, List<TableProblem> problems)
        {
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                columns.TryAdd(header[i].Trim(), i);
            }

            foreach (var required in new[] { MeasureIdColumn, PeriodColumn, ValueColumn, VersionColumn })
            {
                if (!columns.ContainsKey(required))
                {
                    problems.Add(new TableProblem(1, required, $"Kolumnen '{required}' saknas; rubrikraden ska vara som i mallen: {string.Join("; ", Columns)}.",
                        $"The column '{required}' is missing; the header row should be as in the template: {string.Join("; ", Columns)}."));
                }
            }

            int At(string column) => columns.GetValueOrDefault(column, -1);
            return problems.Count > 0 ? null : new Layout(At(MeasureIdColumn), At(PeriodColumn), At(SeriesColumn), At(OrgUnitColumn), At(ValueColumn),
                At(TextColumn), At(MissingColumn), At(SourceColumn), At(CommentColumn), At(VersionColumn), At(ReasonColumn));
        }
    }

    /// <summary>A number as a Swedish or an English spreadsheet writes it: "4,5", "4.5", "1 234,5", "-36".</summary>
    public static decimal? ParseNumber(string text)
    {
        // Spaces left out, the minus sign as a hyphen, a decimal comma as a point: in a buffer of
        // its own, since a million figures would otherwise make several strings each.
        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        var (length, comma, point) = (0, false, false);
        foreach (var c in text)
        {
            if (c is ' ' or '\u00A0')
            {
                continue;
            }

            comma |= c == ',';
            point |= c == '.';
            buffer[length++] = c switch { '\u2212' => '-', ',' => '.', _ => c };
        }

        return !(comma && point) && decimal.TryParse(buffer[..length].TrimEnd('%'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
