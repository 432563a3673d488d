namespace Hallbar.Domain.Organizations;

/// <summary>Organisation: a region or municipality with its unit tree.</summary>
public sealed record Organization
{
    public Organization(string id, string name, string kind, IReadOnlyList<OrgUnit> units, string? koladaId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Kind = kind;
        Units = units;
        KoladaId = koladaId;
    }

    public string Id { get; }
    public string Name { get; }

    /// <summary>"region", "kommun" or another kind of organization.</summary>
    public string Kind { get; }

    public IReadOnlyList<OrgUnit> Units { get; }

    /// <summary>Kolada's id, e.g. "0019" for Region Västmanland.</summary>
    public string? KoladaId { get; }
}
