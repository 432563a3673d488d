namespace Hallbar.Data.Editing;

/// <summary>A measure's targets as stored: the model file's JSON array to edit, the text the history shows, and the version to edit from.</summary>
public sealed record MeasureTargets(string MeasureId, string Json, string Text, int Version);
