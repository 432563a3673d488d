namespace Hallbar.Domain.Surveys;

/// <summary>A unit's answer to a free-text question.</summary>
public sealed record FreeTextAnswer(string QuestionId, string Text);
