using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using static Hallbar.Domain.Formatting.NumberText;
using static Hallbar.Domain.Formatting.Localized;

namespace Hallbar.Domain.Assessment;

/// <summary>
/// Assesses every measure of a model for a report year and rolls the final assessments up through
/// indicators and goals to the overall assessment, each node by its own method.
/// </summary>
public static class ModelAssessor
{
    public static AssessmentResult Assess(OrganizationModel model, int reportYear) =>
        RolledUp(model, reportYear, "overall", "Samlad bedömning", AssessmentLevel.Overall, null, model.DefaultScale,
            model.Goals.Select(goal => AssessNode(model, goal, reportYear)).ToList(), model.OverallRollUp, model.OverallAssessments);

    public static AssessmentResult AssessMeasure(Measure measure, int reportYear, AssessmentScale scale)
    {
        var suggestion = MeasureAssessor.Suggest(measure, reportYear, scale);
        var final = measure.FinalFor(reportYear);
        return new AssessmentResult
        {
            Id = measure.Id,
            Name = measure.Name,
            Level = AssessmentLevel.Measure,
            Scale = scale,
            Suggestion = suggestion.Grade,
            Rationale = suggestion.Rationale,
            Final = final is null ? suggestion.Grade : scale.Find(final.GradeId),
            FinalIsSet = final is not null,
            Motivation = final?.Motivation,
        };
    }

    private static AssessmentResult AssessNode(OrganizationModel model, GoalNode node, int reportYear)
    {
        var scale = model.Scale(node.ScaleId);
        var children = new List<AssessmentResult>(node.Children.Count + node.Measures.Count);
        foreach (var measure in node.Measures)
        {
            if (measure.Purpose == MeasurePurpose.Assessed && measure.IsReportedIn(reportYear))
            {
                children.Add(AssessMeasure(measure, reportYear, scale) with { Judgements = Judgements(model, measure.Assessments, reportYear) });
            }
        }

        children.AddRange(node.Children.Select(child => AssessNode(model, child, reportYear)));
        var level = node.Kind switch
        {
            NodeKind.Area => AssessmentLevel.Area,
            NodeKind.Indicator => AssessmentLevel.Indicator,
            _ => AssessmentLevel.Goal,
        };
        return RolledUp(model, reportYear, node.Id, node.Name, level, node.LevelName, scale, children,
            node.RollUp ?? new AverageRollUp(DefaultBands(scale)), node.Assessments);
    }

    private static AssessmentResult RolledUp(
        OrganizationModel model,
        int reportYear,
        string id,
        string name,
        AssessmentLevel level,
        string? levelName,
        AssessmentScale scale,
        List<AssessmentResult> children,
        RollUpMethod method,
        IReadOnlyList<FinalAssessment> assessments)
    {
        var (suggestion, rationale) = RollUp(scale, children, method);
        var final = assessments.FinalFor(reportYear);
        return new AssessmentResult
        {
            Id = id,
            Name = name,
            Level = level,
            LevelName = levelName,
            Scale = scale,
            Suggestion = suggestion,
            Rationale = rationale,
            Final = final is null ? suggestion : scale.Find(final.GradeId),
            FinalIsSet = final is not null,
            Motivation = final?.Motivation,
            Children = children,
            Judgements = Judgements(model, assessments, reportYear),
        };
    }

    private static List<Judgement> Judgements(OrganizationModel model, IReadOnlyList<FinalAssessment> assessments, int reportYear)
    {
        var judgements = new List<Judgement>();
        foreach (var assessment in assessments)
        {
            if (assessment.Year == reportYear && assessment.ScaleId is { } id && model.Scale(id) is var scale && scale.Find(assessment.GradeId) is { } grade)
            {
                judgements.Add(new Judgement(scale, grade, assessment.Motivation));
            }
        }

        return judgements;
    }

