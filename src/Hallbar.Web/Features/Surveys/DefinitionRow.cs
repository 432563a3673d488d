namespace Hallbar.Web.Features.Surveys;

/// <summary>A category, statement or question of the form: its id (none when new), its text, whether to remove it.</summary>
public class DefinitionRow
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public bool Remove { get; set; }

    public bool IsNew => string.IsNullOrWhiteSpace(Id);

    public virtual bool IsEmptyNew => IsNew && string.IsNullOrWhiteSpace(Text);
}
