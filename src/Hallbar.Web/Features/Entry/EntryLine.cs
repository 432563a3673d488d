using Hallbar.Domain.Formatting;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Entry;

/// <summary>
/// One value a round asks for — a measure's period, series and org unit ("" for none) — with what
/// is saved there now and its version (null: nothing is saved yet).
/// </summary>
public sealed record EntryLine(
    string MeasureId,
    string Period,
    string SeriesId,
    string OrgUnitId,
    string Unit,
    decimal? Value,
    string? Text,
    string? Missing,
    string? Source,
    string? Comment,
    int? Version)
{
    public bool IsSaved => Version is not null;

    /// <summary>What is saved now, as the page shows it; null when nothing is.</summary>
    public string? Saved => IsSaved ? Describe(Value, Text, Missing, Unit) : null;

    /// <summary>Whether a stored outcome or restatement is this line's value or, with <paramref name="yearBefore"/>, the same value a year earlier.</summary>
    public bool Holds(Domain.Periods.Period period, string? seriesId, string? orgUnitId, bool yearBefore = false) =>
        (seriesId ?? string.Empty) == SeriesId && (orgUnitId ?? string.Empty) == OrgUnitId
        && Domain.Periods.Period.TryParse(Period) is { } own
        && period.Kind == own.Kind && period.Index == own.Index && period.Year == own.Year - (yearBefore ? 1 : 0);

    public bool Matches(LineInput input) =>
        input is not null && input.Period == Period && (input.SeriesId ?? string.Empty) == SeriesId && (input.OrgUnitId ?? string.Empty) == OrgUnitId;

    /// <summary>The form's fields as they start: what is saved, read at its version.</summary>
    public LineInput ToInput() => new()
    {
        Period = Period,
        SeriesId = SeriesId,
        OrgUnitId = OrgUnitId,
        Version = Version,
        Value = Value?.ToString(NumberText.Culture(Ui.Language)),
        Text = Text,
        Missing = Missing,
        Source = Source,
        Comment = Comment,
    };

    /// <summary>A value with its unit ("84,5 %"), a text, or that it is missing and why.</summary>
    public static string Describe(decimal? value, string? text, string? missing, string unit) =>
        value is { } number ? NumberText.WithUnit(number, unit, Ui.Language) : text ?? $"{Ui.T("saknas", "missing")}: {missing}";
}
