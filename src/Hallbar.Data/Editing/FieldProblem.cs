namespace Hallbar.Data.Editing;

/// <summary>Why a change cannot be saved, at the field (<see cref="HighlightDesk"/>'s field names) where it is put right.</summary>
public sealed record FieldProblem(string Field, string Message, string English);
