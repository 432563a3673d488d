namespace Hallbar.Web.Features.Surveys;

/// <summary>The answer form as sent: the category chosen per statement id (empty: none), the text per question id, and the version it was read at.</summary>
public sealed class ResponseInput
{
    public Dictionary<string, string?> Answers { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> Texts { get; set; } = new(StringComparer.Ordinal);

    public int? ReadVersion { get; set; }
}
