using Hallbar.Data.Editing;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// The definition form made into a survey, or the errors that keep it from being one, each at its field:
/// an empty text, a survey without two categories or a theme without statements, an id given twice, a row
/// removed that units' answers use. New rows get ids made from their text, unique among their kind.
/// </summary>
public static class DefinitionForm
{
    public const string TitleField = "titel";

    public const string ScaleField = "skala";

    public const string DontKnowField = "vet-ej";

    public const string ThemesField = "teman";

    public static string CategoryField(int index) => $"kategori-{index}";

    public static string ThemeField(int index) => $"tema-{index}";

    public static string StatementField(int theme, int index) => $"tema-{theme}-pastaende-{index}";

    public static string QuestionField(int index) => $"fraga-{index}";

    public static string RemoveField(string field) => $"{field}-ta-bort";

    public static (Survey? Survey, IReadOnlyList<DefinitionError> Errors) ToSurvey(
        DefinitionInput input, string surveyId, int year, Survey? current, IReadOnlyList<SurveyResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(responses);
        var errors = new List<DefinitionError>();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.Add(new(TitleField, Ui.T("Skriv enkätens titel.", "Write the survey's title.")));
        }

        var scale = Scale(input, responses, errors);
        var themes = Themes(input, responses, errors);
        var questions = Rows(input.Questions, QuestionField, new Ids(), errors,
            id => responses.Count(r => r.FreeTexts.Any(t => t.QuestionId == id && !string.IsNullOrWhiteSpace(t.Text))),
            Ui.T("frågan", "the question"),
            (id, text) => new SurveyQuestion(id, text));
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new Survey(surveyId, year, title!, scale, themes, questions) { Illustrative = current?.Illustrative ?? false, SentTo = current?.SentTo ?? [] }, errors);
    }

    /// <summary>"Stämmer helt" → "stammer-helt": lower case, letters without their marks, words joined by hyphens.</summary>
    public static string Slug(string text) => Slugs.From(text);

    private static List<ResponseCategory> Scale(DefinitionInput input, IReadOnlyList<SurveyResponse> responses, List<DefinitionError> errors)
    {
        var before = errors.Count;
        var kept = new List<(int Index, string Id, string Label)>();
        var ids = new Ids(SurveyResults.UnansweredId);
        foreach (var row in input.Scale)
        {
            ids.Reserve(row.Id);
        }

        foreach (var (row, i) in input.Scale.Select((r, i) => (r, i)))
        {
            if (Keep(row, CategoryField(i), ids, errors,
                    id => responses.Sum(r => r.Answers.Count(a => a.CategoryId == id)), Ui.T("kategorin", "the category")) is { } id)
            {
                kept.Add((i, id, row.Text!.Trim()));
            }
        }

        if (kept.Count < 2 && errors.Count == before)
        {
            errors.Add(new(CategoryField(0), Ui.T("Svarsskalan behöver minst två kategorier.", "The response scale needs at least two categories.")));
        }

        if (input.DontKnow is { } dontKnow && dontKnow >= 0 && kept.All(k => k.Index != dontKnow))
        {
            errors.Add(new(DontKnowField, Ui.T("Kategorin som är \"vet ej\" tas bort eller är tom: välj en annan, eller ingen.",
                "The category chosen as \"don't know\" is removed or empty: choose another, or none.")));
        }

        return [.. kept.Select(k => new ResponseCategory(k.Id, k.Label, k.Index == input.DontKnow))];
    }

    private static List<SurveyTheme> Themes(DefinitionInput input, IReadOnlyList<SurveyResponse> responses, List<DefinitionError> errors)
    {
        var themeIds = new Ids();
        var statementIds = new Ids();

        // Ids already given are taken first, so that a new row's id never takes one a kept row has.
        foreach (var row in input.Themes)
        {
            themeIds.Reserve(row.Id);
            foreach (var statement in row.Statements)
            {
                statementIds.Reserve(statement.Id);
            }
        }

        var themes = new List<SurveyTheme>();
        foreach (var (theme, t) in input.Themes.Select((r, i) => (r, i)))
        {
            if (theme.IsEmptyNew)
            {
                continue;
            }

            int Answered(string statementId) => responses.Count(r => r.CategoryFor(statementId) is not null);
            if (theme.Remove)
            {
                // Removing a theme removes its statements: refused, at the theme, while answers use any of them.
                var used = theme.Statements.Where(s => !s.IsNew).Sum(s => Answered(s.Id!.Trim()));
                if (used > 0)
                {
                    errors.Add(new(RemoveField(ThemeField(t)), Ui.T($"Temats påståenden har {used} svar; temat kan inte tas bort.", $"The theme's statements have {used} answers; the theme cannot be removed.")));
                }

                continue;
            }

            var name = theme.Text?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors.Add(new(ThemeField(t), Ui.T("Skriv temats namn, eller markera det för borttagning.", "Write the theme's name, or mark it for removal.")));
            }

            var statements = Rows(theme.Statements, s => StatementField(t, s), statementIds, errors, Answered, Ui.T("påståendet", "the statement"),
                (id, text) => new SurveyStatement(id, text));
            if (statements.Count == 0 && theme.Statements.All(s => s.IsEmptyNew || s.Remove))
            {
                errors.Add(new(StatementField(t, 0), Ui.T("Ett tema behöver minst ett påstående.", "A theme needs at least one statement.")));
            }

            var id = Existing(theme.Id) ?? themeIds.New(name ?? string.Empty, "tema");
            if (!string.IsNullOrEmpty(name) && statements.Count > 0 && !themeIds.Once(id, theme.IsNew))
            {
                errors.Add(new(ThemeField(t), Ui.T($"Id:t \"{id}\" finns på två teman.", $"The id \"{id}\" is on two themes.")));
            }
            else if (!string.IsNullOrEmpty(name) && statements.Count > 0)
            {
                themes.Add(new SurveyTheme(id, name, statements));
            }
        }

        if (themes.Count == 0 && input.Themes.All(t => t.IsEmptyNew || t.Remove))
        {
            errors.Add(new(ThemeField(0), Ui.T("Enkäten behöver minst ett tema med ett påstående.", "The survey needs at least one theme with a statement.")));
        }

        return themes;
    }

    /// <summary>The kept rows of a list made into what they define; the rest reported at their field.</summary>
    private static List<T> Rows<T>(List<DefinitionRow> rows, Func<int, string> field, Ids ids, List<DefinitionError> errors, Func<string, int> answered, string what, Func<string, string, T> make)
    {
        var made = new List<T>();
        foreach (var row in rows)
        {
            ids.Reserve(row.Id);
        }

        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            if (Keep(row, field(i), ids, errors, answered, what) is { } id)
            {
                made.Add(make(id, row.Text!.Trim()));
            }
        }

        return made;
    }

    /// <returns>The kept row's id (a new one for a new row), or null for a row left out or in error.</returns>
    private static string? Keep(DefinitionRow row, string field, Ids ids, List<DefinitionError> errors, Func<string, int> answered, string what)
    {
        if (row.IsEmptyNew)
        {
            return null;
        }

        if (row.Remove)
        {
            if (Existing(row.Id) is { } removed && answered(removed) is > 0 and var used)
            {
                errors.Add(new(RemoveField(field), Ui.T($"Det finns {used} svar på {what}; det kan inte tas bort.", $"There are {used} answers to {what}; it cannot be removed.")));
            }

            return null;
        }

        if (string.IsNullOrWhiteSpace(row.Text))
        {
            errors.Add(new(field, Ui.T("Skriv en text, eller markera raden för borttagning.", "Write a text, or mark the row for removal.")));
            return null;
        }

        var id = Existing(row.Id) ?? ids.New(row.Text, "rad");
        if (!ids.Once(id, row.IsNew))
        {
            errors.Add(new(field, Ui.T($"Id:t \"{id}\" finns på två rader.", $"The id \"{id}\" is on two rows.")));
            return null;
        }

        return id;
    }

    private static string? Existing(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();

    /// <summary>The ids of one kind: those the form's rows already have, and new ones made unique among them.</summary>
    private sealed class Ids(params string[] reserved)
    {
        private readonly HashSet<string> _taken = new(reserved, StringComparer.Ordinal);
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public void Reserve(string? id)
        {
            if (Existing(id) is { } existing)
            {
                _taken.Add(existing);
            }
        }

        /// <summary>An id made from the text, with "-2", "-3" added until no row has it.</summary>
        public string New(string text, string fallback)
        {
            var slug = Slug(text) is { Length: > 0 } s ? s : fallback;
            var id = slug;
            for (var n = 2; _taken.Contains(id); n++)
            {
                id = $"{slug}-{n}";
            }

            _taken.Add(id);
            return id;
        }

        /// <summary>False when a kept row has the id already: two rows sent with the same id.</summary>
        public bool Once(string id, bool isNew) => _used.Add(id) || isNew;
    }
}
