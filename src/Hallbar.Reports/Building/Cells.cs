using Hallbar.Domain.Assessment;
using Hallbar.Domain.Formatting;
using Hallbar.Domain.Measures;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>Table cells for assessments and outcomes, printed as the model case prints them.</summary>
internal static class Cells
{
    public static Cell Grade(AssessmentResult? result, Texts texts)
    {
        var grade = result?.Final ?? result?.Scale.NoValue;
        return grade is null
            ? Cell.Empty
            : new Cell(grade.LabelIn(texts.Language)) { GradeId = grade.Id, Verdict = grade.Verdict };
    }

    /// <summary>The unit a measure's figures are printed with: a change against a base year is in percent.</summary>
    public static string? Unit(Measure measure) => measure.Kind == MeasureKind.ChangeFromBase ? measure.Unit ?? "%" : measure.Unit;

    /// <summary>A measure's outcome of a report year: a figure with its unit, a text, the parts of a composite, or "-" where it is missing.</summary>
    public static Cell Outcome(Measure measure, int year, Texts texts)
    {
        if (measure.Kind == MeasureKind.Composite)
        {
            var parts = measure.Series.Select(s => Part(s.Name, MeasureValues.Reported(measure, year, s.Id), s.Unit ?? measure.Unit, texts) with { SeriesId = s.Id }).ToList();
            return new Cell(string.Join("; ", parts.Select(p => $"{p.Label} {p.Text}")))
            {
                Parts = parts,
                IsMissing = parts.All(p => p.Number is null),
            };
        }

        var outcome = MeasureValues.Reported(measure, year);
        if (outcome?.Text is { } text)
        {
            return new Cell(text);
        }

        return (outcome?.Value ?? (outcome is null ? MeasureValues.ForYear(measure, year) : null)) is { } value
            ? Figure(value, Unit(measure), texts.Language)
            : new Cell("-") { IsMissing = true };
    }

    public static Cell Figure(decimal value, string? unit, string language) =>
        new(NumberText.WithUnit(value, unit, language)) { Number = value, Unit = unit, Decimals = Decimals(value) };

    /// <summary>The decimals a value was given with: 36,9 has one, 184 none.</summary>
    public static int Decimals(decimal value) => (value / 1.000000000000000000000000000000000m).Scale;

    private static CellPart Part(string label, Outcome? outcome, string? unit, Texts texts) => outcome?.Value is { } value
        ? new CellPart(label, NumberText.WithUnit(value, unit, texts.Language), value, unit, Decimals(value))
        : new CellPart(label, outcome?.Text ?? "-");
}
