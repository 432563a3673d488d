using System.Text.Json;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;

namespace Hallbar.ModelFile;

/// <summary>Writes a model as a model file that <see cref="ModelFileReader"/> reads back to the same model.</summary>
public static class ModelFileWriter
{
    public static string Write(OrganizationModel model) => JsonSerializer.Serialize(ToDto(model), ModelFileReader.Options) + "\n";

    internal static ModelDto ToDto(OrganizationModel model) => new()
    {
        FormatVersion = ModelFileReader.FormatVersion,
        Organization = new OrganizationDto
        {
            Id = model.Organization.Id,
            Name = model.Organization.Name,
            Kind = model.Organization.Kind,
            KoladaId = model.Organization.KoladaId,
            Units = NullIfEmpty(model.Organization.Units.Select(u => new UnitDto
            {
                Id = u.Id,
                Name = u.Name,
                Parent = u.ParentId,
                Illustrative = u.Illustrative ? true : null,
                Note = u.Note,
            })),
        },
        Scales = model.Scales.Select(s => new ScaleDto
        {
            Id = s.Id,
            Name = s.Name,
            Grades = s.Grades.Select(g => new GradeDto
            {
                Id = g.Id,
                Label = g.Label,
                LabelEn = g.LabelEn,
                Description = g.Description,
                DescriptionEn = g.DescriptionEn,
                Score = g.Score,
                Verdict = g.Verdict is { } v ? JsonNamingPolicy.CamelCase.ConvertName(v.ToString()) : null,
                Symbol = g.Symbol,
            }).ToList(),
        }).ToList(),
        DefaultScale = model.DefaultScaleId,
        Overall = new OverallDto { RollUp = RollUp(model.OverallRollUp), Assessments = Assessments(model.OverallAssessments) },
        Goals = model.Goals.Select(Node).ToList(),
        Sections = NullIfEmpty(model.Sections.Select(s => new SectionDto
        {
            Id = s.Id,
            Title = s.Title,
            Year = s.Year,
            Node = s.NodeId,
            Markdown = s.Markdown,
        })),
        Surveys = NullIfEmpty(model.Surveys.Select(SurveyMapping.ToDto)),
        SurveyResponses = NullIfEmpty(model.SurveyResponses.Select(SurveyMapping.ToDto)),
        ChildRights = NullIfEmpty(model.ChildRights.Select(c => new ChildRightsDto
        {
            Year = c.Year,
            PilotsTrained = c.PilotsTrained,
            PilotsInTotal = c.PilotsInTotal,
            MostPilotsAt = NullIfEmpty(c.MostPilotsAt),
            UnitsWithoutPilots = NullIfEmpty(c.UnitsWithoutPilots),
            WithoutPilotsNote = c.WithoutPilotsNote,
            SurveyTheme = c.SurveyThemeId,
            Decisions = NullIfEmpty(c.Decisions.Select(d => new DecisionDto { Title = d.Title, Reference = d.Reference, Unit = d.UnitId, AssessmentMade = d.AssessmentMade })),
        })),
        Highlights = NullIfEmpty(model.Highlights.Select(h => new HighlightDto
        {
            Id = h.Id,
            Year = h.Year,
            Title = h.Title,
            Markdown = h.Markdown,
            Photo = h.Photo is { } p ? new PhotoDto { Source = p.Source, Alt = p.AltText, Credit = p.Credit } : null,
        })),
    };

    private static NodeDto Node(GoalNode node) => new()
    {
        Id = node.Id,
        Kind = Camel(node.Kind),
        Name = node.Name,
        LevelName = node.LevelName,
        Statement = node.Statement,
        TargetYear = node.TargetYear,
        Targets = Targets(node.Targets),
        Scale = node.ScaleId,
        RollUp = node.RollUp is null ? null : RollUp(node.RollUp),
        Footnotes = Footnotes(node.Footnotes),
        Assessments = Assessments(node.Assessments),
        Children = NullIfEmpty(node.Children.Select(Node)),
        Measures = NullIfEmpty(node.Measures.Select(Measure)),
    };

