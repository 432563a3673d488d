using Hallbar.Domain.Assessment;

namespace Hallbar.Domain.Measures;

/// <summary>Mätetal: what is measured, how it is judged, and its outcomes over the years.</summary>
public sealed record Measure
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public MeasureKind Kind { get; init; } = MeasureKind.Numeric;
    public string? Unit { get; init; }
    public Direction Direction { get; init; } = Direction.None;
    public Baseline? Baseline { get; init; }

    /// <summary>Years between the report year and the data year its figure covers (1: the 2025 report shows 2024).</summary>
    public int DataLag { get; init; }

    public IReadOnlyList<Series> Series { get; init; } = [];
    public IReadOnlyList<Target> Targets { get; init; } = [];
    public AssessmentRule Rule { get; init; } = new ManualRule();
    public Threshold Threshold { get; init; } = Threshold.None;

    /// <summary>How values per org unit make up the organization's value (<see cref="Aggregation.Last"/> makes none: units have no order).</summary>
    public Aggregation UnitAggregation { get; init; } = Aggregation.None;

    /// <summary>How quarterly or monthly values make up the year's value.</summary>
    public Aggregation PeriodAggregation { get; init; } = Aggregation.Last;

    public MeasurePurpose Purpose { get; init; } = MeasurePurpose.Assessed;

    /// <summary>First report year of a new measure ("Nytt mätetal från 2025").</summary>
    public int? IntroducedIn { get; init; }

    /// <summary>First report year the measure is no longer reported.</summary>
    public int? RemovedIn { get; init; }

    public string? ResponsibleUnitId { get; init; }
    public string? DataSource { get; init; }
    public string? Description { get; init; }

    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];
    public IReadOnlyList<Restatement> Restatements { get; init; } = [];
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
    public IReadOnlyList<FinalAssessment> Assessments { get; init; } = [];

    public bool IsReportedIn(int reportYear) =>
        (IntroducedIn is null || reportYear >= IntroducedIn || Outcomes.Any(o => o.Period.Year == reportYear))
        && (RemovedIn is null || reportYear < RemovedIn);

    public FinalAssessment? FinalFor(int year)
    {
        foreach (var assessment in Assessments)
        {
            if (assessment.Year == year && assessment.ScaleId is null)
            {
                return assessment;
            }
        }

        return null;
    }
}
