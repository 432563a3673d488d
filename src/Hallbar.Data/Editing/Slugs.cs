using System.Globalization;
using System.Text;

namespace Hallbar.Data.Editing;

/// <summary>Ids made from what a person wrote, for things added in a form.</summary>
public static class Slugs
{
    private const int MaxIdLength = 60;

    /// <summary>"Stämmer helt" → "stammer-helt": lower case, letters without their marks, words joined by hyphens, at most 60 characters.</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().Trim('-');
        if (id.Length > MaxIdLength)
        {
            var cut = id.LastIndexOf('-', MaxIdLength);
            id = id[..(cut > 0 ? cut : MaxIdLength)];
        }

        return id;
    }

    /// <summary>The slug of <paramref name="text"/> (or <paramref name="fallback"/> when it has no letters), with "-2" and on when it is taken.</summary>
    public static string Unique(string text, string fallback, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var id = From(text) is { Length: > 0 } slug ? slug : fallback;
        var unique = id;
        for (var n = 2; taken.Contains(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }
}
