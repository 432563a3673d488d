namespace Hallbar.Domain.Surveys;

/// <summary>Påstående: a statement the units answer on the response scale. Its id matches it across years.</summary>
public sealed record SurveyStatement
{
    public SurveyStatement(string id, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Id = id;
        Text = text;
    }

    public string Id { get; }

    public string Text { get; }
}
