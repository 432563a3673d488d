namespace Hallbar.Domain.Measures;

/// <summary>Where in a table a footnote's mark stands.</summary>
public enum FootnotePlace
{
    /// <summary>On the measure's or indicator's name: it concerns the whole row or table.</summary>
    Row,

    /// <summary>On one value (a period, and a series of a composite row).</summary>
    Value,

    /// <summary>On the assessment of the year ("Positiv*").</summary>
    Assessment,
}
