namespace Hallbar.Domain.Measures;

/// <summary>Basår and basvärde. For a change-from-base measure the value is 0 by definition.</summary>
public sealed record Baseline(int Year, decimal Value);
