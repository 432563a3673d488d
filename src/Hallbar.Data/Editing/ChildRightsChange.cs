using Hallbar.Domain.ChildRights;

namespace Hallbar.Data.Editing;

/// <summary>A year's barnbokslut facts as an admin sets them, made from the version read; what else the facts hold stays.</summary>
public sealed record ChildRightsChange(
    string OrganizationId,
    int Year,
    int PilotsTrained,
    int PilotsInTotal,
    IReadOnlyList<BestInterestDecision> Decisions,
    int ReadVersion,
    string ChangedBy);
