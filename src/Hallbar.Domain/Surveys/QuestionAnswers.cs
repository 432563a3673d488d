namespace Hallbar.Domain.Surveys;

/// <summary>Every submitted answer to one free-text question, in the order of the responses.</summary>
public sealed record QuestionAnswers(SurveyQuestion Question, IReadOnlyList<UnitText> Answers);
