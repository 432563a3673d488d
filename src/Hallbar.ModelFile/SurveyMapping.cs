using Hallbar.Domain.Surveys;

namespace Hallbar.ModelFile;

/// <summary>
/// A survey and a response between the domain and the file's shape, both ways. Reading assumes the
/// shape was checked (<see cref="ModelMapper"/> reports what is wrong with it first).
/// </summary>
internal static class SurveyMapping
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";

    public static Survey ToSurvey(SurveyDto dto) => new(dto.Id, dto.Year, dto.Title,
        [.. dto.Scale.Select(c => new ResponseCategory(c.Id, c.Label, c.DontKnow ?? false))],
        [.. dto.Themes.Select(t => new SurveyTheme(t.Id, t.Name, [.. t.Statements.Select(s => new SurveyStatement(s.Id, s.Text))]))],
        [.. (dto.Questions ?? []).Select(q => new SurveyQuestion(q.Id, q.Text))])
    {
        Illustrative = dto.Illustrative ?? false,
        SentTo = dto.SentTo ?? [],
    };

    public static SurveyDto ToDto(Survey survey) => new()
    {
        Id = survey.Id,
        Year = survey.Year,
        Title = survey.Title,
        Illustrative = survey.Illustrative ? true : null,
        SentTo = survey.SentTo.Count == 0 ? null : [.. survey.SentTo],
        Scale = [.. survey.Scale.Select(c => new CategoryDto { Id = c.Id, Label = c.Label, DontKnow = c.IsDontKnow ? true : null })],
        Themes = [.. survey.Themes.Select(t => new ThemeDto { Id = t.Id, Name = t.Name, Statements = [.. t.Statements.Select(s => new StatementDto { Id = s.Id, Text = s.Text })] })],
        Questions = survey.Questions.Count == 0 ? null : [.. survey.Questions.Select(q => new QuestionDto { Id = q.Id, Text = q.Text })],
    };

    public static SurveyResponse ToResponse(SurveyResponseDto dto) => new(dto.Survey, dto.Unit, dto.Status == Submitted ? ResponseStatus.Submitted : ResponseStatus.Draft,
        [.. (dto.Answers ?? []).Select(a => new StatementAnswer(a.Key, a.Value))],
        [.. (dto.FreeTexts ?? []).Select(t => new FreeTextAnswer(t.Key, t.Value))]);

    public static SurveyResponseDto ToDto(SurveyResponse response) => new()
    {
        Survey = response.SurveyId,
        Unit = response.UnitId,
        Status = response.Status == ResponseStatus.Submitted ? Submitted : Draft,
        Answers = response.Answers.Count == 0 ? null : response.Answers.ToDictionary(a => a.StatementId, a => a.CategoryId, StringComparer.Ordinal),
        FreeTexts = response.FreeTexts.Count == 0 ? null : response.FreeTexts.ToDictionary(t => t.QuestionId, t => t.Text, StringComparer.Ordinal),
    };
}
