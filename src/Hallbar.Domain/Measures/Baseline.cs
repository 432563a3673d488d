namespace Hallbar.Domain.Measures;

/// <summary>Basår and basvärde. For a change-from-base measure the value is 0 by definition.</summary>
public sealed record Baseline(int Year, decimal Value)
{
    public int Year { get; } = Year is >= 1900 and <= 2200
        ? Year
        : throw new ArgumentOutOfRangeException(nameof(Year), Year, "A base year is 1900–2200.");
}
