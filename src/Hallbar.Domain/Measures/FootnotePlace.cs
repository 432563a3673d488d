namespace Hallbar.Domain.Measures;

/// <summary>Where a footnote's mark stands.</summary>
public enum FootnotePlace
{
    /// <summary>On the measure's or indicator's name: it concerns the whole row or table.</summary>
    Row,

    /// <summary>On one value (a period, and a series of a composite row).</summary>
    Value,

    /// <summary>On the assessment of the year ("Positiv*").</summary>
    Assessment,

    /// <summary>
    /// On a word of the indicator's heading ("Indikator: Alla transporter⁷ drivs av fossilfria bränslen"): a
    /// footnote of the page, numbered on with the narrative's footnotes, rather than a note under the table.
    /// </summary>
    Heading,
}
