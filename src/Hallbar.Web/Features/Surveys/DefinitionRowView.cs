namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// One row of the definition form as shown: its fields' names (<paramref name="Name"/>.Id, .Text, .Remove),
/// the element id of its text field, its label, its errors, and how many units' answers use it.
/// </summary>
public sealed record DefinitionRowView(DefinitionRow Row, string Name, string Field, string Label, string? Error, string? RemoveError, int Answers)
{
    /// <summary>A statement's or question's text, which takes a wide field.</summary>
    public bool Wide { get; init; }
}
