namespace Hallbar.Domain.Highlights;

/// <summary>Höjdpunkt: a short story of the year, in the order it is shown.</summary>
public sealed record Highlight
{
    public Highlight(string id, int year, string title, string markdown, HighlightPhoto? photo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(markdown);
        Id = id;
        Year = year;
        Title = title;
        Markdown = markdown;
        Photo = photo;
    }

    public string Id { get; }

    public int Year { get; }

    public string Title { get; }

    public string Markdown { get; }

    public HighlightPhoto? Photo { get; }
}