    private static MeasureDto Measure(Measure m) => new()
    {
        Id = m.Id,
        Name = m.Name,
        Description = m.Description,
        Kind = Camel(m.Kind),
        Unit = m.Unit,
        Direction = m.Direction == Direction.None ? null : Camel(m.Direction),
        Baseline = m.Baseline is null ? null : new BaselineDto
        {
            Year = m.Baseline.Year,
            Value = m.Kind == MeasureKind.ChangeFromBase ? null : m.Baseline.Value,
        },
        DataLag = m.DataLag == 0 ? null : m.DataLag,
        Series = NullIfEmpty(m.Series.Select(s => new SeriesDto
        {
            Id = s.Id,
            Name = s.Name,
            Unit = s.Unit,
            Role = s.Role == SeriesRole.Comparison ? "comparison" : null,
        })),
        Targets = Targets(m.Targets),
        Rule = m.Rule switch
        {
            ManualRule { Description: null } => null,
            ManualRule manual => new RuleDto { Kind = manual.Name, Description = manual.Description },
            TrendRule trend => new RuleDto { Kind = trend.Name, Years = trend.Years },
            ProgressRatioRule ratio => new RuleDto { Kind = ratio.Name, Bands = Bands(ratio.Bands) },
            var rule => new RuleDto { Kind = rule.Name },
        },
        Threshold = m.Threshold.Value == 0 && !m.Threshold.IsRelative ? null
            : m.Threshold.IsRelative ? new ThresholdDto { Relative = m.Threshold.Value } : new ThresholdDto { Absolute = m.Threshold.Value },
        UnitAggregation = m.UnitAggregation == Aggregation.None ? null : Camel(m.UnitAggregation),
        PeriodAggregation = m.PeriodAggregation == Aggregation.Last ? null : Camel(m.PeriodAggregation),
        Purpose = m.Purpose == MeasurePurpose.Context ? "context" : null,
        Introduced = m.IntroducedIn,
        Removed = m.RemovedIn,
        ResponsibleUnit = m.ResponsibleUnitId,
        DataSource = m.DataSource,
        Outcomes = NullIfEmpty(m.Outcomes.Select(o => new OutcomeDto
        {
            Period = o.Period.ToString(),
            Value = o.Value,
            Text = o.Text,
            Missing = o.MissingReason,
            Series = o.SeriesId,
            OrgUnit = o.UnitId,
            Weight = o.Weight,
            Source = o.Source,
            Comment = o.Comment,
        })),
        Restatements = NullIfEmpty(m.Restatements.Select(r => new RestatementDto
        {
            Period = r.Period.ToString(),
            Series = r.SeriesId,
            OrgUnit = r.UnitId,
            OldValue = r.OldValue,
            NewValue = r.NewValue,
            RestatedIn = r.RestatedInYear,
            Date = r.Date,
            Reason = r.Reason,
        })),
        Footnotes = Footnotes(m.Footnotes),
        Assessments = Assessments(m.Assessments),
    };

    internal static List<TargetDto>? Targets(IReadOnlyList<Target> targets) => NullIfEmpty(targets.Select(Target));

    private static TargetDto Target(Target target)
    {
        var dto = TargetShape(target);
        dto.OnlyThatYear = target.OnlyThatYear ? true : null;
        return dto;
    }

    private static TargetDto TargetShape(Target t) => t switch
    {
        DirectionTarget d => new TargetDto { Kind = "direction", Direction = Camel(d.Direction), Year = d.Year, Label = d.Label },
        LevelTarget l => new TargetDto { Kind = "level", Value = l.Value, Operator = l.Operator.Symbol(), Year = l.Year, Label = l.Label },
        ChangeFromBaseTarget c => new TargetDto { Kind = "changeFromBase", Percent = c.Percent, BaseYear = c.BaseYear, Year = c.ByYear, Label = c.Label },
        AnnualChangeTarget a => new TargetDto { Kind = "annualChange", PercentPerYear = a.PercentPerYear, Year = a.Year, Label = a.Label },
        QualitativeTarget q => new TargetDto { Kind = "qualitative", Text = q.Text, Year = q.Year, Label = q.Label },
        _ => throw new InvalidOperationException($"Unknown target {t.GetType().Name}."),
    };

    private static RollUpDto RollUp(RollUpMethod method) => method switch
    {
        AverageRollUp average => new RollUpDto { Method = average.Name, Bands = Bands(average.Bands) },
        KeyChildRollUp key => new RollUpDto { Method = key.Name, Key = key.ChildId },
        ManualRollUp manual => new RollUpDto { Method = manual.Name, Description = manual.Description },
        _ => throw new InvalidOperationException($"Unknown roll-up {method.Name}."),
    };

    private static List<BandDto> Bands(IReadOnlyList<ScoreBand> bands) =>
        bands.Select(b => b.Exclusive ? new BandDto { Above = b.AtLeast, Grade = b.GradeId } : new BandDto { AtLeast = b.AtLeast, Grade = b.GradeId }).ToList();

    private static List<AssessmentDto>? Assessments(IReadOnlyList<FinalAssessment> assessments) =>
        NullIfEmpty(assessments.Select(a => new AssessmentDto { Year = a.Year, Grade = a.GradeId, Motivation = a.Motivation, Scale = a.ScaleId }));

    private static List<FootnoteDto>? Footnotes(IReadOnlyList<Footnote> footnotes) =>
        NullIfEmpty(footnotes.Select(f => new FootnoteDto
        {
            Text = f.Text,
            Period = f.Period?.ToString(),
            Series = f.SeriesId,
            On = f.Place == (f.Period is null ? FootnotePlace.Row : FootnotePlace.Value) ? null : Camel(f.Place),
            After = f.AfterWord,
        }));

    private static string Camel<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }
}
