namespace Hallbar.Domain.Goals;

public enum NodeKind
{
    /// <summary>Målområde.</summary>
    Area,

    /// <summary>Mål at any level: hållbarhetsmål, inriktningsmål, delmål.</summary>
    Goal,

    /// <summary>Indikator.</summary>
    Indicator,
}
