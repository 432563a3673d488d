using System.Globalization;
using System.Security.Claims;
using Hallbar.Data.Transfer;
using Hallbar.Domain;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Periods;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Entry;

/// <summary>
/// What a person may fill in for a report year: the rows of the round's template (OutcomeTransfer
/// knows which measures, periods, series and org units a round asks for), narrowed to the measures
/// of the person's units. The page shows exactly these rows, and a POST may write only these.
/// </summary>
internal static class EntryScope
{
    /// <summary>
    /// The units a person reports for with their sub-units; null for everyone (an admin who chose no unit).
    /// An admin who chose a unit sees what that unit's reporter sees.
    /// </summary>
    public static IReadOnlySet<string>? UnitsOf(ClaimsPrincipal user, Organization organization, bool isAdmin, string? chosenUnit)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (isAdmin && chosenUnit is null)
        {
            return null;
        }

        return isAdmin ? Accounts.WithSubUnits([chosenUnit!], organization) : Accounts.ReportsFor(user, organization);
    }

    /// <summary>The measures with the values to fill in for a year, in the goal tree's order.</summary>
    public static async Task<IReadOnlyList<EntryMeasure>> MeasuresAsync(
        OutcomeTransfer transfer, OrganizationModel model, int year, IReadOnlySet<string>? units, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        ArgumentNullException.ThrowIfNull(model);
        var measures = model.AllMeasures().ToDictionary(m => m.Id, StringComparer.Ordinal);
        var lines = new List<EntryLine>();
        if (await transfer.TemplateAsync(model.Organization.Id, year, null, cancellationToken) is { } whole)
        {
            // The organization's own values belong to the measure's responsible unit.
            lines.AddRange(Read(whole).Where(l => units is null || (measures[l.MeasureId].ResponsibleUnitId is { } responsible && units.Contains(responsible))));
        }

        // Measures made of unit values ask each unit for its own (none do in the demo).
        if (units is not null && measures.Values.Any(m => m.UnitAggregation != Aggregation.None))
        {
            foreach (var unit in units)
            {
                if (await transfer.TemplateAsync(model.Organization.Id, year, unit, cancellationToken) is { } part)
                {
                    lines.AddRange(Read(part));
                }
            }
        }

        var byMeasure = lines.ToLookup(l => l.MeasureId, StringComparer.Ordinal);
        return [.. from area in model.Goals
                   from node in area.DescendantsAndSelf()
                   from measure in node.Measures
                   where byMeasure.Contains(measure.Id)
                   select new EntryMeasure(measure, area, node, [.. byMeasure[measure.Id]])];
    }

    /// <summary>Which value a line is: its period (and the data year it covers), series and org unit.</summary>
    public static string Label(Organization organization, EntryMeasure entry, EntryLine line)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(line);
        var parts = new List<string> { line.Period };
        if (entry.Measure.DataLag > 0 && Period.TryParse(line.Period) is { Kind: PeriodKind.Year } period)
        {
            parts[0] += $" ({Ui.T("avser", "covers")} {period.Year - entry.Measure.DataLag})";
        }

        if (entry.Measure.Series.FirstOrDefault(s => s.Id == line.SeriesId) is { } series)
        {
            parts.Add(series.Name);
        }

        if (organization.Units.FirstOrDefault(u => u.Id == line.OrgUnitId) is { } unit)
        {
            parts.Add(unit.Name);
        }

        return string.Join(" – ", parts);
    }

    private static IEnumerable<EntryLine> Read(OutcomeTable table)
    {
        var header = table.Header.ToList();
        foreach (var row in table.Rows)
        {
            string? Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < row.Cells.Count && row.Cells[i].Length > 0 ? row.Cells[i] : null;
            yield return new EntryLine(
                Cell(OutcomeTable.MeasureIdColumn)!,
                Cell(OutcomeTable.PeriodColumn)!,
                Cell(OutcomeTable.SeriesColumn) ?? string.Empty,
                Cell(OutcomeTable.OrgUnitColumn) ?? string.Empty,
                Cell(OutcomeTable.UnitColumn) ?? string.Empty,
                Cell(OutcomeTable.ValueColumn) is { } value ? OutcomeTransfer.ParseNumber(value) : null,
                Cell(OutcomeTable.TextColumn),
                Cell(OutcomeTable.MissingColumn),
                Cell(OutcomeTable.SourceColumn),
                Cell(OutcomeTable.CommentColumn),
                Cell(OutcomeTable.VersionColumn) is { } version ? int.Parse(version, CultureInfo.InvariantCulture) : null);
        }
    }
}
