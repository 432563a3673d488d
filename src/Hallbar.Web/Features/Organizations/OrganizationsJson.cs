using System.ComponentModel;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;

namespace Hallbar.Web.Features.Organizations;

// The goal model as the API shows it: its tree, measures and targets, without outcomes or
// assessments (they have their own endpoints and their own rules for who sees which year). Names
// follow the model file (schema/hallbar-model-1.schema.json) where it has them.

[Description("En organisation. / An organization.")]
internal sealed record OrganizationJson(
    string Id,
    string Name,
    string Kind,
    [property: Description("Redovisningsår som är publicerade, nyast först. / Published report years, newest first.")] IReadOnlyList<int> PublishedYears);

[Description("Målmodellen som den redovisas ett år. / The goal model as reported in a year.")]
internal sealed record GoalModelJson(
    string Organization,
    string Name,
    [property: Description("Redovisningsåret; bara mätetal som redovisas det året är med. / The report year; only measures reported that year are included.")] int Year,
    IReadOnlyList<OrgUnitJson> Units,
    IReadOnlyList<ScaleJson> Scales,
    string DefaultScale,
    [property: Description("Målområdena, med mål, indikatorer och mätetal under sig. / The goal areas, with goals, indicators and measures below them.")] IReadOnlyList<NodeJson> Goals);

[Description("En förvaltning eller verksamhet. / An org unit.")]
internal sealed record OrgUnitJson(string Id, string Name, string? Parent);

[Description("En bedömningsskala. / An assessment scale.")]
internal sealed record ScaleJson(string Id, string Name, IReadOnlyList<GradeJson> Grades);

[Description("Ett steg på en bedömningsskala. / A grade of an assessment scale.")]
internal sealed record GradeJson(string Id, string Label, string? LabelEn, double? Score, string? Symbol)
{
    public static GradeJson? Of(Grade? grade) => grade is null ? null : new(grade.Id, grade.Label, grade.LabelEn, grade.Score, grade.Symbol);
}

[Description("Ett målområde, mål eller en indikator. / A goal area, goal or indicator.")]
internal sealed record NodeJson(
    string Id,
    NodeKind Kind,
    string Name,
    string? LevelName,
    string? Statement,
    int? TargetYear,
    IReadOnlyList<TargetJson> Targets,
    IReadOnlyList<MeasureJson> Measures,
    IReadOnlyList<NodeJson> Children);

[Description("Ett mätetal. / A measure.")]
internal sealed record MeasureJson(
    string Id,
    string Name,
    string? Description,
    MeasureKind Kind,
    string? Unit,
    Direction Direction,
    BaselineJson? Baseline,
    [property: Description("År mellan redovisningsåret och året siffran gäller. / Years between the report year and the year the figure covers.")] int DataLag,
    IReadOnlyList<SeriesJson> Series,
    IReadOnlyList<TargetJson> Targets,
    [property: Description("Regeln som ger förslaget till bedömning. / The rule that makes the suggested assessment.")] string Rule,
    MeasurePurpose Purpose,
    int? IntroducedIn,
    int? RemovedIn,
    [property: Description("Förvaltningen som rapporterar mätetalet. / The org unit that reports the measure.")] string? ResponsibleUnit,
    string? DataSource);

[Description("Basår och basvärde. / Base year and base value.")]
internal sealed record BaselineJson(int Year, decimal Value);

[Description("En delserie av ett mätetal. / A series of a measure.")]
internal sealed record SeriesJson(string Id, string Name, string? Unit, SeriesRole Role);

[Description("Ett målvärde, i modellfilens form. / A target, in the model file's shape.")]
internal sealed record TargetJson(
    [property: Description("direction, level, changeFromBase, annualChange eller qualitative.")] string Kind,
    string? Direction,
    decimal? Value,
    [property: Description(">=, >, <=, < eller =; utan: minst lika bra i önskad riktning. / Without: at least as good in the desired direction.")] string? Operator,
    decimal? Percent,
    int? BaseYear,
    decimal? PercentPerYear,
    string? Text,
    int? Year,
    string? Label,
    bool OnlyThatYear);
