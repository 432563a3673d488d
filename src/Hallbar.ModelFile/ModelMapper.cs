using System.Text.Json;
using System.Globalization;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Narrative;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Periods;

namespace Hallbar.ModelFile;

/// <summary>
/// Turns a schema-valid file into the domain model, checking what a schema cannot: references,
/// unique ids, years within the goal's range, rules that have what they need. Collects every
/// problem with its JSON Pointer instead of stopping at the first.
/// </summary>
internal sealed partial class ModelMapper(string? folder = null)
{
    // The folder of the model file, where photos given as file paths are; null for a file read without one.
    private readonly string? _folder = folder;
    private readonly List<(string Pointer, string Message, string English)> _errors = [];
    private readonly HashSet<string> _unitIds = new(StringComparer.Ordinal);
    private Dictionary<string, string?> _unitParents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AssessmentScale> _scales = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nodeAndMeasureIds = new(StringComparer.Ordinal);
    // Scales whose own definition has a problem: what they lack because of it is not reported again.
    private readonly HashSet<string> _brokenScales = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scalesWithoutNoValue = new(StringComparer.Ordinal);
    private string _defaultScale = "";

    /// <summary>Every problem found, where (a JSON Pointer) and why in Swedish and in English.</summary>
    public IReadOnlyList<(string Pointer, string Message, string English)> Errors => _errors;

    public OrganizationModel? Map(ModelDto dto)
    {
        var organization = MapOrganization(dto.Organization);
        MapScales(dto.Scales);
        _defaultScale = dto.DefaultScale;
        if (!_scales.ContainsKey(dto.DefaultScale))
        {
            UnknownScale("/defaultScale", dto.DefaultScale);
        }

        for (var i = 0; i < dto.Goals.Count; i++)
        {
            CollectIds(dto.Goals[i], $"/goals/{i}");
        }

        var defaultRollUp = dto.Defaults?.RollUp is { } d ? MapRollUp(d, "/defaults/rollUp", _defaultScale, null) : null;
        if (defaultRollUp is KeyChildRollUp)
        {
            Error("/defaults/rollUp/method", "En avgörande del (\"key\") hör till en enda nod; som standard för alla noder pekar den inte ut något.",
                "A deciding child (\"key\") belongs to one node; as a default for every node it would name nothing.");
        }

        var goals = new List<GoalNode>();
        for (var i = 0; i < dto.Goals.Count; i++)
        {
            goals.Add(MapNode(dto.Goals[i], $"/goals/{i}", _defaultScale, null, defaultRollUp));
        }

        var overallRollUp = dto.Overall?.RollUp is { } o
            ? MapRollUp(o, "/overall/rollUp", _defaultScale, dto.Goals.Select(g => g.Id))
            : defaultRollUp ?? new ManualRollUp();
        var overallAssessments = MapAssessments(dto.Overall?.Assessments, "/overall/assessments", _defaultScale, null);
        var sections = MapSections(dto.Sections);
        var surveys = MapSurveys(dto.Surveys);
        var responses = MapResponses(dto.SurveyResponses, surveys);
        var childRights = MapChildRights(dto.ChildRights, surveys);
        var highlights = MapHighlights(dto.Highlights);

        if (_errors.Count > 0 || organization is null)
        {
            return null;
        }

        return new OrganizationModel
        {
            Organization = organization,
            Scales = dto.Scales.Select(s => _scales[s.Id]).ToList(),
            DefaultScaleId = dto.DefaultScale,
            Goals = goals,
            OverallRollUp = overallRollUp,
            OverallAssessments = overallAssessments,
            Sections = sections,
            Surveys = surveys,
            SurveyResponses = responses,
            ChildRights = childRights,
            Highlights = highlights,
        };
    }

    private Organization? MapOrganization(OrganizationDto dto)
    {
        var units = dto.Units ?? [];
        for (var i = 0; i < units.Count; i++)
        {
            if (!_unitIds.Add(units[i].Id))
            {
                Error($"/organization/units/{i}/id", $"Det finns redan en förvaltning med id '{units[i].Id}'.", $"Duplicate unit id '{units[i].Id}'.");
            }
        }

        var parents = _unitParents = units.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First().Parent, StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Parent is null)
            {
                continue;
            }

            if (!_unitIds.Contains(unit.Parent))
            {
                Error($"/organization/units/{i}/parent", $"Det finns ingen förvaltning '{unit.Parent}' att ha ovanför.", $"Unknown parent unit '{unit.Parent}'.");
                continue;
            }

