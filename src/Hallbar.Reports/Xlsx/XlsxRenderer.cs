using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Xlsx;

/// <summary>
/// The report's tables as an Excel workbook: the goal summary, the indicator tables, one sheet per goal
/// area of Bilaga 2 with every measure's outcomes stored as numbers under number formats that show
/// their units, assessments as text and footnote marks beside the rows, and every chart's data.
/// </summary>
/// <remarks>
/// No autofilter and no Excel tables: a sheet holds several tables under title rows, and sorting one
/// would tear a composite measure's parts from the measure they belong to.
/// </remarks>
public sealed class XlsxRenderer : IReportRenderer
{
    public string Format => "xlsx";

    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task RenderAsync(Report report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        // The OpenXml SDK writes synchronously to a stream it can seek in; a web response is neither.
        using var buffer = new MemoryStream();
        Write(report, buffer, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void Write(Report report, Stream stream, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = report.Title;
        document.PackageProperties.Creator = "Hallbar";
        document.PackageProperties.Language = report.Language;
        var workbook = document.AddWorkbookPart();
        document.AddExtendedFilePropertiesPart().Properties = new Properties(new Company(report.OrganizationName));
        var styles = new XlsxStyles();
        var strings = new SharedStrings();
        var names = new SheetNames();
        var labels = WorkbookLabels.For(report.Language);
        var sheets = new Sheets();
        var printTitles = new DefinedNames();
        foreach (var plan in WorkbookLayout.Plan(report))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = sheets.ChildElements.Count;
            var part = workbook.AddNewPart<WorksheetPart>();
            var writer = new SheetWriter(styles, strings, report.Labels.Notes);
            part.Worksheet = writer.Write(plan, selected: index == 0);
            var name = names.Unique(plan.Name, $"{labels.Sheet} {index + 1}");
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)index + 1, Name = name });
            if (writer.FrozenRows > 0)
            {
                // The rows frozen on screen are repeated at the top of every printed page.
                printTitles.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$1:${writer.FrozenRows}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)index,
                });
            }
        }

        workbook.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
        if (printTitles.HasChildren)
        {
            workbook.Workbook.Append(printTitles);
        }

        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
    }
}
