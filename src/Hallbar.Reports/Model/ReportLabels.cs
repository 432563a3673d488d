namespace Hallbar.Reports.Model;

/// <summary>The renderers' own words, in the report's language.</summary>
public sealed record ReportLabels(string Contents, string Chart, string ChartData, string Notes, string Page, string Of, string Generated, string Missing, string Photo, string Table)
{
    private static readonly ReportLabels Swedish = new("Innehåll", "Diagram", "Diagrammets data", "Fotnoter", "Sida", "av", "Framtagen med Hallbar", "värde saknas", "Foto", "Tabell");
    private static readonly ReportLabels English = new("Contents", "Figure", "The figure's data", "Notes", "Page", "of", "Made with Hallbar", "value missing", "Photo", "Table");

    public static ReportLabels For(string language) => language == "en" ? English : Swedish;
}
