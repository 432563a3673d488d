using Hallbar.Domain.Formatting;

namespace Hallbar.Domain.Assessment;

/// <summary>
/// Why a rule suggests what it does: the rule's name and the figures it used, machine-readable,
/// and the same as a sentence in Swedish and English.
/// </summary>
public sealed record Rationale
{
    private LocalizedText? _text;

    public required string Rule { get; init; }
    public Verdict? Verdict { get; init; }

    /// <summary>The rationale in Swedish, written when first read.</summary>
    public string Text
    {
        get => _text?.Swedish ?? string.Empty;
        init => _text = LocalizedText.WithSwedish(_text, value);
    }

    public string TextEn
    {
        get => _text?.English ?? string.Empty;
        init => _text = LocalizedText.WithEnglish(_text, value);
    }

    /// <summary>Writes the sentence in a language ("sv" or "en") from the figures.</summary>
    internal Func<string, string> Describe
    {
        init => _text = new LocalizedText(value);
    }

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
