namespace Hallbar.Reports.Xlsx;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, no apostrophe first or
/// last, and unique without regard to case. Long names are cut at a word and end in "…".
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { "History" };

    public string Unique(string wanted, string fallback)
    {
        var full = Clean(wanted);
        if (full.Length == 0)
        {
            full = Clean(fallback);
        }

        var unique = Shorten(full, MaxLength);
        for (var n = 2; !_used.Add(unique); n++)
        {
            var suffix = $" ({n})";
            unique = Shorten(full, MaxLength - suffix.Length) + suffix;
        }

        return unique;
    }

    private static string Clean(string name)
    {
        var kept = new string([.. SharedStrings.Clean(name).Select(c => char.IsControl(c) || Forbidden.Contains(c) ? ' ' : c)]);
        return string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'', ' ');
    }

    private static string Shorten(string name, int length)
    {
        if (name.Length <= length)
        {
            return name;
        }

        // Cut after the last whole word that fits, unless that throws away more than half of what fits.
        var cut = name[..(length - 1)];
        var space = name[length - 1] == ' ' ? cut.Length : cut.LastIndexOf(' ');
        if (space > length / 2)
        {
            cut = cut[..space];
        }

        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd(' ', ',', '.', ';', '-', '–', '\'') + "…";
    }
}
