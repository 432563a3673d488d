using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Periods;
using static Hallbar.Domain.Formatting.Localized;

namespace Hallbar.Domain.Footnotes;

/// <summary>
/// The footnotes of a measure's row in a report year, made from the data rather than typed: a
/// restatement's reason, a missing value's reason, a new or removed measure, values measured
/// against a base year, a marginal change; and the footnotes written by hand.
/// </summary>
public static class FootnoteDeriver
{
    /// <summary>The default Swedish wording for a marginal change, as the model case prints it.</summary>
    public const string MarginalText = "Förändringen är marginell och det går inte att dra slutsatsen att det har skett en förbättring utifrån statistikunderlaget.";

    public static IReadOnlyList<ReportFootnote> ForMeasure(Measure measure, int reportYear, int yearsShown, AssessmentResult? assessment = null, string language = "sv")
    {
        var first = reportYear - yearsShown + 1;
        var notes = new List<ReportFootnote>();
        if (measure.Kind == MeasureKind.ChangeFromBase && measure.Base?.Year is { } baseYear)
        {
            notes.Add(new(FootnoteKind.AgainstBaseYear, T(language, $"Mäts gentemot basår {baseYear}.", $"Measured against the base year {baseYear}."), FootnotePlace.Row));
        }

        foreach (var outcome in measure.Outcomes)
        {
            if (outcome.MissingReason is { } reason && outcome.UnitId is null && outcome.Period.Year >= first && outcome.Period.Year <= reportYear)
            {
                notes.Add(new(FootnoteKind.Missing, reason, FootnotePlace.Value, outcome.Period, outcome.SeriesId));
            }
        }

        foreach (var restatement in measure.Restatements)
        {
            if (restatement.RestatedInYear == reportYear && restatement.UnitId is null && restatement.Period.Year >= first)
            {
                notes.Add(new(FootnoteKind.Restated, restatement.Reason, FootnotePlace.Value, restatement.Period, restatement.SeriesId));
            }
        }

        if (measure.IntroducedIn == reportYear)
        {
            notes.Add(new(FootnoteKind.NewMeasure, T(language, $"Nytt mätetal från {reportYear}.", $"New measure from {reportYear}."), FootnotePlace.Row));
        }

        if (assessment is { Differs: false, Rationale.Marginal: true })
        {
            notes.Add(new(FootnoteKind.MarginalChange, T(language, MarginalText,
                "The change is marginal, and the statistics do not allow the conclusion that there has been an improvement."),
                FootnotePlace.Assessment, Period.OfYear(reportYear)));
        }

        foreach (var footnote in measure.Footnotes)
        {
            if (footnote.Period is not { } period || (period.Year >= first && period.Year <= reportYear))
            {
                notes.Add(ReportFootnote.Of(footnote));
            }
        }

        return notes;
    }

    /// <summary>
    /// The footnotes of an indicator's table: its own, and the measures removed this year — in the
    /// removed measure's own words when it has a footnote, as published.
    /// </summary>
    public static IReadOnlyList<ReportFootnote> ForNode(GoalNode node, int reportYear, string language = "sv")
    {
        var notes = new List<ReportFootnote>();
        foreach (var measure in node.Measures)
        {
            if (measure.RemovedIn != reportYear)
            {
                continue;
            }

            if (measure.Footnotes.Count > 0)
            {
                notes.AddRange(measure.Footnotes.Select(f => new ReportFootnote(FootnoteKind.RemovedMeasure, f.Text, FootnotePlace.Row)));
            }
            else
            {
                notes.Add(new(FootnoteKind.RemovedMeasure, T(language,
                    $"Mätetalet {measure.Name} är borttaget från {reportYear}.",
                    $"The measure {measure.Name} is no longer reported from {reportYear}."), FootnotePlace.Row));
            }
        }

        notes.AddRange(node.Footnotes.Select(ReportFootnote.Of));
        return notes;
    }
}
