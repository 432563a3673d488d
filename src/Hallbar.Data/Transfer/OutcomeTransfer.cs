using System.Data.Common;
using System.Globalization;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
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
    /// <summary>The table to fill in for a report year: every measure reported that year, with what is already entered.</summary>
    public async Task<OutcomeTable?> TemplateAsync(string organizationId, int year, string? orgUnitId = null, CancellationToken cancellationToken = default)
    {
        if (await new ModelStore(db, time).LoadAsync(organizationId, cancellationToken) is not { } model)
        {
            return null;
        }

        var stored = (await db.Outcomes.AsNoTracking().Where(o => o.OrganizationId == organizationId).ToListAsync(cancellationToken))
            .ToDictionary(o => (o.MeasureId, o.Period, o.SeriesId, o.OrgUnitId));
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

    /// <summary>Reads a filled-in table into the organization; with <paramref name="preview"/>, only says what would change.</summary>
    public async Task<ImportResult> ImportAsync(string organizationId, OutcomeTable table, string changedBy, bool preview, CancellationToken cancellationToken = default)
    {
        if (await new ModelStore(db, time).LoadAsync(organizationId, cancellationToken) is not { } model)
        {
            return new ImportResult([new TableProblem(1, "-", $"Organisationen '{organizationId}' finns inte.")], [], false);
        }

        var problems = new List<TableProblem>();
        var columns = Map(table.Header, problems);
        if (problems.Count > 0)
        {
            return new ImportResult(problems, [], false);
        }

        var rounds = await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == organizationId).ToDictionaryAsync(r => r.Year, r => r.State, cancellationToken);
        var stored = (await db.Outcomes.AsNoTracking().Where(o => o.OrganizationId == organizationId).ToListAsync(cancellationToken))
            .ToDictionary(o => (o.MeasureId, o.Period, o.SeriesId, o.OrgUnitId));
        var measures = model.AllMeasures().ToDictionary(m => m.Id, StringComparer.Ordinal);
        var units = model.Organization.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<(string, string, string, string), int>();
        var changes = new List<(OutcomeChange Change, OutcomeDifference Difference)>();

        foreach (var row in table.Rows)
        {
            string Cell(string column) => columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : string.Empty;
            void Problem(string column, string reason) => problems.Add(new TableProblem(row.Number, column, reason));

            var (valueText, text, missing) = (Cell(ValueColumn), Cell(TextColumn), Cell(MissingColumn));
            if (valueText.Length == 0 && text.Length == 0 && missing.Length == 0)
            {
                continue;
            }

            var count = problems.Count;
            if (!measures.TryGetValue(Cell(MeasureIdColumn), out var measure))
            {
                Problem(MeasureIdColumn, $"Okänt mätetal '{Cell(MeasureIdColumn)}'.");
                continue;
            }

            var period = Period.TryParse(Cell(PeriodColumn));
            if (period is null)
            {
                Problem(PeriodColumn, $"'{Cell(PeriodColumn)}' är ingen period: skriv 2025, 2025-Q2 eller 2025-03.");
            }

            var series = Cell(SeriesColumn);
            if (series.Length > 0 && !measure.Series.Any(s => s.Id == series))
            {
                Problem(SeriesColumn, $"Mätetalet har ingen delserie '{series}'; det har {string.Join(", ", measure.Series.Select(s => s.Id).DefaultIfEmpty("inga"))}.");
            }

            var unit = Cell(OrgUnitColumn);
            if (unit.Length > 0 && !units.Contains(unit))
            {
                Problem(OrgUnitColumn, $"Okänd förvaltning '{unit}'.");
            }

            decimal? value = null;
            if (valueText.Length > 0)
            {
                value = ParseNumber(valueText);
                if (value is null)
                {
                    Problem(ValueColumn, $"'{valueText}' är inget tal.");
                }
            }

            if ((valueText.Length > 0 ? 1 : 0) + (text.Length > 0 ? 1 : 0) + (missing.Length > 0 ? 1 : 0) != 1)
            {
                Problem(ValueColumn, $"Fyll i exakt en av {ValueColumn}, {TextColumn} och {MissingColumn}.");
            }
            else if (measure.Kind == MeasureKind.Qualitative && valueText.Length > 0)
            {
                Problem(ValueColumn, "Mätetalet är kvalitativt: skriv utfallet i kolumnen Text.");
            }
            else if (measure.Kind != MeasureKind.Qualitative && text.Length > 0)
            {
                Problem(TextColumn, "Mätetalet är numeriskt: skriv utfallet som ett tal i kolumnen Värde.");
            }

            int? version = null;
            if (Cell(VersionColumn) is { Length: > 0 } versionText)
            {
                if (int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                {
                    version = v;
                }
                else
                {
                    Problem(VersionColumn, $"'{versionText}' är ingen version; låt kolumnen stå som i mallen.");
                }
            }

            if (problems.Count > count || period is not { } p)
            {
                continue;
            }

            var key = (measure.Id, p.ToString(), series, unit);
            if (seen.TryGetValue(key, out var first))
            {
                Problem(MeasureIdColumn, $"Samma mätetal och period som rad {first}.");
                continue;
            }

            seen[key] = row.Number;
            stored.TryGetValue(key, out var current);
            if (current?.Version != version)
            {
                Problem(VersionColumn, current is null
                    ? "Värdet finns inte längre i databasen; hämta en ny mall."
                    : $"Värdet har ändrats i Hallbar sedan mallen hämtades (nu {Editor.Describe(current)}, version {current.Version}); hämta en ny mall.");
                continue;
            }

            var source = NullIfEmpty(Cell(SourceColumn));
            var comment = NullIfEmpty(Cell(CommentColumn));
            if (current is not null && current.Value == value && current.Text == NullIfEmpty(text) && current.MissingReason == NullIfEmpty(missing)
                && current.Source == source && current.Comment == comment)
            {
                continue;
            }

            var locked = rounds.TryGetValue(p.Year, out var state) && state is "Approved" or "Published";
            var reason = NullIfEmpty(Cell(ReasonColumn));
            if (locked && reason is null)
            {
                Problem(ReasonColumn, $"Rapportomgången {p.Year} är godkänd: en ändring är en omräkning och kräver ett skäl, som blir fotnoten i redovisningen.");
                continue;
            }

            var change = new OutcomeChange(organizationId, measure.Id, p.ToString(), value, version, changedBy, NullIfEmpty(text), NullIfEmpty(missing),
                NullIfEmpty(series), NullIfEmpty(unit), source, comment, reason);
            var proposed = value?.ToString(CultureInfo.InvariantCulture) ?? NullIfEmpty(text) ?? $"saknas: {missing}";
            changes.Add((change, new OutcomeDifference(row.Number, measure.Id, measure.Name, p.ToString(), change.SeriesId, change.OrgUnitId,
                current is null ? null : Editor.Describe(current), proposed, locked)));
        }

        if (problems.Count > 0 || preview)
        {
            return new ImportResult(problems, changes.Select(c => c.Difference).ToList(), false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Values that were not there before need no version check: many of them (a first load of a
        // year) go in at the database's bulk speed, with the same history rows the editor writes.
        var fresh = changes.Where(c => c.Difference.Old is null && !c.Difference.IsRestatement).ToList();
        var bulk = fresh.Count >= BulkThreshold;
        if (bulk)
        {
            try
            {
                await WriteFreshAsync(fresh.Select(c => c.Change).ToList(), stored.Keys, cancellationToken);
            }
            catch (DbException)
            {
                // A value created by someone else meanwhile makes the key taken: nothing of the file is kept.
                await transaction.RollbackAsync(cancellationToken);
                return new ImportResult([new TableProblem(fresh[0].Difference.Row, VersionColumn,
                    "Värden har lagts in av någon annan medan filen lästes in. Inget sparades; hämta en ny mall.")], [], false);
            }

        }

        var editor = new Editor(db, time);
        foreach (var (change, difference) in bulk ? changes.Where(c => c.Difference.Old is not null || c.Difference.IsRestatement) : changes)
        {
            var result = await editor.SetOutcomeAsync(change, cancellationToken);
            if (!result.IsSaved)
            {
                // Someone changed a value while the file was read: nothing of the file is kept.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new ImportResult([new TableProblem(difference.Row, VersionColumn, result.Message)], [], false);
            }
        }

        // Each row was right on its own; the whole must still hold together (a year given both as a
        // whole and as quarters, units beside their parent): checked before anything is committed.
        if (await new ModelStore(db, time).ReadAsync(organizationId, cancellationToken) is { IsValid: false } broken)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new ImportResult(broken.Errors.Select(e => new TableProblem(1, "-", $"Med filens värden hänger utfallen inte ihop: {e.Path}: {e.Message}")).ToList(), [], false);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ImportResult([], changes.Select(c => c.Difference).ToList(), true);
    }

    private const int BulkThreshold = 500;

    private async Task WriteFreshAsync(List<OutcomeChange> fresh, IEnumerable<(string MeasureId, string Period, string SeriesId, string OrgUnitId)> stored, CancellationToken cancellationToken)
    {
        var positions = stored.GroupBy(k => k.MeasureId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var outcomes = new List<OutcomeRow>(fresh.Count);
        var history = new List<ChangeRow>(fresh.Count);
        foreach (var change in fresh)
        {
            var position = positions.GetValueOrDefault(change.MeasureId);
            positions[change.MeasureId] = position + 1;
            var row = new OutcomeRow
            {
                OrganizationId = change.OrganizationId,
                MeasureId = change.MeasureId,
                Period = change.Period,
                SeriesId = change.SeriesId ?? string.Empty,
                OrgUnitId = change.OrgUnitId ?? string.Empty,
                Position = position,
                Value = change.Value,
                Text = change.Text,
                MissingReason = change.MissingReason,
                Source = change.Source,
                Comment = change.Comment,
                Version = 1,
            };
            outcomes.Add(row);
            history.Add(new ChangeRow
            {
                OrganizationId = change.OrganizationId,
                Subject = "outcome",
                Key = Editor.OutcomeKey(change.MeasureId, change.Period, change.SeriesId, change.OrgUnitId),
                NewValue = Editor.Describe(row),
                ChangedBy = change.ChangedBy,
                ChangedAt = now,
            });
        }

        await BulkOutcomeWriter.WriteAsync(db, outcomes, history, cancellationToken);
    }

    /// <summary>A number as a Swedish or an English spreadsheet writes it: "4,5", "4.5", "1 234,5", "-36".</summary>
    public static decimal? ParseNumber(string text)
    {
        var cleaned = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace('\u2212', '-').TrimEnd('%');
        if (cleaned.Contains(',', StringComparison.Ordinal) && cleaned.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return decimal.TryParse(cleaned.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static Dictionary<string, int> Map(IReadOnlyList<string> header, List<TableProblem> problems)
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
                problems.Add(new TableProblem(1, required, $"Kolumnen '{required}' saknas; rubrikraden ska vara som i mallen: {string.Join("; ", Columns)}."));
            }
        }

        return columns;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
