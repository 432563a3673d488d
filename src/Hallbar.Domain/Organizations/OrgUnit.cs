namespace Hallbar.Domain.Organizations;

/// <summary>Förvaltning or verksamhet: a node in the organization's unit tree.</summary>
/// <param name="Illustrative">True when the unit is not taken from a published source but added to make demo data complete.</param>
public sealed record OrgUnit(string Id, string Name, string? ParentId = null, bool Illustrative = false, string? Note = null);
