using ScottPlot;

namespace Hallbar.Reports.Charts;

/// <summary>
/// Colours for categories that stay apart when printed in grey or seen with a colour vision deficiency:
/// samples of viridis, whose lightness rises steadily from dark violet to yellow-green.
/// </summary>
internal static class Palette
{
    // Stops of viridis at 0, 0.125, ..., 1; the lightest are left out so that every fill still shows on white.
    private static readonly Color[] Viridis =
    [
        Color.FromHex("#440154"), Color.FromHex("#472D7B"), Color.FromHex("#3B528B"), Color.FromHex("#2C728E"),
        Color.FromHex("#21918C"), Color.FromHex("#28AE80"), Color.FromHex("#5EC962"), Color.FromHex("#ADDC30"),
        Color.FromHex("#FDE725"),
    ];

    private const double Lightest = 0.85;

    /// <summary><paramref name="count"/> colours from dark to light, as far apart in lightness as they can be.</summary>
    public static Color[] Sequential(int count)
    {
        if (count <= 1)
        {
            return [Viridis[2]];
        }

        return [.. Enumerable.Range(0, count).Select(i => At(Lightest * i / (count - 1)))];
    }

    /// <summary>Relative luminance as WCAG defines it, 0 for black to 1 for white.</summary>
    public static double Luminance(Color color)
    {
        return (0.2126 * Linear(color.R)) + (0.7152 * Linear(color.G)) + (0.0722 * Linear(color.B));

        static double Linear(byte channel)
        {
            var c = channel / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private static Color At(double fraction)
    {
        var position = fraction * (Viridis.Length - 1);
        var below = (int)Math.Floor(position);
        if (below >= Viridis.Length - 1)
        {
            return Viridis[^1];
        }

        var t = position - below;
        var (a, b) = (Viridis[below], Viridis[below + 1]);
        return new Color(Mix(a.R, b.R), Mix(a.G, b.G), Mix(a.B, b.B));

        byte Mix(byte from, byte to) => (byte)Math.Round(from + ((to - from) * t));
    }
}
