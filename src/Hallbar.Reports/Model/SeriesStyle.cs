namespace Hallbar.Reports.Model;

/// <summary>How a trend series is drawn, so that lines differ by more than colour.</summary>
public enum SeriesStyle
{
    /// <summary>The outcomes: a solid line with markers.</summary>
    Solid,

    /// <summary>A path or reference line: dashed.</summary>
    Dashed,

    /// <summary>Single points such as the base value and the target: markers only.</summary>
    Markers,
}
