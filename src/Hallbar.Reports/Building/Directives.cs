using System.Text.RegularExpressions;

namespace Hallbar.Reports.Building;

/// <summary>
/// Where a narrative section places generated content: a line of its own such as
/// <c>{{goal-summary}}</c>. Text between directives stays Markdown.
/// </summary>
internal static partial class Directives
{
    public const string Scale = "scale";
    public const string GoalSummary = "goal-summary";
    public const string Indicators = "indicators";
    public const string Charts = "charts";
    public const string MeasureTables = "measure-tables";
    public const string Survey = "survey";
    public const string ChildRights = "child-rights";
    public const string Highlights = "highlights";

    /// <summary>The section's parts in order: Markdown text, or the name of a directive.</summary>
    public static IEnumerable<(string? Markdown, string? Directive)> Split(string markdown)
    {
        var last = 0;
        foreach (Match match in DirectiveLine().Matches(markdown))
        {
            if (!string.IsNullOrWhiteSpace(markdown[last..match.Index]))
            {
                yield return (markdown[last..match.Index], null);
            }

            yield return (null, match.Groups[1].Value);
            last = match.Index + match.Length;
        }

        if (!string.IsNullOrWhiteSpace(markdown[last..]))
        {
            yield return (markdown[last..], null);
        }
    }

    [GeneratedRegex(@"^[ \t]*\{\{[ \t]*([a-z0-9-]+)[ \t]*\}\}[ \t]*(\r?\n|$)", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();
}
