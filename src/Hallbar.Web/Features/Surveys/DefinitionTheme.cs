namespace Hallbar.Web.Features.Surveys;

/// <summary>A theme of the form: its name as <see cref="DefinitionRow.Text"/>, and its statements.</summary>
public sealed class DefinitionTheme : DefinitionRow
{
    public List<DefinitionRow> Statements { get; set; } = [];

    public override bool IsEmptyNew => base.IsEmptyNew && Statements.All(s => s.IsEmptyNew);
}
