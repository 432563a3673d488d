namespace Hallbar.Domain.Measures;

/// <summary>A change in percent against a base year to reach by a year: "-50%, basår 2019".</summary>
public sealed record ChangeFromBaseTarget(decimal Percent, int BaseYear, int ByYear, string? Label = null) : Target(ByYear, Label)
{
    public int BaseYear { get; } = BaseYear < ByYear
        ? BaseYear
        : throw new ArgumentOutOfRangeException(nameof(BaseYear), BaseYear, "The base year comes before the target year.");
}