            if (IsInCycle(unit.Id, parents))
            {
                Error($"/organization/units/{i}/parent", $"Förvaltningen '{unit.Id}' hamnar ovanför sig själv genom '{unit.Parent}'.",
                    $"Unit '{unit.Id}' is its own ancestor through '{unit.Parent}'.");
            }
        }

        return new Organization(dto.Id, dto.Name, dto.Kind,
            units.Select(u => new OrgUnit(u.Id, u.Name, u.Parent, u.Illustrative ?? false, u.Note)).ToList(), dto.KoladaId);
    }

    /// <summary>True when walking up from the unit comes back to it; a unit below someone else's cycle is not in it.</summary>
    private static bool IsInCycle(string id, Dictionary<string, string?> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = parents.GetValueOrDefault(id); p is not null && seen.Add(p); p = parents.GetValueOrDefault(p))
        {
            if (p == id)
            {
                return true;
            }
        }

        return false;
    }

    private void MapScales(List<ScaleDto> scales)
    {
        for (var i = 0; i < scales.Count; i++)
        {
            var dto = scales[i];
            var at = $"/scales/{i}";
            if (_scales.ContainsKey(dto.Id))
            {
                Error($"{at}/id", $"Det finns redan en skala med id '{dto.Id}'.", $"Duplicate scale id '{dto.Id}'.");
                continue;
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            var verdicts = new HashSet<Verdict>();
            var grades = new List<Grade>();
            for (var g = 0; g < dto.Grades.Count; g++)
            {
                var grade = dto.Grades[g];
                if (!ids.Add(grade.Id))
                {
                    Error($"{at}/grades/{g}/id", $"Skalan '{dto.Id}' har redan en nivå med id '{grade.Id}'.", $"Duplicate grade id '{grade.Id}' in scale '{dto.Id}'.");
                    _brokenScales.Add(dto.Id);
                    continue;
                }

                Verdict? verdict = grade.Verdict is null ? null : Enum.Parse<Verdict>(grade.Verdict, ignoreCase: true);
                if (verdict is { } v && !verdicts.Add(v))
                {
                    Error($"{at}/grades/{g}/verdict", $"Två nivåer på skalan '{dto.Id}' står för samma \"verdict\", '{grade.Verdict}'.",
                        $"Two grades of scale '{dto.Id}' stand for the verdict '{grade.Verdict}'.");
                    _brokenScales.Add(dto.Id);
                }

                if (verdict == Verdict.NoValue && grade.Score is not null)
                {
                    Error($"{at}/grades/{g}/score", "Nivån för \"inget värde\" har ingen poäng; ta bort \"score\".", "The grade for \"no value\" has no score.");
                }

                grades.Add(new Grade(grade.Id, grade.Label, grade.LabelEn, grade.Score, verdict, grade.Symbol) { Description = grade.Description, DescriptionEn = grade.DescriptionEn });
            }

            if (grades.Count > 0)
            {
                _scales[dto.Id] = new AssessmentScale(dto.Id, dto.Name, grades);
            }
        }
    }

    private void CollectIds(NodeDto node, string at)
    {
        if (!_nodeAndMeasureIds.TryAdd(node.Id, at))
        {
            DuplicateId($"{at}/id", node.Id);
        }

        for (var i = 0; i < (node.Measures?.Count ?? 0); i++)
        {
            var measure = node.Measures![i];
            if (!_nodeAndMeasureIds.TryAdd(measure.Id, $"{at}/measures/{i}"))
            {
                DuplicateId($"{at}/measures/{i}/id", measure.Id);
            }
        }

        for (var i = 0; i < (node.Children?.Count ?? 0); i++)
        {
            CollectIds(node.Children![i], $"{at}/children/{i}");
        }
    }

    private GoalNode MapNode(NodeDto dto, string at, string parentScale, int? goalTargetYear, RollUpMethod? defaultRollUp)
    {
        var scale = dto.Scale ?? parentScale;
        if (dto.Scale is not null && !_scales.ContainsKey(dto.Scale))
        {
            UnknownScale($"{at}/scale", dto.Scale);
            scale = _defaultScale;
        }

        var targetYear = dto.TargetYear ?? goalTargetYear;
        var children = new List<GoalNode>();
        for (var i = 0; i < (dto.Children?.Count ?? 0); i++)
        {
            children.Add(MapNode(dto.Children![i], $"{at}/children/{i}", scale, targetYear, defaultRollUp));
        }

        var measures = new List<Measure>();
        for (var i = 0; i < (dto.Measures?.Count ?? 0); i++)
        {
            measures.Add(MapMeasure(dto.Measures![i], $"{at}/measures/{i}", scale, targetYear));
        }

        var childIds = (dto.Children ?? []).Select(c => c.Id)
            .Concat((dto.Measures ?? []).Where(m => m.Purpose != "context").Select(m => m.Id));
        if (dto.RollUp is null && defaultRollUp is AverageRollUp inherited && scale != _defaultScale)
        {
            foreach (var band in inherited.Bands.Where(b => _scales.TryGetValue(scale, out var own) && own.Find(b.GradeId) is null))
            {
                Error(at, $"Noden bedöms på skalan '{scale}' men ärver standardsammanvägningen, vars intervall nämner nivån '{band.GradeId}'; ge noden en egen \"rollUp\".",
                    $"The node is on scale '{scale}' but inherits the default roll-up, whose bands name grade '{band.GradeId}'; give the node its own \"rollUp\".");
            }
        }

        RequireNoValueGrade(scale, at);
        return new GoalNode
        {
            Id = dto.Id,
            Kind = Enum.Parse<NodeKind>(dto.Kind, ignoreCase: true),
            Name = dto.Name,
            LevelName = dto.LevelName,
            Statement = dto.Statement,
            TargetYear = dto.TargetYear,
            Targets = MapTargets(dto.Targets, $"{at}/targets", targetYear),
            ScaleId = dto.Scale,
            RollUp = dto.RollUp is null ? defaultRollUp : MapRollUp(dto.RollUp, $"{at}/rollUp", scale, childIds),
            Children = children,
            Measures = measures,
            Footnotes = MapFootnotes(dto.Footnotes, $"{at}/footnotes", null, dto.Name),
            Assessments = MapAssessments(dto.Assessments, $"{at}/assessments", scale, targetYear is { } y ? new YearRange(y, MaxDataLag(dto)) : null),
        };
    }

    /// <summary>A goal is judged in the report that covers its target year: with lagging data, a later report year.</summary>
    private static int MaxDataLag(NodeDto node) => Math.Max(
        (node.Measures ?? []).Select(m => m.DataLag ?? 0).DefaultIfEmpty(0).Max(),
        (node.Children ?? []).Select(MaxDataLag).DefaultIfEmpty(0).Max());

    /// <summary>Rules and roll-ups that may find no value need a grade to say so.</summary>
    private void RequireNoValueGrade(string scaleId, string at)
    {
        if (_scales.TryGetValue(scaleId, out var scale) && scale.NoValue is null && !_brokenScales.Contains(scaleId) && _scalesWithoutNoValue.Add(scaleId))
        {
            Error(at, $"Skalan '{scaleId}' har ingen nivå för \"inget värde\" (en nivå utan poäng), som en bedömning utan data behöver.",
                $"Scale '{scaleId}' has no grade for \"no value\" (a grade without a score), which an assessment without data needs.");
        }
    }

    private Measure MapMeasure(MeasureDto dto, string at, string scale, int? goalTargetYear)
    {
        var kind = Enum.Parse<MeasureKind>(dto.Kind, ignoreCase: true);
        var targets = MapTargets(dto.Targets, $"{at}/targets", goalTargetYear);
        var direction = dto.Direction is null ? DirectionOf(targets) : Enum.Parse<Direction>(dto.Direction, ignoreCase: true);
        var series = (dto.Series ?? []).Select(s => new Series(s.Id, s.Name, s.Unit,
            s.Role is "comparison" ? SeriesRole.Comparison : SeriesRole.Component)).ToList();
        var seriesIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < series.Count; i++)
        {
            if (!seriesIds.Add(series[i].Id))
            {
                Error($"{at}/series/{i}/id", $"Mätetalet '{dto.Id}' har redan en delserie med id '{series[i].Id}'.", $"Duplicate series id '{series[i].Id}' in measure '{dto.Id}'.");
            }
        }

        var components = series.Where(s => s.Role == SeriesRole.Component).Select(s => s.Id).ToList();
        if (kind == MeasureKind.Composite && components.Count == 0)
        {
            Error($"{at}/series", $"Det sammansatta mätetalet '{dto.Id}' nämner inga delserier som det består av.", $"Composite measure '{dto.Id}' names no component series.");
        }
        else if (kind != MeasureKind.Composite && components.Count > 0)
        {
            Error($"{at}/series", "Bara ett sammansatt mätetal består av delserier; markera en serie att jämföra med som \"role\": \"comparison\".",
                "Only a composite measure has component series; mark a comparison series with \"role\": \"comparison\".");
        }

        var lag = dto.DataLag ?? 0;
        var range = goalTargetYear is { } target ? new YearRange(target, lag) : null;
        var baseline = MapBaseline(dto, kind, at);
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is ChangeFromBaseTarget change && baseline is not null && change.BaseYear != baseline.Year)
            {
                Error($"{at}/targets/{i}/baseYear", $"Målvärdet räknas mot {change.BaseYear}, men mätetalets basår är {baseline.Year}.",
                    $"The target is against {change.BaseYear}, but the measure's base year is {baseline.Year}.");
            }

            if (targets[i] is DirectionTarget wanted && direction != Direction.None && wanted.Direction != direction)
            {
                var (says, measures) = (JsonNamingPolicy.CamelCase.ConvertName(wanted.Direction.ToString()), JsonNamingPolicy.CamelCase.ConvertName(direction.ToString()));
                Error($"{at}/targets/{i}/direction", $"Målvärdet säger \"{says}\", men mätetalets riktning är \"{measures}\".",
                    $"The target says {says}, but the measure's direction is {measures}.");
            }

            if (dto.Targets![i].Kind != "changeFromBase" && targets[i].Year is { } by && baseline is not null && by <= baseline.Year)
            {
                Error($"{at}/targets/{i}/year", $"Målåret {by} kommer inte efter mätetalets basår {baseline.Year}.",
                    $"The target year {by} is not after the measure's base year {baseline.Year}.");
            }

            // A qualitative measure's outcomes are text: no figure can reach a level or a change.
            if (kind == MeasureKind.Qualitative && targets[i] is LevelTarget or ChangeFromBaseTarget or AnnualChangeTarget)
            {
                Error($"{at}/targets/{i}/kind", $"Mätetalet '{dto.Id}' är kvalitativt: ett målvärde av slaget \"{dto.Targets![i].Kind}\" behöver siffror; använd \"qualitative\" eller \"direction\".",
                    $"Measure '{dto.Id}' is qualitative: a \"{dto.Targets![i].Kind}\" target needs figures; use \"qualitative\" or \"direction\".");
            }
        }

        var outcomes = MapOutcomes(dto, at, kind, seriesIds, baseline?.Year, range);
        CheckParts(dto, at, outcomes);
        var threshold = dto.Threshold switch
        {
            null => Threshold.None,
            { Absolute: { } a, Relative: null } => Threshold.Absolute(a),
            { Absolute: null, Relative: { } r } => Threshold.Relative(r),
            _ => Invalid(Threshold.None, $"{at}/threshold", "Ange tröskeln som antingen \"absolute\" eller \"relative\".", "Give a threshold as one of \"absolute\" or \"relative\"."),
        };
        var rule = MapRule(dto, at, kind, direction, targets, baseline, scale);

        if (dto.Introduced is { } introduced && dto.Removed is { } removed && removed <= introduced)
        {
            Error($"{at}/removed", $"Mätetalet '{dto.Id}' tas bort {removed}, inte efter att det infördes {introduced}.",
                $"Measure '{dto.Id}' is removed in {removed}, not after it was introduced in {introduced}.");
        }

        for (var i = 0; i < outcomes.Count; i++)
        {
            if (dto.Removed is { } gone && outcomes[i].Period.Year >= gone)
            {
                Error($"{at}/outcomes/{i}/period", $"Utfall för {outcomes[i].Period}, efter att mätetalet '{dto.Id}' togs bort {gone}.",
                    $"Outcome for {outcomes[i].Period} after measure '{dto.Id}' was removed in {gone}.");
            }
        }

        if (dto.ResponsibleUnit is not null && !_unitIds.Contains(dto.ResponsibleUnit))
        {
            UnknownUnit($"{at}/responsibleUnit", dto.ResponsibleUnit);
        }

        return new Measure
        {
            Id = dto.Id,
            Name = dto.Name,
            Description = dto.Description,
            Kind = kind,
            Unit = dto.Unit,
            Direction = direction,
            Baseline = baseline,
            DataLag = lag,
            Series = series,
            Targets = targets,
            Rule = rule,
            Threshold = threshold,
            UnitAggregation = ParseAggregation(dto.UnitAggregation, Aggregation.None),
            PeriodAggregation = ParseAggregation(dto.PeriodAggregation, Aggregation.Last),
            Purpose = dto.Purpose is "context" ? MeasurePurpose.Context : MeasurePurpose.Assessed,
            IntroducedIn = dto.Introduced,
            RemovedIn = dto.Removed,
            ResponsibleUnitId = dto.ResponsibleUnit,
            DataSource = dto.DataSource,
            Outcomes = outcomes,
            Restatements = MapRestatements(dto, at, outcomes, seriesIds),
            Footnotes = MapFootnotes(dto.Footnotes, $"{at}/footnotes", seriesIds, heading: null),
            Assessments = MapAssessments(dto.Assessments, $"{at}/assessments", scale, range),
        };
    }

    private Baseline? MapBaseline(MeasureDto dto, MeasureKind kind, string at)
    {
        if (dto.Baseline is null)
        {
            return null;
        }

        if (kind == MeasureKind.ChangeFromBase)
        {
            if (dto.Baseline.Value is { } v && v != 0)
            {
                Error($"{at}/baseline/value", "Ett mätetal som mäter förändring mot basår är 0 i basåret; utelämna basvärdet.",
                    "A change-from-base measure is 0 in its base year; leave the base value out.");
            }

            return new Baseline(dto.Baseline.Year, 0);
        }

        if (dto.Baseline.Value is null)
        {
            Error($"{at}/baseline", "Basvärdet saknas.", "The base value is missing.");
            return null;
        }

        return new Baseline(dto.Baseline.Year, dto.Baseline.Value.Value);
    }

    private List<Outcome> MapOutcomes(MeasureDto dto, string at, MeasureKind kind, HashSet<string> seriesIds, int? baseYear, YearRange? range)
    {
        var list = dto.Outcomes ?? [];
        var outcomes = new List<Outcome>(list.Count);
        var seen = new HashSet<(Period, string?, string?)>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var o = list[i];
            // Made only for a problem: a model can hold a million outcomes.
            string Path() => $"{at}/outcomes/{i}";
            var period = Period.TryParse(o.Period);
            if (period is not { } p)
            {
                Error($"{Path()}/period", $"'{o.Period}' är ingen period: skriv ett år (2025), ett kvartal (2025-Q2) eller en månad (2025-03).",
                    $"'{o.Period}' is not a period: write a year (2025), a quarter (2025-Q2) or a month (2025-03).");
                continue;
            }

            var given = (o.Value is null ? 0 : 1) + (o.Text is null ? 0 : 1) + (o.Missing is null ? 0 : 1);
            if (given != 1)
            {
                Error(Path(), "Ett utfall har precis ett av \"value\", \"text\" och \"missing\".", "An outcome has exactly one of \"value\", \"text\" or \"missing\".");
                continue;
            }

            if (kind == MeasureKind.Qualitative && o.Value is not null)
            {
                Error($"{Path()}/value", $"Mätetalet '{dto.Id}' är kvalitativt: ange utfallet som \"text\".", $"Measure '{dto.Id}' is qualitative: give its outcome as \"text\".");
            }
            else if (kind != MeasureKind.Qualitative && o.Text is not null)
            {
                Error($"{Path()}/text", $"Mätetalet '{dto.Id}' är av slaget \"{dto.Kind}\": ange utfallet som ett tal i \"value\".",
                    $"Measure '{dto.Id}' is {dto.Kind}: give its outcome as a number in \"value\".");
            }

            if (o.Series is not null && !seriesIds.Contains(o.Series))
            {
                Error($"{Path()}/series", $"Det finns ingen delserie '{o.Series}'; mätetalet '{dto.Id}' har {Known(seriesIds, "inga")}.",
                    $"Unknown series '{o.Series}'; measure '{dto.Id}' has {Known(seriesIds, "none")}.");
            }
            else if (kind == MeasureKind.Composite && o.Series is null)
            {
                Error(Path(), $"Mätetalet '{dto.Id}' är sammansatt: ange delserien för varje utfall.", $"Measure '{dto.Id}' is composite: name the series of each outcome.");
            }

            if (o.OrgUnit is not null && !_unitIds.Contains(o.OrgUnit))
            {
                UnknownUnit($"{Path()}/orgUnit", o.OrgUnit);
            }

            if (baseYear is { } b && p.Year - (dto.DataLag ?? 0) < b)
            {
                Error($"{Path()}/period", $"Utfallet för {p} gäller ett år före mätetalets basår {b}.", $"Outcome for {p} covers a year before the measure's base year {b}.");
            }

            if (range is not null && p.Year > range.LastReportYear)
            {
                Error($"{Path()}/period", $"Utfallet för {p} kommer efter målets målår {range.Describe(english: false)}.",
                    $"Outcome for {p} is after the goal's target year {range.Describe(english: true)}.");
            }

            if (!seen.Add((p, o.Series, o.OrgUnit)))
            {
                Error(Path(),
                    $"Ett andra utfall för {p}" + (o.Series is null ? string.Empty : $", delserie '{o.Series}'") + (o.OrgUnit is null ? string.Empty : $", förvaltning '{o.OrgUnit}'") + ".",
                    $"A second outcome for {p}" + (o.Series is null ? string.Empty : $", series '{o.Series}'") + (o.OrgUnit is null ? string.Empty : $", org unit '{o.OrgUnit}'") + ".");
                continue;
            }

            outcomes.Add(new Outcome(p, o.Value, o.Text, o.Missing, o.Series, o.OrgUnit, o.Weight, o.Source, o.Comment));
        }

        return outcomes;
    }

    /// <summary>
    /// Values that make up a year or the organization must add up to something: one kind of
    /// sub-period a year, a way to combine units, weights for a weighted average, and no unit
    /// reported beside a unit above it (which already includes it).
    /// </summary>
    private void CheckParts(MeasureDto dto, string at, List<Outcome> outcomes)
    {
        var unitAggregation = ParseAggregation(dto.UnitAggregation, Aggregation.None);
        // Only a measure with more than one kind of period can mix them within a year; grouping the
        // outcomes of every other one (most, with up to a million outcomes) would find nothing.
        var severalKinds = outcomes.Any(o => o.Period.Kind != outcomes[0].Period.Kind);
        foreach (var group in severalKinds ? outcomes.GroupBy(o => (o.Period.Year, o.SeriesId, o.UnitId)) : [])
        {
            if (group.Select(o => o.Period.Kind).Distinct().Count() > 1)
            {
                var unit = group.Key.UnitId is { } u ? $" '{u}'" : null;
                Error($"{at}/outcomes/{IndexOf(dto, group.Last())}/period",
                    $"{group.Key.Year} blandar år, kvartal och månader{(unit is null ? null : " för" + unit)}: redovisa ett år i ett slags period, annars räknas delarna dubbelt.",
                    $"{group.Key.Year} mixes years, quarters and months{(unit is null ? null : " for" + unit)}: report a year in one kind of period, or its parts would be counted twice.");
            }
        }

        // Looked up per group rather than searched for: a measure can have a million outcomes.
        var wholes = outcomes.Where(o => o.UnitId is null).Select(o => (o.Period, o.SeriesId)).ToHashSet();
        foreach (var group in outcomes.Where(o => o.UnitId is not null).GroupBy(o => (o.Period, o.SeriesId)))
        {
            if (unitAggregation == Aggregation.None && !wholes.Contains(group.Key))
            {
                Error($"{at}/outcomes/{IndexOf(dto, group.First())}/orgUnit",
                    $"Värden per förvaltning för {group.Key.Period}, men ingen \"unitAggregation\" som gör organisationens värde av dem och inget värde för hela organisationen.",
                    $"Values per org unit for {group.Key.Period} but no \"unitAggregation\" to make the organization's value of them, and no value for the whole organization.");
            }

            HashSet<string>? reporting = null;
            foreach (var outcome in group)
            {
                // The units reporting beside it, and a set to stop at a cycle, only where there is a parent to walk up to.
                var parent = _unitParents.GetValueOrDefault(outcome.UnitId!);
                var seen = parent is null ? null : new HashSet<string>(StringComparer.Ordinal) { outcome.UnitId! };
                for (; parent is not null && seen!.Add(parent); parent = _unitParents.GetValueOrDefault(parent))
                {
                    reporting ??= group.Select(o => o.UnitId!).ToHashSet(StringComparer.Ordinal);
                    if (reporting.Contains(parent))
                    {
                        Error($"{at}/outcomes/{IndexOf(dto, outcome)}/orgUnit",
                            $"'{outcome.UnitId}' redovisar {outcome.Period} bredvid '{parent}' ovanför, som redan innefattar den: redovisa en av dem.",
                            $"'{outcome.UnitId}' reports for {outcome.Period} beside '{parent}' above it, which already includes it: report one of them.");
                        break;
                    }
                }

                if (unitAggregation == Aggregation.WeightedAverage && outcome.Weight is null)
                {
                    Error($"{at}/outcomes/{IndexOf(dto, outcome)}", $"Ett viktat medelvärde över förvaltningar behöver vikten (\"weight\") för '{outcome.UnitId}' {outcome.Period}.",
                        $"A weighted average over units needs the \"weight\" of '{outcome.UnitId}' for {outcome.Period}.");
                }
            }
        }
    }

    private static int IndexOf(MeasureDto dto, Outcome outcome) => (dto.Outcomes ?? []).FindIndex(o =>
        Period.TryParse(o.Period) == outcome.Period && o.Series == outcome.SeriesId && o.OrgUnit == outcome.UnitId);

    private List<Restatement> MapRestatements(MeasureDto dto, string at, List<Outcome> outcomes, HashSet<string> seriesIds)
    {
        var result = new List<Restatement>();
        var list = dto.Restatements ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i];
            var path = $"{at}/restatements/{i}";
            if (Period.TryParse(r.Period) is not { } p)
            {
                NotAPeriod($"{path}/period", r.Period);
                continue;
            }

            if (r.Series is not null && !seriesIds.Contains(r.Series))
            {
                UnknownSeries($"{path}/series", r.Series);
            }

            if (r.OrgUnit is not null && !_unitIds.Contains(r.OrgUnit))
            {
                UnknownUnit($"{path}/orgUnit", r.OrgUnit);
            }

            var current = outcomes.FirstOrDefault(o => o.Period == p && o.SeriesId == r.Series && o.UnitId == r.OrgUnit);
            var written = (dto.Outcomes ?? []).Any(o => Period.TryParse(o.Period) == p && o.Series == r.Series && o.OrgUnit == r.OrgUnit);
            if (current is null && !written)
            {
                Error(path, $"Omräkning av {p}, men mätetalet har inget utfall för {p}.", $"Restatement of {p}, but the measure has no outcome for {p}.");
            }
            else if (r.NewValue is { } nv && current?.Value is { } value && value != nv && IsLast(list, i))
            {
                var (restated, now) = (nv.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
                Error($"{path}/newValue", $"Det omräknade värdet {restated} är inte utfallets värde {now}.", $"The restated value {restated} is not the outcome's value {now}.");
            }

            if (r.RestatedIn < p.Year)
            {
                Error($"{path}/restatedIn", $"Ett värde för {p} kan inte räknas om {r.RestatedIn}, innan det redovisades.",
                    $"A value for {p} cannot be restated in {r.RestatedIn}, before it was reported.");
            }

            result.Add(new Restatement(p, r.OldValue, r.NewValue ?? current?.Value, r.RestatedIn, r.Reason, r.Date, r.Series, r.OrgUnit));
        }

        return result;
    }

    /// <summary>A value restated twice: only the latest restatement's new value is the value now.</summary>
    private static bool IsLast(List<RestatementDto> restatements, int index)
    {
        var r = restatements[index];
        for (var later = index + 1; later < restatements.Count; later++)
        {
            var next = restatements[later];
            if (next.Period == r.Period && next.Series == r.Series && next.OrgUnit == r.OrgUnit)
            {
                return false;
            }
        }

        return true;
    }

    private AssessmentRule MapRule(MeasureDto dto, string at, MeasureKind kind, Direction direction, IReadOnlyList<Target> targets, Baseline? baseline, string scale)
    {
        var rule = dto.Rule;
        if (rule is null || rule.Kind == "manual" || kind == MeasureKind.Qualitative)
        {
            if (rule is not null && rule.Kind != "manual")
            {
                Error($"{at}/rule/kind", $"Mätetalet '{dto.Id}' är kvalitativt: bara regeln \"manual\" passar.", $"Measure '{dto.Id}' is qualitative: only a \"manual\" rule fits.");
            }

            return new ManualRule(rule?.Description);
        }

        var path = $"{at}/rule";
        var hasLevel = targets.Any(t => t is LevelTarget or ChangeFromBaseTarget);
        var hasDatedLevel = targets.Any(t => t is ChangeFromBaseTarget || (t is LevelTarget && t.Year is not null));
        var hasBase = new Measure { Id = dto.Id, Name = dto.Name, Kind = kind, Baseline = baseline, Targets = targets }.Base is not null;
        if (direction == Direction.None)
        {
            Error($"{at}/direction", $"Regeln '{rule.Kind}' behöver mätetalets önskade riktning (\"increase\" eller \"decrease\").",
                $"Rule '{rule.Kind}' needs the measure's desired direction (\"increase\" or \"decrease\").");
        }

        CheckOnlyFor(rule.Kind, "trend", rule.Years, $"{path}/years");
        CheckOnlyFor(rule.Kind, "progressRatio", rule.Bands, $"{path}/bands");
        CheckOnlyFor(rule.Kind, "manual", rule.Description, $"{path}/description");
        if (rule.Kind != "progressRatio" && !_brokenScales.Contains(scale) && _scales.TryGetValue(scale, out var grades))
        {
            var lacking = new[] { Verdict.Positive, Verdict.Unchanged, Verdict.Negative }.Where(v => grades.For(v) is null).ToList();
            if (lacking.Count > 0)
            {
                var verdicts = string.Join(", ", lacking.Select(v => $"\"{JsonNamingPolicy.CamelCase.ConvertName(v.ToString())}\""));
                Error(path, $"Regeln '{rule.Kind}' kommer fram till positiv, oförändrad eller negativ, men skalan '{scale}' har ingen nivå med \"verdict\" {verdicts}: "
                    + "koppla skalans nivåer till dem, eller använd \"progressRatio\" med intervall.",
                    $"Rule '{rule.Kind}' concludes positive, unchanged or negative, but scale '{scale}' has no grade with \"verdict\" {verdicts}: map its grades, or use \"progressRatio\" with bands.");
            }
        }

        RequireNoValueGrade(scale, path);

        switch (rule.Kind)
        {
            case "previousYear":
                return new PreviousYearRule();
            case "baseValue":
                Require(hasBase, path, "Regeln 'baseValue' behöver en \"baseline\".", "Rule 'baseValue' needs a \"baseline\".");
                return new BaseValueRule();
            case "target":
                Require(hasLevel, path, "Regeln 'target' behöver ett målvärde av slaget \"level\" eller \"changeFromBase\".", "Rule 'target' needs a target of kind \"level\" or \"changeFromBase\".");
                return new TargetRule();
            case "path":
                Require(hasBase && hasDatedLevel, path, "Regeln 'path' behöver en \"baseline\" och ett målvärde med år (\"level\" eller \"changeFromBase\").",
                    "Rule 'path' needs a \"baseline\" and a target with a year (\"level\" or \"changeFromBase\").");
                return new PathRule();
            case "annualChange":
                Require(targets.Any(t => t is AnnualChangeTarget), path, "Regeln 'annualChange' behöver ett målvärde av slaget \"annualChange\".", "Rule 'annualChange' needs a target of kind \"annualChange\".");
                return new AnnualChangeRule();
            case "trend":
                return new TrendRule(rule.Years);
            case "progressRatio":
                Require(hasBase && hasDatedLevel, path, "Regeln 'progressRatio' behöver en \"baseline\" och ett målvärde med år.", "Rule 'progressRatio' needs a \"baseline\" and a target with a year.");
                return new ProgressRatioRule(MapBands(rule.Bands ?? [], $"{path}/bands", scale));
            default:
                Error($"{path}/kind", $"Det finns ingen regel '{rule.Kind}'.", $"Unknown rule '{rule.Kind}'.");
                return new ManualRule();
        }
    }

    /// <summary>A field that belongs to another kind is a mistake, not something to ignore.</summary>
    private void CheckOnlyFor(string kind, string owner, object? value, string at)
    {
        if (value is not null && kind != owner)
        {
            var name = at[(at.LastIndexOf('/') + 1)..];
            Error(at, $"'{name}' hör till slaget \"{owner}\", inte \"{kind}\".", $"'{name}' belongs to kind \"{owner}\", not \"{kind}\".");
        }
    }

    /// <summary>A measure that states no direction takes it from its targets' operators ("≤ 5": lower is better), if they agree.</summary>
    private static Direction DirectionOf(IReadOnlyList<Target> targets)
    {
        var directions = targets.Select(t => t switch
        {
            LevelTarget { Operator: ComparisonOperator.Less or ComparisonOperator.LessOrEqual } => Direction.Decrease,
            LevelTarget { Operator: ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual } => Direction.Increase,
            DirectionTarget d => d.Direction,
            _ => Direction.None,
        }).Where(d => d != Direction.None).Distinct().ToList();
        return directions.Count == 1 ? directions[0] : Direction.None;
    }

    private List<Target> MapTargets(List<TargetDto>? dtos, string at, int? goalTargetYear)
    {
        var targets = new List<Target>();
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var t = dtos![i];
            if (t.Year > goalTargetYear)
            {
                // Target years are data years, like the goal's: a lag moves the report, not the goal.
                Error($"{at}/{i}/year", $"Målåret {t.Year} kommer efter målets målår {goalTargetYear}.", $"The target year {t.Year} is after the goal's target year {goalTargetYear}.");
            }

            CheckOnlyFor(t.Kind, "direction", t.Direction, $"{at}/{i}/direction");
            CheckOnlyFor(t.Kind, "level", t.Value, $"{at}/{i}/value");
            CheckOnlyFor(t.Kind, "level", t.Operator, $"{at}/{i}/operator");
            CheckOnlyFor(t.Kind, "changeFromBase", t.Percent, $"{at}/{i}/percent");
            CheckOnlyFor(t.Kind, "changeFromBase", t.BaseYear, $"{at}/{i}/baseYear");
            CheckOnlyFor(t.Kind, "annualChange", t.PercentPerYear, $"{at}/{i}/percentPerYear");
            CheckOnlyFor(t.Kind, "qualitative", t.Text, $"{at}/{i}/text");
            Target target = t.Kind switch
            {
                "direction" => new DirectionTarget(Enum.Parse<Direction>(t.Direction!, ignoreCase: true), t.Year, t.Label),
                "level" => new LevelTarget(t.Value!.Value, ParseOperator(t.Operator), t.Year, t.Label),
                "changeFromBase" when t.Year <= t.BaseYear =>
                    Invalid<Target>(new QualitativeTarget(t.Label ?? "-", t.Year), $"{at}/{i}/year",
                        $"Målåret {t.Year} kommer inte efter basåret {t.BaseYear}.", $"The target year {t.Year} is not after the base year {t.BaseYear}."),
                "changeFromBase" => new ChangeFromBaseTarget(t.Percent!.Value, t.BaseYear!.Value, t.Year!.Value, t.Label),
                "annualChange" => new AnnualChangeTarget(t.PercentPerYear!.Value, t.Year, t.Label),
                _ => new QualitativeTarget(t.Text!, t.Year, t.Label),
            };
            if (t.OnlyThatYear == true)
            {
                if (t.Year is null)
                {
                    Error($"{at}/{i}/onlyThatYear", "Ett målvärde för bara ett år behöver sitt \"year\".", "A target for one year only needs its \"year\".");
                }

                target = target with { OnlyThatYear = true };
            }

            targets.Add(target);
        }

        return targets;
    }

    private RollUpMethod MapRollUp(RollUpDto dto, string at, string scale, IEnumerable<string>? childIds)
    {
        CheckOnlyFor(dto.Method, "average", dto.Bands, $"{at}/bands");
        CheckOnlyFor(dto.Method, "key", dto.Key, $"{at}/key");
        CheckOnlyFor(dto.Method, "manual", dto.Description, $"{at}/description");
        return RollUpOf(dto, at, scale, childIds);
    }

    private RollUpMethod RollUpOf(RollUpDto dto, string at, string scale, IEnumerable<string>? childIds) => dto.Method switch
    {
        "average" => new AverageRollUp(MapBands(dto.Bands ?? [], $"{at}/bands", scale)),
        "key" when childIds is not null && !childIds.Contains(dto.Key) =>
            Invalid<RollUpMethod>(new ManualRollUp(), $"{at}/key", $"Det finns ingen '{dto.Key}' direkt under som kan avgöra: den avgörande ska vara ett mätetal eller en nod direkt under.",
                $"Unknown key '{dto.Key}': the deciding one must be a measure or node directly below."),
        "key" => new KeyChildRollUp(dto.Key!),
        _ => new ManualRollUp(dto.Description),
    };

    private List<ScoreBand> MapBands(List<BandDto> bands, string at, string scale)
    {
        var result = new List<ScoreBand>();
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            CheckGrade(scale, band.Grade, $"{at}/{i}/grade");
            if ((band.AtLeast is null) == (band.Above is null))
            {
                Error($"{at}/{i}", "Ange intervallets nedre gräns som antingen \"atLeast\" eller \"above\".", "Give a band's lower bound as either \"atLeast\" or \"above\".");
                continue;
            }

            result.Add(band.Above is { } above ? new ScoreBand(above, band.Grade, Exclusive: true) : new ScoreBand(band.AtLeast!.Value, band.Grade));
        }

        return result;
    }

    private List<FinalAssessment> MapAssessments(List<AssessmentDto>? dtos, string at, string scale, YearRange? range)
    {
        var result = new List<FinalAssessment>();
        var seen = new HashSet<(int, string?)>();
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var a = dtos![i];
            var path = $"{at}/{i}";
            if (a.Scale is not null && !_scales.ContainsKey(a.Scale))
            {
                UnknownScale($"{path}/scale", a.Scale);
            }
            else
            {
                CheckGrade(a.Scale ?? scale, a.Grade, $"{path}/grade");
            }

            if (range is not null && a.Year > range.LastReportYear)
            {
                Error($"{path}/year", $"Bedömningen för {a.Year} kommer efter målets målår {range.Describe(english: false)}.",
                    $"Assessment for {a.Year} is after the goal's target year {range.Describe(english: true)}.");
            }

            if (!seen.Add((a.Year, a.Scale)))
            {
                Error($"{path}/year", $"En andra bedömning för {a.Year}" + (a.Scale is null ? "." : $" på skalan '{a.Scale}'."),
                    $"A second assessment for {a.Year}" + (a.Scale is null ? "." : $" on scale '{a.Scale}'."));
            }

            result.Add(new FinalAssessment(a.Year, a.Grade, a.Motivation, a.Scale));
        }

        return result;
    }

    /// <param name="heading">The name a footnote "on" the "heading" is placed in: a node's; a measure has none, its name is a row of the table.</param>
    private List<Footnote> MapFootnotes(List<FootnoteDto>? dtos, string at, HashSet<string>? seriesIds, string? heading)
    {
        var result = new List<Footnote>();
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var f = dtos![i];
            var period = Period.TryParse(f.Period);
            if (f.Period is not null && period is null)
            {
                NotAPeriod($"{at}/{i}/period", f.Period);
            }

            var footnote = new Footnote(f.Text, period, f.Series);
            var place = f.On is { } on ? Enum.Parse<FootnotePlace>(on, ignoreCase: true) : footnote.Place;
            if (f.Series is not null && place != FootnotePlace.Heading && (seriesIds is null || !seriesIds.Contains(f.Series)))
            {
                UnknownSeries($"{at}/{i}/series", f.Series);
            }

            if (place is FootnotePlace.Value or FootnotePlace.Assessment && period is null)
            {
                Error($"{at}/{i}/on", $"En fotnot på \"{f.On}\" behöver sin \"period\".", $"A footnote on a {f.On} needs the \"period\" it belongs to.");
            }

            if (place == FootnotePlace.Heading)
            {
                CheckHeading(f, heading, $"{at}/{i}");
            }
            else if (f.After is not null)
            {
                Error($"{at}/{i}/after", "\"after\" sätter märket efter ett ord i rubriken; det behöver \"on\": \"heading\".",
                    "\"after\" places the mark on a word of the heading; it needs \"on\": \"heading\".");
            }

            result.Add(footnote with { Place = place, AfterWord = place == FootnotePlace.Heading ? f.After : null });
        }

        return result;
    }

    /// <summary>A footnote on the heading belongs to the whole indicator (no period or series) and follows a word of its name.</summary>
    private void CheckHeading(FootnoteDto f, string? heading, string at)
    {
        if (heading is null)
        {
            Error($"{at}/on", "Ett mätetals namn står i indikatorns tabell, inte som rubrik; en fotnot på det sätts på raden (\"row\").",
                "A measure's name is printed in its indicator's table, not as a heading; a footnote on it goes on the \"row\".");
            return;
        }

        if (f.Period is not null)
        {
            Error($"{at}/period", "En fotnot på rubriken gäller hela indikatorn och har ingen \"period\".", "A footnote on the heading is about the whole indicator and has no \"period\".");
        }

        if (f.Series is not null)
        {
            Error($"{at}/series", "En fotnot på rubriken gäller hela indikatorn och har ingen \"series\".", "A footnote on the heading is about the whole indicator and has no \"series\".");
        }

        if (Footnote.MarkPosition(heading, f.After) is null)
        {
            Error($"{at}/after", $"'{f.After}' är inget ord i namnet '{heading}', som märket ska stå efter.", $"'{f.After}' is not a word of the name '{heading}', which the mark is to follow.");
        }
    }

    private List<NarrativeSection> MapSections(List<SectionDto>? dtos)
    {
        var result = new List<NarrativeSection>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var s = dtos![i];
            if (!ids.Add(s.Id))
            {
                Error($"/sections/{i}/id", $"Det finns redan ett textavsnitt med id '{s.Id}'.", $"Duplicate section id '{s.Id}'.");
            }

            if (s.Node is not null && !_nodeAndMeasureIds.ContainsKey(s.Node))
            {
                Error($"/sections/{i}/node", $"Det finns inget mål eller mätetal '{s.Node}'.", $"Unknown goal node '{s.Node}'.");
            }

            result.Add(new NarrativeSection(s.Id, s.Title, s.Markdown, s.Year, s.Node));
        }

        return result;
    }

    private void CheckGrade(string scaleId, string gradeId, string at)
    {
        if (_scales.TryGetValue(scaleId, out var scale) && scale.Find(gradeId) is null)
        {
            var grades = scale.Grades.Select(g => g.Id).ToList();
            Error(at, $"Skalan '{scaleId}' har ingen nivå '{gradeId}'; den har {Known(grades, "inga")}.", $"Unknown grade '{gradeId}' on scale '{scaleId}'; it has {Known(grades, "none")}.");
        }
    }

    private static Aggregation ParseAggregation(string? text, Aggregation fallback) =>
        text is null ? fallback : Enum.Parse<Aggregation>(text, ignoreCase: true);

    private static ComparisonOperator ParseOperator(string? text) => text switch
    {
        ">=" => ComparisonOperator.GreaterOrEqual,
        ">" => ComparisonOperator.Greater,
        "<=" => ComparisonOperator.LessOrEqual,
        "<" => ComparisonOperator.Less,
        "=" => ComparisonOperator.Equal,
        _ => ComparisonOperator.AtLeastAsGood,
    };

    private void Require(bool condition, string at, string message, string english)
    {
        if (!condition)
        {
            Error(at, message, english);
        }
    }

    private T Invalid<T>(T fallback, string at, string message, string english)
    {
        Error(at, message, english);
        return fallback;
    }

    private void Error(string pointer, string message, string english) => _errors.Add((pointer, message, english));

    private void UnknownScale(string at, string scale) =>
        Error(at, $"Det finns ingen skala '{scale}'; filen har {Known(_scales.Keys, "inga")}.", $"Unknown scale '{scale}'; the file defines {Known(_scales.Keys, "none")}.");

    private void UnknownUnit(string at, string? unit) => Error(at, $"Det finns ingen förvaltning '{unit}'.", $"Unknown unit '{unit}'.");

    private void UnknownSeries(string at, string? series) => Error(at, $"Det finns ingen delserie '{series}'.", $"Unknown series '{series}'.");

    private void NotAPeriod(string at, string? period) => Error(at, $"'{period}' är ingen period.", $"'{period}' is not a period.");

    private void DuplicateId(string at, string id)
    {
        var first = JsonLocations.ToJsonPath(_nodeAndMeasureIds[id]);
        Error(at, $"Id:t '{id}' används redan vid {first}.", $"Duplicate id '{id}': already used at {first}.");
    }

    /// <param name="none">What an empty list is called: "inga", "none".</param>
    private static string Known(IEnumerable<string> ids, string none)
    {
        var list = ids.Select(id => $"'{id}'").ToList();
        return list.Count == 0 ? none : string.Join(", ", list);
    }

    /// <summary>The report years a goal's target year allows: up to the target year, plus the measure's data lag.</summary>
    private sealed record YearRange(int TargetYear, int DataLag)
    {
        public int LastReportYear => TargetYear + DataLag;

        public string Describe(bool english) => DataLag == 0 ? $"{TargetYear}"
            : english ? $"{TargetYear} (with a data lag of {DataLag}, the last report year is {LastReportYear})"
            : $"{TargetYear} (med {DataLag} års eftersläpning är det sista redovisningsåret {LastReportYear})";
    }
}
