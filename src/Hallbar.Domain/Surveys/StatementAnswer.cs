namespace Hallbar.Domain.Surveys;

/// <summary>A unit's answer to one statement: the response category it chose.</summary>
public sealed record StatementAnswer(string StatementId, string CategoryId);
