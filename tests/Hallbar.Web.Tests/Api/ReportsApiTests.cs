using System.Net;
using DocumentFormat.OpenXml.Packaging;

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
