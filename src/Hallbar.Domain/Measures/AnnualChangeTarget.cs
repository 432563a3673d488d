namespace Hallbar.Domain.Measures;

/// <summary>A change in percent every year: "-2,5 % per år".</summary>
public sealed record AnnualChangeTarget(decimal PercentPerYear, int? Year = null, string? Label = null) : Target(Year, Label);
