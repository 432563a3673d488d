using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Hallbar.Reports.Model;
using Hallbar.Reports.Xlsx;

namespace Hallbar.Reports.Tests.Xlsx;

public sealed class XlsxRendererTests
{
    private const string Resources = "Resurseffektiva verksamheter och hållbara inköp";
    private const string Climate = "Minskad klimatpåverkan och klimatanpassad verksamhet";
    private const string Chemicals = "Biologisk mångfald och giftfri miljö";

    private static readonly Lazy<Task<byte[]>> DemoBytes = new(() => Render(Demo.Report()));

    /// <summary>
    /// Bilaga 2 of the model case, row by row as printed: area, measure, unit, outcomes 2023–2025, assessment 2025.
    /// Names and units are written as the report writes them where the printed PDF broke them over lines
    /// ("antibiotika-belastningen") or lacked a character ("kWh/m2").
    /// </summary>
    public static TheoryData<string, string, string, string, string, string, string> Bilaga2 => new()
    {
        { Resources, "Energianvändning per fordonskilometer (kollektivtrafik buss)", "kWh/km", "3.6", "4.5", "4.5", "Positiv" },
        { Resources, "Andel källsorterat avfall för materialåtervinning", "%", "33.8", "36.8", "36.9", "Oförändrad" },
        { Resources, "Organisationens totala mängd avfall per länsinvånare", "kg/länsinvånare", "6.8", "6.6", "6.7", "Oförändrad" },
        { Resources, "Energiförbrukning i fastigheter och verksamheter", "kWh/m² BRA", "188", "185", "184", "Positiv" },
        { Resources, "Totalt matsvinn gram per portion (inkl produktion)", "gram", "90", "95", "86", "Positiv" },
        { Resources, "Resurseffektivitet nybyggnation, Vårdbyggnad NAV etapp 1 (Kvoten mellan BTA och LOA)", "%", "69", "69", "68", "Positiv" },
        { Resources, "Antal genomförda kategoriarbeten inom Inköp Sörmland/Västmanland där miljö beaktas i processen", "st", "1", "2", "0", "Negativ" },
        { Resources, "Antal upphandlingar med förhöjda miljökrav", "st", "20", "30", "26", "Oförändrad" },
        { Resources, "Andel livsmedelsupphandlingar utan förhöjda miljökrav", "%", "0", "0", "0", "Positiv" },
        { Climate, "Fastigheter - drift", "%", "-30", "-29", "-36", "Positiv" },
        { Climate, "Resor och transporter", "%", "-29", "-25", "-39", "Positiv" },
        { Climate, "Tjänsteresor", "%", "-11", "-57", "-49", "Negativ" },
        { Climate, "Inköp och resursförbrukning", "%", "9", "12", "12", "Oförändrad" },

        // The model case prints "Positivt" here, a slip for the scale's grade "Positiv".
        { Climate, "Regionens totala utsläpp av CO2e", "%", "-2", "0", "-2", "Positiv" },
        { Climate, "Andel fossilfria drivmedel", "%", "93", "93", "93", "Oförändrad" },
        { Climate, "Koldioxidintensitet i regionens kapitalförvaltning", "%", "-11.6", "-35", "-27", "Negativ" },
        { Chemicals, "Andel gröna och gula varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "%", "86", "74", "80", "Positiv" },
        { Chemicals, "Andel röda varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "%", "14", "17", "14", "Positiv" },
        { Chemicals, "Årlig minskning av den totala antibiotikabelastningen i antal recept/1000 invånare på 2,5%", "recept/1000 invånare", "268", "274", "253", "Positiv" },
        { Chemicals, "Antal genomförda egenkontroller miljö", "st", "161", "152", "145", "Negativ" },
        { Chemicals, "Antal incidentrapporter gällande utsläpp/kemikalier produktion, Vårdbyggnad NAV etapp 1", "st", "0", "0", "0", "Positiv" },
        { Chemicals, "Antal incidentrapporter gällande utsläpp/kemikalier Region Västmanland exklusive NAV", "st", "2", "4", "5", "Oförändrad" },
    };

    [Theory]
    [MemberData(nameof(Bilaga2))]
    public async Task Render_DemoReport_MeasureRowOnItsAreaSheetWithFiguresAsNumbers(string area, string measure, string unit, string outcome2023, string outcome2024, string outcome2025, string assessment)
    {
        var sheet = (await DemoWorkbook()).SheetHeaded(area);
        var row = Assert.Single(sheet.RowsStartingWith(measure));

        string[] outcomes = [outcome2023, outcome2024, outcome2025];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var cell = sheet[row, sheet.ColumnAbove(row, $"Utfall {2023 + i}")];
            Assert.NotNull(cell);
            Assert.True(cell.IsNumber, $"{measure} {2023 + i}: '{cell.Text}' is stored as text.");
            Assert.Equal(decimal.Parse(outcomes[i], System.Globalization.CultureInfo.InvariantCulture), cell.Number);
            Assert.Contains($"\"\u00A0{unit}\"", cell.NumberFormat);
        }

        Assert.Equal(assessment, sheet.TextAt(row, sheet.ColumnAbove(row, "Utveckling 2025")));
    }

    [Fact]
    public async Task Render_DemoReport_FigureFormatsKeepTheReportsDecimals()
    {
        var sheet = (await DemoWorkbook()).SheetHeaded(Resources);
        var row = Assert.Single(sheet.RowsStartingWith("Andel källsorterat avfall för materialåtervinning"));
        var energy = Assert.Single(sheet.RowsStartingWith("Energiförbrukning i fastigheter och verksamheter"));

        Assert.Equal("#,##0.0\"\u00A0%\"", sheet[row, sheet.ColumnAbove(row, "Utfall 2025")]?.NumberFormat);
        Assert.Equal("#,##0\"\u00A0kWh/m² BRA\"", sheet[energy, sheet.ColumnAbove(energy, "Utfall 2025")]?.NumberFormat);
    }

    [Fact]
    public async Task Render_CompositeMeasure_OneRowPerPartWithNumbersAndDashWhereMissing()
    {
        var sheet = (await DemoWorkbook()).SheetHeaded(Chemicals);
        var row = Assert.Single(sheet.RowsStartingWith("Antal kemikalier på utfasningslistorna (CMR-ämnen och utfasningsämnen)"));
        var (y2023, y2024, y2025) = (sheet.ColumnAbove(row, "Utfall 2023"), sheet.ColumnAbove(row, "Utfall 2024"), sheet.ColumnAbove(row, "Utfall 2025"));

        Assert.Equal("Negativ", sheet.TextAt(row, sheet.ColumnAbove(row, "Utveckling 2025")));
        Assert.Equal(["CMR", "Kandidatförteckning", "Priodatabas"], [sheet.TextAt(row + 1, 1), sheet.TextAt(row + 2, 1), sheet.TextAt(row + 3, 1)]);
        Assert.Equal([26m, 28m, 32m], [sheet[row + 1, y2023]?.Number, sheet[row + 1, y2024]?.Number, sheet[row + 1, y2025]?.Number]);
        Assert.Equal([43m, 45m], [sheet[row + 2, y2024]?.Number, sheet[row + 2, y2025]?.Number]);
        Assert.Equal([160m, 176m], [sheet[row + 3, y2024]?.Number, sheet[row + 3, y2025]?.Number]);
        Assert.Contains("\"\u00A0st\"", sheet[row + 3, y2025]?.NumberFormat);

        // Kandidatförteckning and Priodatabas were not measured in 2023: a dash, as text, and the reason's mark on each part's row.
        Assert.Equal(("-", false), (sheet.TextAt(row + 2, y2023), sheet[row + 2, y2023]!.IsNumber));
        Assert.Equal(("-", false), (sheet.TextAt(row + 3, y2023), sheet[row + 3, y2023]!.IsNumber));
        var notes = sheet.ColumnAbove(row, "Fotnoter");
        Assert.Equal(("*", "", "** (Utfall 2023)", "** (Utfall 2023)"), (sheet.TextAt(row, notes), sheet.TextAt(row + 1, notes), sheet.TextAt(row + 2, notes), sheet.TextAt(row + 3, notes)));
        Assert.Contains(sheet.Cells, c => c.Row > row && c.Text == "** Mätetal saknas på grund av bristande datakvalitet");
    }

    [Fact]
    public async Task Render_QualitativeMeasure_OutcomesAsTextWithTheMarkBeside()
    {
        var sheet = (await DemoWorkbook()).SheetHeaded(Climate);
        var row = Assert.Single(sheet.RowsStartingWith("Alla processer för riskbedömning är säkrade utifrån en anpassning till klimatförändringar som redan uppstått eller väntas uppstå."));

        var y2023 = sheet[row, sheet.ColumnAbove(row, "Utfall 2023")];
        var y2025 = sheet[row, sheet.ColumnAbove(row, "Utfall 2025")];
        Assert.Equal(("Integrerade i flera riskbedömningsprocesser, men otillräcklig tillämpning", false), (y2023?.Text, y2023!.IsNumber));
        Assert.Equal(("Klimatrisker med i Systematiska säkerhetsorganisationen och fördjupat underlag kring vårdens klimatrisker framtaget", false), (y2025?.Text, y2025!.IsNumber));
        Assert.Equal("Positiv", sheet.TextAt(row, sheet.ColumnAbove(row, "Utveckling 2025")));
        Assert.Equal("* (Utfall 2025)", sheet.TextAt(row, sheet.ColumnAbove(row, "Fotnoter")));
    }

    [Fact]
    public async Task Render_RestatedTotal_MarkBesideTheRowAndItsReasonUnderTheTable()
    {
        var sheet = (await DemoWorkbook()).SheetHeaded(Climate);
        var row = Assert.Single(sheet.RowsStartingWith("Regionens totala utsläpp av CO2e"));
        var nextTable = sheet.RowsStartingWith("Indikator: Alla transporter⁷ drivs av fossilfria bränslen").Single();

        Assert.Equal("*; ** (Utfall 2024)", sheet.TextAt(row, sheet.ColumnAbove(row, "Fotnoter")));
        Assert.Contains(sheet.Cells, c => c.Row > row && c.Row < nextTable && c.Column == 1
            && c.Text == "** Justerat sedan föregående hållbarhetsredovisning pga sent inkommen statistik.");
        Assert.Contains(sheet.Cells, c => c.Row > row && c.Row < nextTable && c.Column == 1 && c.Text == "* Mäts gentemot basår 2019.");
    }

    [Fact]
    public async Task Render_HeadingFootnote_NumberAfterItsWordInTheTitleAndItsTextUnderTheTable()
    {
        // The seed's footnote 7 on "transporter" keeps its number; the table's own note is the restatement's "*".
        var sheet = (await DemoWorkbook()).SheetHeaded(Climate);
        var title = Assert.Single(sheet.RowsStartingWith("Indikator: Alla transporter⁷ drivs av fossilfria bränslen"));
        var row = sheet.RowsStartingWith("Andel fossilfria drivmedel").Single(r => r > title);
        var nextTitle = Assert.Single(sheet.RowsStartingWith("Indikator: Halverad koldioxidintensitet i regionens kapitalförvaltning med bibehållen avkastning"));

        Assert.Equal("* (Utfall 2023, Utfall 2024)", sheet.TextAt(row, sheet.ColumnAbove(row, "Fotnoter")));
        Assert.Equal(
            ["* Justerat sedan föregående hållbarhetsredovisningar på grund av mer noggranna mätmetoder.", "7 I mätningen ingår allmän och särskild kollektivtrafik och regionens egna fordon"],
            sheet.Cells.Where(c => c.Row > row && c.Row < nextTitle && c.Column == 1 && c.Text.Length > 0 && c.Text != "Samlad bedömning av indikatorn").OrderBy(c => c.Row).Select(c => c.Text));
    }

    [Fact]
    public async Task Render_DemoReport_IndicatorTitleTargetAndBoldHeaderAboveEachTable()
    {
        var sheet = (await DemoWorkbook()).SheetHeaded(Resources);
        var title = Assert.Single(sheet.RowsStartingWith("Indikator: Hållbarhetskrav beaktas vid inköp"));

        Assert.True(sheet[title, 1]!.Bold);
        Assert.Equal("Målvärde 2030: 100%", sheet.TextAt(title + 1, 1));

        // The table's header carries the mark of its note about the whole table ("Mätetal*").
        Assert.Equal(["Mätetal*", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025", "Fotnoter"], Enumerable.Range(1, 6).Select(c => sheet.TextAt(title + 2, c)));
        Assert.All(Enumerable.Range(1, 5), c => Assert.True(sheet[title + 2, c]!.Bold));
        Assert.Contains(sheet.Cells, c => c.Row > title && c.Text == "* Mätetalen om andel ekologiska livsmedel är borttagen år 2025");

        var summary = sheet.RowsStartingWith("Samlad bedömning av indikatorn").First(r => r > title);
        Assert.Equal(("Oförändrad", true), (sheet.TextAt(summary, 5), sheet[summary, 5]!.Bold));
    }

    [Fact]
    public async Task Render_AreaSheet_CommonHeaderFrozenOnTop()
    {
        var sheet = (await DemoWorkbook()).SheetHeaded(Climate);

        Assert.Equal(2, sheet.FrozenRows);
        Assert.Equal(["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025", "Fotnoter"], Enumerable.Range(1, 6).Select(c => sheet.TextAt(2, c)));
    }

    [Theory]
    [InlineData(Resources, "Oförändrad")]
    // The social goal area has no indicators this year: the scale's grade for no value, as the model case prints it.
    [InlineData("Jämlika, jämställda, tillgängliga och inkluderande verksamheter", "Inget värde")]
    [InlineData(Climate, "Oförändrad")]
    [InlineData(Chemicals, "Oförändrad")]
    public async Task Render_DemoReport_GoalSummaryOnTheFirstSheetWithTheAreasGrade(string area, string grade)
    {
        var sheet = (await DemoWorkbook()).Sheets[0];
        var row = sheet.RowsStartingWith(area).Single();

        Assert.Equal(grade, sheet.TextAt(row, sheet.ColumnAbove(row, "Utveckling 2025")));
    }

    [Fact]
    public async Task Render_DemoReport_FirstSheetNamedByTheGoalSummaryWithItsHeaderFrozen()
    {
        var sheet = (await DemoWorkbook()).Sheets[0];
        var header = sheet.RowsStartingWith("Målområde").Single();
        var overall = sheet.RowsStartingWith("Samlad bedömning").Single();

        Assert.Equal(("Samlad bedömning", "Hållbarhetsredovisning 2025 – Region Västmanland"), (sheet.Name, sheet.TextAt(1, 1)));
        Assert.Equal(header, sheet.FrozenRows);
        Assert.Equal(("Oförändrad", true), (sheet.TextAt(overall, 3), sheet[overall, 3]!.Bold));
    }

    [Fact]
    public async Task Render_DemoReport_IndicatorTablesOfTheGoalAreasOnTheirOwnSheet()
    {
        var sheet = (await DemoWorkbook()).Sheets[1];
        var row = sheet.RowsStartingWith("Halverad koldioxidintensitet i regionens kapitalförvaltning med bibehållen avkastning").Single();

        Assert.Equal("Indikatorer", sheet.Name);
        Assert.Equal("Negativ", sheet.TextAt(row, sheet.ColumnAbove(row, "Utveckling 2025")));
        Assert.Equal(1, sheet.FrozenRows);
    }

    [Fact]
    public async Task Render_DemoReport_ChartDataAsNumbers()
    {
        var sheet = (await DemoWorkbook()).Sheets.Single(s => s.Name == "Diagramdata");
        var title = sheet.RowsStartingWith("Diagram 2: Fördelning klimatutsläpp 2025").Single();
        var row = sheet.RowsStartingWith("Tjänsteresor").Single(r => r > title);

        Assert.Equal(["Område", "Andel"], [sheet.TextAt(title + 1, 1), sheet.TextAt(title + 1, 2)]);
        Assert.Equal((0.2m, "#,##0.0\"\u00A0%\""), (sheet[row, 2]?.Number, sheet[row, 2]?.NumberFormat));

        // Bilaga 1's survey chart comes before Bilaga 2's trends.
        var trend = sheet.RowsStartingWith("Diagram 4: Energianvändning per fordonskilometer (kollektivtrafik buss)").Single();
        Assert.Equal(["År", "Utfall"], [sheet.TextAt(trend + 1, 1), sheet.TextAt(trend + 1, 2)]);
        Assert.Equal(("2025", 4.5m), (sheet.TextAt(trend + 4, 1), sheet[trend + 4, 2]?.Number));
    }

    [Fact]
    public async Task Render_DemoReport_SheetNamesUniqueAndWithinExcelsLimit()
    {
        var names = (await DemoWorkbook()).Sheets.Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.All(names, n => Assert.Equal(-1, n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\'])));
        Assert.Equal(["Samlad bedömning", "Indikatorer", "Resurseffektiva verksamheter…", "Minskad klimatpåverkan och…", "Biologisk mångfald och giftfri…", "Barnbokslut", "Självskattning", "Diagramdata"], names);
    }

    [Fact]
    public async Task Render_DemoReport_EveryFigureFitsItsColumn()
    {
        // A figure wider than its column shows as "####".
        foreach (var sheet in (await DemoWorkbook()).Sheets)
        {
            foreach (var cell in sheet.Cells.Where(c => c.IsNumber))
            {
                var shown = Shown(cell.Number!.Value, cell.NumberFormat!);
                Assert.True(sheet.Widths[cell.Column] >= shown.Length, $"{sheet.Name} row {cell.Row}: '{shown}' in a column {sheet.Widths[cell.Column]} wide.");
            }
        }
    }

    [Fact]
    public async Task Render_DemoReport_PropertiesSayTitleCreatorAndLanguage()
    {
        var workbook = await DemoWorkbook();

        Assert.Equal(("Hållbarhetsredovisning 2025", "Hallbar", "sv"), (workbook.Title, workbook.Creator, workbook.Language));
    }

    [Fact]
    public async Task Render_DemoReport_ValidAgainstTheSpreadsheetSchema()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(await DemoBytes.Value), isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task Render_EnglishReport_SheetsAndHeadersInEnglish()
    {
        var workbook = ReadBackWorkbook.Read(await Render(Demo.Report("en")));
        var sheet = workbook.SheetHeaded(Climate);
        var row = Assert.Single(sheet.RowsStartingWith("Tjänsteresor"));

        Assert.Equal(["Overall assessment", "Indicators", "Chart data"], [workbook.Sheets[0].Name, workbook.Sheets[1].Name, workbook.Sheets[^1].Name]);
        Assert.Equal(-49m, sheet[row, sheet.ColumnAbove(row, "Outcome 2025")]?.Number);
        Assert.Equal("Notes", sheet.TextAt(2, 6));
        Assert.Equal("en", workbook.Language);
    }

    [Fact]
    public async Task Render_AwkwardTexts_WorkbookStaysValid()
    {
        // Control characters pasted into a text, names Excel forbids or that repeat, and a report without a goal summary.
        var table = new TableBlock("t", "Tabell\u0001", [new Model.Column("Namn [a/b]"), new Model.Column("Värde", ColumnKind.Number)], [new Model.Row([new Model.Cell("x\u0007y"), new Model.Cell("1") { Number = 1m, Unit = "\"st\"" }])]);
        Chapter Area(string id) => new(id, "Område: ett namn som är mycket längre än trettioen tecken", []) { IsAppendix = true, Children = [new Chapter(id + "-i", "Indikator", [table])] };
        var report = new Report { Title = "T", OrganizationName = "O", Year = 2025, Language = "sv", Chapters = [Area("a"), Area("b")] };

        var bytes = await Render(report);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = ReadBackWorkbook.Read(bytes);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal(["Område ett namn som är mycket…", "Område ett namn som är… (2)"], workbook.Sheets.Select(s => s.Name));
        Assert.Equal("xy", workbook.Sheets[0].Cells.Single(c => c.Text.StartsWith('x')).Text);
    }

    /// <summary>A figure as its number format shows it, the unit being the format's quoted literal: 36.9 with <c>#,##0.0" %"</c> → "36.9 %".</summary>
    private static string Shown(decimal number, string format)
    {
        var quote = format.IndexOf('"', StringComparison.Ordinal);
        return quote < 0
            ? number.ToString(format, System.Globalization.CultureInfo.InvariantCulture)
            : number.ToString(format[..quote], System.Globalization.CultureInfo.InvariantCulture) + format[(quote + 1)..].TrimEnd('"');
    }

    private static async Task<ReadBackWorkbook> DemoWorkbook() => ReadBackWorkbook.Read(await DemoBytes.Value);

    private static async Task<byte[]> Render(Report report)
    {
        using var output = new MemoryStream();
        await new XlsxRenderer().RenderAsync(report, output);
        return output.ToArray();
    }
}
