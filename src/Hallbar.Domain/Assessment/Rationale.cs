namespace Hallbar.Domain.Assessment;

/// <summary>
/// Why a rule suggests what it does: the rule's name and the figures it used, machine-readable,
/// and the same as a sentence in Swedish and English.
/// </summary>
public sealed record Rationale
{
    public required string Rule { get; init; }
    public Verdict? Verdict { get; init; }
    public required string Text { get; init; }
    public required string TextEn { get; init; }

    public int? FromYear { get; init; }
    public decimal? From { get; init; }
    public int? ToYear { get; init; }
    public decimal? To { get; init; }
    public decimal? Change { get; init; }

    /// <summary>Change in percent of the earlier value.</summary>
    public decimal? ChangePercent { get; init; }

    public bool Marginal { get; init; }
    public decimal? TargetValue { get; init; }
    public int? TargetYear { get; init; }
    public bool? TargetReached { get; init; }

    /// <summary>The data year the report year's figure covers.</summary>
    public int? DataYear { get; init; }

    public decimal? InPaceValue { get; init; }

    /// <summary>Compound change per year in percent still needed to reach the target in time.</summary>
    public decimal? RateNeededPercent { get; init; }

    public decimal? ProgressRatio { get; init; }

    /// <summary>Trend per year in percent of the mean (least squares).</summary>
    public decimal? TrendPercentPerYear { get; init; }

    public string TextIn(string language) => language == "en" ? TextEn : Text;
}
