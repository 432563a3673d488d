namespace Hallbar.Data.Editing;

/// <summary>
/// New targets (målvärden) for one measure, replacing all it has: a JSON array in the model file's
/// shape (<c>[{ "kind": "level", "value": 4.2, "year": 2024, "label": "4,2 kWh/km" }]</c>, <c>[]</c> for
/// none), made from the version read, with why.
/// </summary>
public sealed record TargetsChange(string OrganizationId, string MeasureId, string Targets, int ReadVersion, string ChangedBy, string? Reason);
