using Hallbar.Domain.Formatting;
using Hallbar.ModelFile;

namespace Hallbar.Data.Editing;

/// <summary>
/// A measure's targets as the history and conflicts show them, in Swedish, with every field of the
/// model file's shape: "4,5 kWh/km till 2024 ("4,5 kWh/km")", "-50 % mot basår 2019 till 2030".
/// </summary>
internal static class TargetText
{
    public const string None = "inga målvärden";

    public static string Describe(IReadOnlyList<TargetDto>? targets, string? unit) =>
        targets is null || targets.Count == 0 ? None : string.Join("; ", targets.Select(t => Describe(t, unit)));

    private static string Describe(TargetDto target, string? unit)
    {
        var text = target.Kind switch
        {
            "direction" => target.Direction == "increase" ? "öka" : "minska",
            "level" => Operator(target.Operator) + NumberText.WithUnit(target.Value ?? 0, unit, "sv"),
            "changeFromBase" => $"{Percent(target.Percent)} mot basår {target.BaseYear}",
            "annualChange" => $"{Percent(target.PercentPerYear)} per år",
            _ => $"\"{target.Text}\"",
        };
        if (target.Year is { } year)
        {
            text += target.OnlyThatYear == true ? $" endast {year}" : $" till {year}";
        }

        return target.Label is { } label ? $"{text} (\"{label}\")" : text;
    }

    private static string Percent(decimal? percent) => NumberText.Number(percent ?? 0, "sv") + NumberText.NoBreakSpace + "%";

    private static string Operator(string? op) => op switch
    {
        ">=" => "≥ ",
        ">" => "> ",
        "<=" => "≤ ",
        "<" => "< ",
        "=" => "= ",
        _ => string.Empty,
    };
}
