namespace Hallbar.Domain.Surveys;

/// <summary>A free-text answer with the unit that gave it.</summary>
public sealed record UnitText(string UnitId, string Text);
