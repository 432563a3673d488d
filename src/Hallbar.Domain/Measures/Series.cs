namespace Hallbar.Domain.Measures;

/// <summary>A named sub-series of a measure: a part of a composite row or a comparison series.</summary>
public sealed record Series(string Id, string Name, string? Unit, SeriesRole Role)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(Id) ? throw new ArgumentException("A series has an id.", nameof(Id)) : Id;
}
