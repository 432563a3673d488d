namespace Hallbar.Domain.Assessment;

/// <summary>
/// One step of an assessment scale. <see cref="Score"/> orders grades (higher is better) and is what
/// roll-ups average; a grade without a score means "no value". <see cref="Verdict"/> says which
/// three-way rule outcome this grade stands for, if any.
/// </summary>
public sealed record Grade(string Id, string Label, string? LabelEn = null, double? Score = null, Verdict? Verdict = null, string? Symbol = null)
{
    public bool HasValue => Score is not null;

    /// <summary>What the grade means, as the report's method text explains it ("en utveckling i önskad riktning").</summary>
    public string? Description { get; init; }

    public string? DescriptionEn { get; init; }

    public string? DescriptionIn(string language) => language == "en" && DescriptionEn is not null ? DescriptionEn : Description;

    public string LabelIn(string language) => language == "en" && LabelEn is not null ? LabelEn : Label;
}
