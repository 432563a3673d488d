namespace Hallbar.Web.Features.Entry;

/// <summary>One value as the form sends it: which one it is, the version it was read at, and what was typed.</summary>
public sealed class LineInput
{
    public string? Period { get; set; }

    public string? SeriesId { get; set; }

    public string? OrgUnitId { get; set; }

    public int? Version { get; set; }

    public string? Value { get; set; }

    public string? Text { get; set; }

    public string? Missing { get; set; }

    public string? Source { get; set; }

    public string? Comment { get; set; }
}
