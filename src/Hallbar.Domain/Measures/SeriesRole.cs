namespace Hallbar.Domain.Measures;

public enum SeriesRole
{
    /// <summary>A part of a composite measure; parts add up to the measure's value.</summary>
    Component,

    /// <summary>A comparison beside the own series (Riket, alla kommuner); never assessed.</summary>
    Comparison,
}
