using System.Text.RegularExpressions;
using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Measures;

/// <summary>
/// Fotnot written by hand; on the measure's row, or on one of its values when a period is given,
/// or on the year's assessment, or on a word of the indicator's heading.
/// </summary>
public sealed record Footnote(string Text, Period? Period = null, string? SeriesId = null)
{
    public FootnotePlace Place { get; init; } = Period is null ? FootnotePlace.Row : FootnotePlace.Value;

    /// <summary>The word (or words) of the name the mark follows on the heading; the name's end when none is given.</summary>
    public string? AfterWord { get; init; }

    /// <summary>
    /// Where in <paramref name="name"/> the mark of a footnote after <paramref name="word"/> stands: just after the word's
    /// first occurrence as whole words ("transporter" in "Alla transporter drivs", not in "Alla busstransporter"), or at
    /// the name's end without a word; null when the word is not in the name.
    /// </summary>
    public static int? MarkPosition(string name, string? word)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (word is null)
        {
            return name.Length;
        }

        var match = string.IsNullOrWhiteSpace(word) ? Match.Empty : Regex.Match(name, $@"(?<!\w){Regex.Escape(word.Trim())}(?!\w)", RegexOptions.CultureInvariant);
        return match.Success ? match.Index + match.Length : null;
    }
}
