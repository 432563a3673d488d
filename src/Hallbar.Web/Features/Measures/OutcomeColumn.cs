namespace Hallbar.Web.Features.Measures;

/// <summary>A column of a measure's outcome table: the whole organization or one org unit, for the measure itself or one of its series.</summary>
public sealed record OutcomeColumn(string? SeriesId, string? UnitId, string Header, bool IsIllustrative = false);
