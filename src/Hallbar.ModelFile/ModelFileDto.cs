using System.Text.Json.Serialization;

namespace Hallbar.ModelFile;

// The file as written: plain classes that mirror schema/hallbar-model-1.schema.json one to one.
// The schema checks their shape before they are read; ModelMapper checks their meaning.

internal sealed class ModelDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int FormatVersion { get; set; }
    public OrganizationDto Organization { get; set; } = new();
    public List<ScaleDto> Scales { get; set; } = [];
    public string DefaultScale { get; set; } = "";
    public DefaultsDto? Defaults { get; set; }
    public OverallDto? Overall { get; set; }
    public List<NodeDto> Goals { get; set; } = [];
    public List<SectionDto>? Sections { get; set; }
    public List<SurveyDto>? Surveys { get; set; }
    public List<SurveyResponseDto>? SurveyResponses { get; set; }
    public List<ChildRightsDto>? ChildRights { get; set; }
    public List<HighlightDto>? Highlights { get; set; }
}

internal sealed class DefaultsDto
{
    public RollUpDto? RollUp { get; set; }
}

internal sealed class OverallDto
{
    public RollUpDto? RollUp { get; set; }
    public List<AssessmentDto>? Assessments { get; set; }
}

internal sealed class OrganizationDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? KoladaId { get; set; }
    public List<UnitDto>? Units { get; set; }
}

internal sealed class UnitDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Parent { get; set; }
    public bool? Illustrative { get; set; }
    public string? Note { get; set; }
}

internal sealed class ScaleDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<GradeDto> Grades { get; set; } = [];
}

internal sealed class GradeDto
{
    public string Id { get; set; } = "";
    public string Label { get; set; } = "";
    public string? LabelEn { get; set; }
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    public double? Score { get; set; }
    public string? Verdict { get; set; }
    public string? Symbol { get; set; }
}

internal sealed class BandDto
{
    public double? AtLeast { get; set; }
    public double? Above { get; set; }
    public string Grade { get; set; } = "";
}

internal sealed class RollUpDto
{
    public string Method { get; set; } = "";
    public List<BandDto>? Bands { get; set; }
    public string? Key { get; set; }
    public string? Description { get; set; }
}

internal sealed class AssessmentDto
{
    public int Year { get; set; }
    public string Grade { get; set; } = "";
    public string? Motivation { get; set; }
    public string? Scale { get; set; }
}

internal sealed class FootnoteDto
{
    public string Text { get; set; } = "";
    public string? Period { get; set; }
    public string? Series { get; set; }
    public string? On { get; set; }
    public string? After { get; set; }
}

internal sealed class TargetDto
{
    public string Kind { get; set; } = "";
    public string? Direction { get; set; }
    public decimal? Value { get; set; }
    public string? Operator { get; set; }
    public decimal? Percent { get; set; }
    public int? BaseYear { get; set; }
    public decimal? PercentPerYear { get; set; }
    public string? Text { get; set; }
    public int? Year { get; set; }
    public string? Label { get; set; }
    public bool? OnlyThatYear { get; set; }
}

internal sealed class RuleDto
{
    public string Kind { get; set; } = "";
    public int? Years { get; set; }
    public List<BandDto>? Bands { get; set; }
    public string? Description { get; set; }
}

internal sealed class ThresholdDto
{
    public decimal? Absolute { get; set; }
    public decimal? Relative { get; set; }
}

internal sealed class BaselineDto
{
    public int Year { get; set; }
    public decimal? Value { get; set; }
}

internal sealed class SeriesDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public string? Role { get; set; }
}

internal sealed class OutcomeDto
{
    public string Period { get; set; } = "";
    public decimal? Value { get; set; }
    public string? Text { get; set; }
    public string? Missing { get; set; }
    public string? Series { get; set; }
    public string? OrgUnit { get; set; }
    public decimal? Weight { get; set; }
    public string? Source { get; set; }
    public string? Comment { get; set; }
}

internal sealed class RestatementDto
{
    public string Period { get; set; } = "";
    public string? Series { get; set; }
    public string? OrgUnit { get; set; }
    public decimal? OldValue { get; set; }
    public decimal? NewValue { get; set; }
    public int RestatedIn { get; set; }
    public DateOnly? Date { get; set; }
    public string Reason { get; set; } = "";
}

internal sealed class MeasureDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Kind { get; set; } = "";
    public string? Unit { get; set; }
    public string? Direction { get; set; }
    public BaselineDto? Baseline { get; set; }
    public int? DataLag { get; set; }
    public List<SeriesDto>? Series { get; set; }
    public List<TargetDto>? Targets { get; set; }
    public RuleDto? Rule { get; set; }
    public ThresholdDto? Threshold { get; set; }
    public string? UnitAggregation { get; set; }
    public string? PeriodAggregation { get; set; }
    public string? Purpose { get; set; }
    public int? Introduced { get; set; }
    public int? Removed { get; set; }
    public string? ResponsibleUnit { get; set; }
    public string? DataSource { get; set; }
    public List<OutcomeDto>? Outcomes { get; set; }
    public List<RestatementDto>? Restatements { get; set; }
    public List<FootnoteDto>? Footnotes { get; set; }
    public List<AssessmentDto>? Assessments { get; set; }
}

internal sealed class NodeDto
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string? LevelName { get; set; }
    public string? Statement { get; set; }
    public int? TargetYear { get; set; }
    public List<TargetDto>? Targets { get; set; }
    public string? Scale { get; set; }
    public RollUpDto? RollUp { get; set; }
    public List<FootnoteDto>? Footnotes { get; set; }
    public List<AssessmentDto>? Assessments { get; set; }
    public List<NodeDto>? Children { get; set; }
    public List<MeasureDto>? Measures { get; set; }
}

internal sealed class SectionDto
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public int? Year { get; set; }
    public string? Node { get; set; }
    public string Markdown { get; set; } = "";
}
