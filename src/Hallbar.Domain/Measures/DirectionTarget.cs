namespace Hallbar.Domain.Measures;

/// <summary>Only a desired direction: "Öka" or "Minska".</summary>
public sealed record DirectionTarget(Direction Direction, int? Year = null, string? Label = null) : Target(Year, Label);
