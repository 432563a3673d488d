using Hallbar.Domain.Surveys;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// A survey's definition as the editor's form sends it. A row without an id is new; a new row left blank is
/// the empty row the form offers for adding one, and is ignored. A row marked for removal is left out.
/// </summary>
public sealed class DefinitionInput
{
    public string? Title { get; set; }

    /// <summary>The definition's version the form was made from; null when the year had no survey.</summary>
    public int? ReadVersion { get; set; }

    public List<DefinitionRow> Scale { get; set; } = [];

    /// <summary>The index in <see cref="Scale"/> of the "vet ej" category; null or out of range for none.</summary>
    public int? DontKnow { get; set; }

    public List<DefinitionTheme> Themes { get; set; } = [];

    public List<DefinitionRow> Questions { get; set; } = [];

    public static DefinitionInput From(Survey survey, int version)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var dontKnow = survey.Scale.ToList().FindIndex(c => c.IsDontKnow);
        return new DefinitionInput
        {
            Title = survey.Title,
            ReadVersion = version,
            Scale = [.. survey.Scale.Select(c => new DefinitionRow { Id = c.Id, Text = c.Label })],
            DontKnow = dontKnow < 0 ? null : dontKnow,
            Themes = [.. survey.Themes.Select(t => new DefinitionTheme { Id = t.Id, Text = t.Name, Statements = [.. t.Statements.Select(s => new DefinitionRow { Id = s.Id, Text = s.Text })] })],
            Questions = [.. survey.Questions.Select(q => new DefinitionRow { Id = q.Id, Text = q.Text })],
        };
    }

    /// <summary>
    /// Adds an empty row to every list that does not end in one (a category, a statement in each theme, a
    /// theme with one statement, a question), or to every list when <paramref name="more"/>: adding without script.
    /// </summary>
    public DefinitionInput WithEmptyRows(bool more = false)
    {
        static void Add<T>(List<T> rows, Func<T, bool> isEmpty, Func<T> empty, bool more)
        {
            if (more || rows.Count == 0 || !isEmpty(rows[^1]))
            {
                rows.Add(empty());
            }
        }

        Add(Scale, r => r.IsEmptyNew, () => new DefinitionRow(), more);
        foreach (var theme in Themes)
        {
            Add(theme.Statements, r => r.IsEmptyNew, () => new DefinitionRow(), more);
        }

        Add(Themes, t => t.IsEmptyNew, () => new DefinitionTheme { Statements = [new DefinitionRow()] }, more);
        Add(Questions, r => r.IsEmptyNew, () => new DefinitionRow(), more);
        return this;
    }
}
