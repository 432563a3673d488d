namespace Hallbar.Reports.Model;

public enum ColumnKind
{
    Text,

    /// <summary>Figures: right-aligned, stored as numbers where the format can.</summary>
    Number,

    /// <summary>An assessment on a scale.</summary>
    Grade,
}
