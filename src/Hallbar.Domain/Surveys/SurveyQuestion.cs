namespace Hallbar.Domain.Surveys;

/// <summary>A free-text question of the survey (styrkor, utvecklingsområden, framgångsfaktorer, utmaningar).</summary>
public sealed record SurveyQuestion
{
    public SurveyQuestion(string id, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Id = id;
        Text = text;
    }

    public string Id { get; }

    public string Text { get; }
}
