namespace Hallbar.Domain.Surveys;

/// <summary>Tema: a group of statements ("Social hållbarhet", "Barnets rättigheter").</summary>
public sealed record SurveyTheme
{
    public SurveyTheme(string id, string name, IReadOnlyList<SurveyStatement> statements)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            throw new ArgumentException($"Theme '{id}' has no statements.", nameof(statements));
        }

        Id = id;
        Name = name;
        Statements = statements;
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<SurveyStatement> Statements { get; }
}
