using Hallbar.Domain.Assessment;
using Spectre.Console;

namespace Hallbar.Cli.Assess;

/// <summary>Prints an assessment report as tables: measures per indicator, the roll-ups, and the agreement.</summary>
internal static class AssessmentTables
{
    private const string DiffersMark = "≠";
    private const string ManualMark = "✎";

    public static void Write(IAnsiConsole console, AssessmentReport report)
    {
        var sv = report.Language != "en";
        string L(string swedish, string english) => sv ? swedish : english;

        console.MarkupLineInterpolated($"[bold]{report.Organization}[/] — {L("bedömning", "assessment")} {report.Year}");
        console.WriteLine();

        var measures = new Table().Border(TableBorder.Minimal).Title(L("Mätetal", "Measures"));
        measures.AddColumn(L("Mätetal", "Measure"));
        measures.AddColumn(L("Förslag", "Suggestion"));
        measures.AddColumn(L("Slutlig", "Final"));
        measures.AddColumn(new TableColumn(DiffersMark).Centered());
        measures.AddColumn(L("Regel och skäl", "Rule and rationale"));
        // Measures hang on indicators in the model case, but on any level of goal elsewhere.
        foreach (var node in report.Indicators.Concat(report.Goals).Concat(report.Areas).Where(n => report.Measures.Any(m => m.Parent == n.Id)))
        {
            measures.AddRow(new Markup($"[bold]{Markup.Escape(node.Name)}[/]"), Text.Empty, Text.Empty, Text.Empty, Text.Empty);
            foreach (var measure in report.Measures.Where(m => m.Parent == node.Id))
            {
                measures.AddRow(
                    new Text("  " + measure.Name),
                    new Text(measure.Suggestion?.Label ?? "–"),
                    new Text(measure.Final?.Label ?? "–"),
                    new Text(measure.Differs ? DiffersMark : string.Empty),
                    new Text($"{measure.Rationale.Rule}: {measure.Rationale.TextIn(report.Language)}"));
            }
        }

        console.Write(measures);

        var rollUps = new Table().Border(TableBorder.Minimal).Title(L("Samlade bedömningar", "Roll-ups"));
        rollUps.AddColumn(L("Nivå", "Level"));
        rollUps.AddColumn(L("Namn", "Name"));
        rollUps.AddColumn(L("Förslag", "Suggestion"));
        rollUps.AddColumn(L("Slutlig", "Final"));
        rollUps.AddColumn(new TableColumn(DiffersMark).Centered());
        rollUps.AddColumn(L("Skäl", "Rationale"));
        foreach (var item in report.Indicators.Concat(report.Goals).Concat(report.Areas).Append(report.Overall))
        {
            var judgements = string.Concat(item.Judgements.Select(j => $" [{j.Scale}: {j.Grade.Label}]"));
            rollUps.AddRow(
                new Text(item.LevelName ?? Level(item.Level, sv)),
                new Text(item.Name),
                new Text(item.Suggestion?.Label ?? "–"),
                new Text(item.Final?.Label ?? "–"),
                new Text(item.Differs ? DiffersMark : string.Empty),
                new Text(item.Rationale.TextIn(report.Language) + judgements));
        }

        console.Write(rollUps);

        var s = report.Summary;
        var agree = L("regelbaserade förslag för mätetal stämmer med den slutliga bedömningen", "rule-based suggestions for measures agree with the final assessment");
        console.MarkupLineInterpolated(
            $"[bold]{s.Agreeing} {L("av", "of")} {s.Measures}[/] {agree} ({s.Differing} {L("avviker", "differ")}, {s.Manual} {L("utan beräkningsbar regel", "without a computable rule")}, {s.WithoutFinal} {L("utan slutlig bedömning", "without a final assessment")}).");
        foreach (var item in report.Measures.Concat(report.Indicators).Concat(report.Goals).Concat(report.Areas).Append(report.Overall))
        {
            if (item.Differs)
            {
                console.MarkupLineInterpolated($"  {DiffersMark} {item.Name}: {item.Suggestion?.Label} → {item.Final?.Label}. {item.Motivation ?? L("(motivering saknas)", "(no motivation given)")}");
            }
            else if (item.Manual && item.Level == AssessmentLevel.Measure)
            {
                console.MarkupLineInterpolated($"  {ManualMark} {item.Name}: {L("ingen regel", "no rule")} → {item.Final?.Label ?? "–"}. {item.Motivation ?? L("(motivering saknas)", "(no motivation given)")}");
            }
        }
    }

    private static string Level(AssessmentLevel level, bool sv) => level switch
    {
        AssessmentLevel.Indicator => sv ? "Indikator" : "Indicator",
        AssessmentLevel.Goal => sv ? "Mål" : "Goal",
        AssessmentLevel.Area => sv ? "Målområde" : "Goal area",
        AssessmentLevel.Overall => sv ? "Samlat" : "Overall",
        _ => sv ? "Mätetal" : "Measure",
    };
}
