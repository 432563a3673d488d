using System.Text.Json;
using Hallbar.Data.Rows;
using Hallbar.ModelFile;

namespace Hallbar.Data.Surveys;

/// <summary>Survey responses between their rows and the model file's shape.</summary>
internal static class SurveyRows
{
    /// <summary>
    /// The organization's responses as the model file lists them: the stored rows, and for a survey
    /// without any, the responses a definition stored before the rows existed still holds.
    /// </summary>
    public static List<SurveyResponseDto> Responses(OrganizationDefinition definition, IEnumerable<SurveyResponseRow> rows)
    {
        var stored = rows.OrderBy(r => r.Position).Select(ToDto).ToList();
        var withRows = stored.Select(r => r.Survey).ToHashSet(StringComparer.Ordinal);
        return [.. stored, .. (definition.SurveyResponses ?? []).Where(r => !withRows.Contains(r.Survey))];
    }

    public static SurveyResponseDto ToDto(SurveyResponseRow row) => new()
    {
        Survey = row.SurveyId,
        Unit = row.UnitId,
        Status = row.Status,
        Answers = NullIfEmpty(JsonSerializer.Deserialize<Dictionary<string, string>>(row.Answers, ModelStore.Json)),
        FreeTexts = NullIfEmpty(JsonSerializer.Deserialize<Dictionary<string, string>>(row.FreeTexts, ModelStore.Json)),
    };

    /// <summary>A new row of a response, first saved by <paramref name="by"/> at <paramref name="at"/>.</summary>
    public static SurveyResponseRow ToRow(string organizationId, int year, int position, SurveyResponseDto response, string by, DateTimeOffset at)
    {
        var row = new SurveyResponseRow
        {
            OrganizationId = organizationId,
            SurveyId = response.Survey,
            UnitId = response.Unit,
            Year = year,
            Position = position,
            Status = response.Status,
            Answers = "{}",
            FreeTexts = "{}",
            ChangedBy = by,
            ChangedAt = at,
            Version = 1,
        };
        Write(row, response, by, at);
        return row;
    }

    /// <summary>Puts a response's status, answers and free texts in its row; submitting keeps who and when.</summary>
    public static void Write(SurveyResponseRow row, SurveyResponseDto response, string by, DateTimeOffset at)
    {
        row.Status = response.Status;
        row.Answers = JsonSerializer.Serialize(response.Answers ?? [], ModelStore.Json);
        row.FreeTexts = JsonSerializer.Serialize(response.FreeTexts ?? [], ModelStore.Json);
        row.ChangedBy = by;
        row.ChangedAt = at;
        var submitted = response.Status == SurveyMapping.Submitted;
        row.SubmittedBy = submitted ? row.SubmittedBy ?? by : null;
        row.SubmittedAt = submitted ? row.SubmittedAt ?? at : null;
    }

    /// <summary>A response as the history and a conflict show it: its status, answers and free texts as the model file has them.</summary>
    public static string Describe(SurveyResponseDto response) =>
        JsonSerializer.Serialize(new { response.Status, response.Answers, response.FreeTexts }, ModelStore.Json);

    private static Dictionary<string, string>? NullIfEmpty(Dictionary<string, string>? items) => items is { Count: > 0 } ? items : null;
}
