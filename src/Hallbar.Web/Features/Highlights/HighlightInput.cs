using Hallbar.Domain.Highlights;

namespace Hallbar.Web.Features.Highlights;

/// <summary>
/// One highlight's form as it is posted: its id (none for a new one), the version of the year's highlights read,
/// its title and text, a photo file (or one chosen before and carried back while the form is shown again), the
/// stored photo removed, alternative text and credit, and whether to remove the highlight.
/// </summary>
public sealed class HighlightInput
{
    public string? Id { get; set; }

    public int ReadVersion { get; set; }

    public string? Title { get; set; }

    public string? Markdown { get; set; }

    public IFormFile? Photo { get; set; }

    /// <summary>A photo chosen in an earlier post of this form that was not saved (a preview, an error elsewhere): a data: URI, so it need not be chosen again.</summary>
    public string? ChosenPhoto { get; set; }

    public bool RemovePhoto { get; set; }

    public string? AltText { get; set; }

    public string? Credit { get; set; }

    public bool Remove { get; set; }

    public static HighlightInput From(Highlight highlight, int version)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        return new HighlightInput
        {
            Id = highlight.Id,
            ReadVersion = version,
            Title = highlight.Title,
            Markdown = highlight.Markdown,
            AltText = highlight.Photo?.AltText,
            Credit = highlight.Photo?.Credit,
        };
    }
}
