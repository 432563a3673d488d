namespace Hallbar.Domain.Assessment;

/// <summary>
/// Bedömningsskala as data: Positiv / Oförändrad / Negativ / Inget värde by default; another
/// organization may use four grades, smileys or traffic lights.
/// </summary>
public sealed record AssessmentScale
{
    private readonly Dictionary<string, Grade> _byId;

    public AssessmentScale(string id, string name, IReadOnlyList<Grade> grades)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (grades.Count == 0)
        {
            throw new ArgumentException("A scale has at least one grade.", nameof(grades));
        }

        if (grades.Select(g => g.Id).Distinct(StringComparer.Ordinal).Count() != grades.Count)
        {
            throw new ArgumentException("Grade ids in a scale are unique.", nameof(grades));
        }

        Id = id;
        Name = name;
        Grades = grades;
        _byId = grades.ToDictionary(g => g.Id, StringComparer.Ordinal);
    }

    public string Id { get; }
    public string Name { get; }
    public IReadOnlyList<Grade> Grades { get; }

    public Grade? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The grade standing for a three-way verdict; null when the scale has none for it.</summary>
    public Grade? For(Verdict verdict)
    {
        foreach (var grade in Grades)
        {
            if (grade.Verdict == verdict)
            {
                return grade;
            }
        }

        return null;
    }

    /// <summary>The grade that says "no value", if the scale has one.</summary>
    public Grade? NoValue => For(Verdict.NoValue) ?? Grades.FirstOrDefault(g => !g.HasValue);

    /// <summary>The default three-grade scale of the model case.</summary>
    public static AssessmentScale Default { get; } = new("utveckling", "Utveckling",
    [
        new Grade("positiv", "Positiv", "Positive", 1, Verdict.Positive),
        new Grade("oforandrad", "Oförändrad", "Unchanged", 0, Verdict.Unchanged),
        new Grade("negativ", "Negativ", "Negative", -1, Verdict.Negative),
        new Grade("inget-varde", "Inget värde", "No value", null, Verdict.NoValue),
    ]);
}
