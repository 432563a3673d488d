namespace Hallbar.Domain.Measures;

/// <summary>A target stated only in words.</summary>
public sealed record QualitativeTarget(string Text, int? Year = null, string? Label = null) : Target(Year, Label);
