namespace Hallbar.Reports.Xlsx;

/// <summary>The workbook's own words, sheet names the report model has no label for,, in the report's language.</summary>
internal sealed record WorkbookLabels(string Summary, string Indicators, string ChartData, string Sheet)
{
    private static readonly WorkbookLabels Swedish = new("Sammanfattning", "Indikatorer", "Diagramdata", "Blad");
    private static readonly WorkbookLabels English = new("Summary", "Indicators", "Chart data", "Sheet");

    public static WorkbookLabels For(string language) => language == "en" ? English : Swedish;
}
