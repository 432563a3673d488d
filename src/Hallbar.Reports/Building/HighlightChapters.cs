using Hallbar.Domain.Highlights;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>The year's highlights, each a section of its own under the chapter that places them, in their order.</summary>
internal static class HighlightChapters
{
    public static IEnumerable<Chapter> For(IEnumerable<Highlight> highlights, int year) =>
        highlights.Where(h => h.Year == year).Select(h => new Chapter($"hojdpunkt-{h.Id}", h.Title, [new NarrativeBlock(h.Markdown, "sv")]));
}