    private static (Grade?, Rationale) RollUp(AssessmentScale scale, List<AssessmentResult> children, RollUpMethod method)
    {
        switch (method)
        {
            case AverageRollUp average:
            {
                var scores = new List<double>();
                foreach (var child in children)
                {
                    if (Translate(child.Final, scale)?.Score is { } score)
                    {
                        scores.Add(score);
                    }
                }

                if (scores.Count == 0)
                {
                    var none = scale.NoValue;
                    return (none, Rationale("average", Verdict.NoValue,
                        lang => T(lang, "Inget underliggande mätetal eller mål har ett värde.", "No measure or goal below has a value.")));
                }

                var mean = scores.Average();
                var grade = scale.Find(MeasureAssessor.Band(average.Bands, mean).GradeId);
                return (grade, Rationale("average", grade?.Verdict, lang =>
                {
                    var labels = string.Join(", ", children
                        .Select(c => Translate(c.Final, scale))
                        .Where(g => g is not null)
                        .GroupBy(g => g!.Id)
                        .Select(g => $"{g.Count()} {g.First()!.LabelIn(lang)}"));
                    return T(lang,
                        $"Medelvärde {Rounded((decimal)mean, 2, lang)} av {scores.Count} {(scores.Count == 1 ? "bedömning" : "bedömningar")} med värde ({labels}) ger {grade?.LabelIn(lang)}.",
                        $"Mean score {Rounded((decimal)mean, 2, lang)} of {scores.Count} {(scores.Count == 1 ? "assessment" : "assessments")} with a value ({labels}) gives {grade?.LabelIn(lang)}.");
                }));
            }

            case KeyChildRollUp key:
            {
                var child = children.FirstOrDefault(c => c.Id == key.ChildId);
                var grade = Translate(child?.Final, scale) ?? scale.NoValue;
                return (grade, Rationale("key", grade?.Verdict, lang => child is null
                    ? T(lang, $"Det avgörande mätetalet {key.ChildId} redovisas inte detta år.", $"The deciding measure {key.ChildId} is not reported this year.")
                    : T(lang, $"Avgörs av ”{child.Name}”: {grade?.LabelIn(lang)}.", $"Decided by “{child.Name}”: {grade?.LabelIn(lang)}.")));
            }

            default:
                var description = (method as ManualRollUp)?.Description;
                return (null, Rationale("manual", null, lang =>
                    T(lang, "Bedöms manuellt", "Assessed by hand") + (description is null ? "." : $": {description}")));
        }
    }

    /// <summary>A grade on another scale: the same id, else the same verdict, else the nearest score.</summary>
    public static Grade? Translate(Grade? grade, AssessmentScale to)
    {
        if (grade is null)
        {
            return null;
        }

        if (to.Find(grade.Id) is { } same && same.Score == grade.Score)
        {
            return same;
        }

        if (grade.Verdict is { } verdict && to.For(verdict) is { } byVerdict)
        {
            return byVerdict;
        }

        if (grade.Score is not { } score)
        {
            return to.NoValue;
        }

        return to.Grades.Where(g => g.Score is not null).MinBy(g => Math.Abs(g.Score!.Value - score));
    }

    /// <summary>Average bands for a scale whose grades map to verdicts: from 0,6 positive, above -0,6 unchanged.</summary>
    public static IReadOnlyList<ScoreBand> DefaultBands(AssessmentScale scale)
    {
        var bands = new List<ScoreBand>();
        if (scale.For(Verdict.Positive) is { } positive)
        {
            bands.Add(new ScoreBand(0.6, positive.Id));
        }

        if (scale.For(Verdict.Unchanged) is { } unchanged)
        {
            bands.Add(new ScoreBand(-0.6, unchanged.Id, Exclusive: true));
        }

        if (scale.For(Verdict.Negative) is { } negative)
        {
            bands.Add(new ScoreBand(double.MinValue, negative.Id));
        }

        return bands.Count > 0
            ? bands
            : scale.Grades.Where(g => g.Score is not null).OrderByDescending(g => g.Score).Select(g => new ScoreBand(g.Score!.Value, g.Id)).ToList();
    }

    private static Rationale Rationale(string rule, Verdict? verdict, Func<string, string> text) =>
        new() { Rule = rule, Verdict = verdict, Describe = text };
}
