namespace Hallbar.Domain.Measures;

public enum MeasurePurpose
{
    /// <summary>Assessed and part of its indicator's roll-up.</summary>
    Assessed,

    /// <summary>Shown for context (a distribution, a background figure); never assessed.</summary>
    Context,
}
