namespace Hallbar.Domain.Footnotes;

public enum FootnoteKind
{
    /// <summary>Written by hand.</summary>
    Note,

    /// <summary>From a restatement: the value was changed after it was first published.</summary>
    Restated,

    /// <summary>From a missing value's reason.</summary>
    Missing,

    /// <summary>The measure is new this report year.</summary>
    NewMeasure,

    /// <summary>A measure of the indicator is no longer reported from this year.</summary>
    RemovedMeasure,

    /// <summary>The values are changes against the base year.</summary>
    AgainstBaseYear,

    /// <summary>The change is within the measure's threshold and counts as unchanged.</summary>
    MarginalChange,
}
