namespace Hallbar.Domain.Surveys;

/// <summary>Svarskategori: one step of a survey's response scale ("Stämmer helt").</summary>
public sealed record ResponseCategory
{
    public ResponseCategory(string id, string label, bool isDontKnow = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Id = id;
        Label = label;
        IsDontKnow = isDontKnow;
    }

    public string Id { get; }

    public string Label { get; }

    /// <summary>True for the category that says the unit cannot answer ("Vet ej eller ej aktuellt").</summary>
    public bool IsDontKnow { get; }
}
