using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;

namespace Hallbar.Cli.Assess;

/// <summary>The outcome of `hallbar assess`, as printed in tables and as the JSON scripts read.</summary>
public sealed record AssessmentReport(
    string Organization,
    int Year,
    string Language,
    AgreementSummary Summary,
    AssessedItem Overall,
    IReadOnlyList<AssessedItem> Areas,
    IReadOnlyList<AssessedItem> Goals,
    IReadOnlyList<AssessedItem> Indicators,
    IReadOnlyList<AssessedItem> Measures)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static AssessmentReport Create(OrganizationModel model, AssessmentResult overall, int year, string language)
    {
        var items = new List<AssessedItem>();
        Flatten(overall, null, items, language);
        var measures = items.Where(i => i.Level == AssessmentLevel.Measure).ToList();
        var suggested = measures.Where(m => !m.Manual).ToList();
        return new AssessmentReport(
            model.Organization.Name,
            year,
            language,
            new AgreementSummary(
                measures.Count,
                suggested.Count(m => m.FinalIsSet && !m.Differs),
                suggested.Count(m => m.Differs),
                measures.Count - suggested.Count,
                suggested.Count(m => !m.FinalIsSet)),
            items[0],
            items.Where(i => i.Level == AssessmentLevel.Area).ToList(),
            items.Where(i => i.Level == AssessmentLevel.Goal).ToList(),
            items.Where(i => i.Level == AssessmentLevel.Indicator).ToList(),
            measures);
    }

    private static void Flatten(AssessmentResult result, string? parent, List<AssessedItem> items, string language)
    {
        items.Add(new AssessedItem(
            result.Id,
            result.Name,
            result.Level,
            result.LevelName,
            parent,
            Grade(result.Suggestion, language),
            Grade(result.Final, language),
            result.FinalIsSet,
            result.Differs,
            result.IsManual,
            result.Motivation,
            result.Rationale,
            result.Judgements.Select(j => new JudgementRef(j.Scale.Id, j.Scale.Name, Grade(j.Grade, language)!, j.Motivation)).ToList()));
        foreach (var child in result.Children)
        {
            Flatten(child, result.Id, items, language);
        }
    }

    private static GradeRef? Grade(Grade? grade, string language) =>
        grade is null ? null : new GradeRef(grade.Id, grade.LabelIn(language));
}
