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
    public int DataLag
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(DataLag), value, "A data lag is zero or more years.");
    }

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

    /// <summary>
    /// The base the measure is judged from: its baseline, or for a change-from-base measure
    /// without one, 0 in its change target's base year. Years are data years.
    /// </summary>
    public Baseline? Base => Baseline
        ?? (Kind == MeasureKind.ChangeFromBase && Targets.OfType<ChangeFromBaseTarget>().FirstOrDefault() is { } change
            ? new Baseline(change.BaseYear, 0)
            : null);

    /// <summary>Whether the report of a year has the measure: from the year it was introduced (earlier outcomes are back-filled for comparison) until it was removed.</summary>
    public bool IsReportedIn(int reportYear) =>
        (IntroducedIn is null || reportYear >= IntroducedIn) && (RemovedIn is null || reportYear < RemovedIn);

    public FinalAssessment? FinalFor(int year) => Assessments.FinalFor(year);
}
