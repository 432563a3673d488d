namespace Hallbar.Reports.Tests.Tools;

/// <summary>One axe-core rule a page breaks, with the elements that break it.</summary>
/// <param name="RuleId">axe's rule, such as <c>image-alt</c>.</param>
/// <param name="Impact"><c>minor</c>, <c>moderate</c>, <c>serious</c> or <c>critical</c>.</param>
/// <param name="Help">What the rule asks for, in a sentence.</param>
/// <param name="Targets">A CSS selector for each element that breaks it.</param>
public sealed record AxeViolation(string RuleId, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{RuleId} ({Impact ?? "no impact given"}): {Help} — {string.Join(", ", Targets)} ({HelpUrl})";
}
