using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Domain.Measures;
using Hallbar.Web.Tests.Entry;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Api;

public sealed class ReportsApiTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Reports = "/api/organizations/region-vastmanland/reports";

    [Fact]
    public async Task Xlsx_PublishedYear_AnonymousDownloadsAWorkbook()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.GetAsync(new Uri($"{Reports}/2025?format=xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hallbarhetsredovisning-region-vastmanland-2025.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = SpreadsheetDocument.Open(await response.Content.ReadAsStreamAsync(), isEditable: false);
        Assert.NotEmpty(workbook.WorkbookPart!.Workbook.Sheets!.ChildElements);
    }

    [Fact]
    public async Task Html_AfterARestatement_IsWrittenAnewWithItsFootnote()
    {
        // A 2024 value restated after 2025 was published is footnoted in the 2025 report.
        using var client = new WebClient(factory);
        var address = new Uri($"{Reports}/2025?format=html&lang=sv", UriKind.Relative);
        const string Reason = "Rättat efter leverantörens nya underlag";
        Assert.DoesNotContain(Reason, await client.Http.GetStringAsync(address), StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
            var model = (await new ModelStore(db, TimeProvider.System).LoadAsync(Demo.Org))!;
            var measure = model.AllMeasures().First(m => m.Kind == MeasureKind.Numeric && m.Outcomes.Any(o => o.Period.ToString() == "2024" && o.Value is not null && o.SeriesId is null && o.UnitId is null));
            var editor = new Editor(db, TimeProvider.System);
            var (stored, _) = await editor.ReadOutcomeAsync(Demo.Org, measure.Id, "2024");
            Assert.True((await editor.SetOutcomeAsync(new OutcomeChange(Demo.Org, measure.Id, "2024", stored!.Value + 1, stored.Version, "admin@hallbar.demo", Reason: Reason))).IsSaved);
        }

        Assert.Contains(Reason, await client.Http.GetStringAsync(address), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnpublishedYear_IsRefusedToThePublic()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.GetAsync(new Uri($"{Reports}/2026?format=xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UnknownFormat_NamesTheFormats()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.GetAsync(new Uri($"{Reports}/2025?format=odt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("docx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
