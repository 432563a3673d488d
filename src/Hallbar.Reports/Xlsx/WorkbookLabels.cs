namespace Hallbar.Reports.Xlsx;

/// <summary>The workbook's own words, sheet names and headers the report model has no label for, in the report's language.</summary>
internal sealed record WorkbookLabels(string Summary, string Indicators, string ChartData, string Sheet, string Highlights, string Photos, string Highlight, string AltText)
{
    private static readonly WorkbookLabels Swedish = new("Sammanfattning", "Indikatorer", "Diagramdata", "Blad", "Höjdpunkter", "Foton i höjdpunkterna", "Höjdpunkt", "Alternativtext");
    private static readonly WorkbookLabels English = new("Summary", "Indicators", "Chart data", "Sheet", "Highlights", "Photos in the highlights", "Highlight", "Alternative text");

    public static WorkbookLabels For(string language) => language == "en" ? English : Swedish;
}
