using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Measures;

/// <summary>
/// Utfall: a measure's value for a period, for the whole organization or one org unit, and for the
/// measure itself or one of its series. Exactly one of value, text or missing reason is set.
/// </summary>
public sealed record Outcome
{
    public Outcome(
        Period period,
        decimal? value = null,
        string? text = null,
        string? missingReason = null,
        string? seriesId = null,
        string? unitId = null,
        decimal? weight = null,
        string? source = null,
        string? comment = null)
    {
        var given = (value is null ? 0 : 1) + (text is null ? 0 : 1) + (missingReason is null ? 0 : 1);
        if (given != 1)
        {
            throw new ArgumentException("An outcome has exactly one of a value, a text or a reason why it is missing.");
        }

        Period = period;
        Value = value;
        Text = text;
        MissingReason = missingReason;
        SeriesId = seriesId;
        UnitId = unitId;
        Weight = weight;
        Source = source;
        Comment = comment;
    }

    public Period Period { get; }
    public decimal? Value { get; }
    public string? Text { get; }

    /// <summary>Why the value is missing ("Mätetal saknas på grund av bristande datakvalitet"); printed as "-".</summary>
    public string? MissingReason { get; }

    public string? SeriesId { get; }
    public string? UnitId { get; }

    /// <summary>Weight of this unit's value in a weighted average.</summary>
    public decimal? Weight { get; }

    public string? Source { get; }
    public string? Comment { get; }

    public bool IsMissing => MissingReason is not null;
}
