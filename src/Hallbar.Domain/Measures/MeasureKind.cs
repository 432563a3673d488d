namespace Hallbar.Domain.Measures;

public enum MeasureKind
{
    /// <summary>A number with a unit (4,5 kWh/km; 36,9 %).</summary>
    Numeric,

    /// <summary>Change against the base year in percent (-36 % mot 2019).</summary>
    ChangeFromBase,

    /// <summary>Several named sub-series in one row (CMR 32 st, Kandidatförteckning 45 st).</summary>
    Composite,

    /// <summary>Text per year.</summary>
    Qualitative,
}
