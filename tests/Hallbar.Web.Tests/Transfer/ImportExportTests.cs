using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Hallbar.Data;
using Hallbar.Data.Transfer;
using Hallbar.Domain.Measures;
using Hallbar.ModelFile;
using Hallbar.Web.Tests.Entry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Transfer;

public sealed class ImportExportTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Org = "region-vastmanland";
    private const string Import = "/region-vastmanland/import";

    [Fact]
    public async Task Downloads_TheTemplateAsXlsxAndCsv_AndTheModelFile()
    {
        var client = await AdminAsync();

        var model = await client.Http.GetAsync(new Uri($"{Import}?handler=ModelFile", UriKind.Relative));
        var xlsx = await client.Http.GetAsync(new Uri($"{Import}?handler=Template&year=2025&format=xlsx", UriKind.Relative));
        var csv = await client.Http.GetAsync(new Uri($"{Import}?handler=Template&year=2025&unit=fastighetsforvaltningen&format=csv", UriKind.Relative));

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utfall-region-vastmanland-2025.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        var (table, _) = XlsxTable.Read(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        Assert.Equal(OutcomeTable.Columns, table!.Header);
        Assert.NotEmpty(table.Rows);
        Assert.Equal("utfall-region-vastmanland-2025-fastighetsforvaltningen.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        var (unitTable, _) = CsvTable.Read(new MemoryStream(await csv.Content.ReadAsByteArrayAsync()));
        Assert.All(unitTable!.Rows, r => Assert.Equal("fastighetsforvaltningen", r.Cells[5]));
        Assert.Equal("region-vastmanland.json", model.Content.Headers.ContentDisposition!.FileNameStar);
        var read = ModelFileReader.Read(await model.Content.ReadAsByteArrayAsync());
        Assert.True(read.IsValid);
        Assert.Equal(Org, read.Model!.Organization.Id);
    }

    [Theory]
    [InlineData("sv-SE", "Rad Kolumn Orsak", "'tolv' är inget tal.", "Inget lästes in")]
    // The reason comes from the import in the data layer; the column is named as in the file.
    [InlineData("en-GB", "Row Column Reason", "'tolv' is not a number.", "Nothing was imported")]
    public async Task OutcomeTemplate_WithABadCell_ShowsRowColumnAndReasonInThePagesLanguage_AndWritesNothing(string language, string headings, string reason, string nothing)
    {
        // A browser of its own, so that the language chosen stays with this test.
        using var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");
        await client.GetDocumentAsync($"/{Org}?lang={language}");
        var (file, row, _) = await FilledTemplateAsync(client, "tolv");
        var before = await OutcomeCountAsync();

        var page = await UploadAsync(client, "PreviewOutcomes", await client.GetDocumentAsync(Import), "mall.csv", file);

        Assert.Equal(headings, string.Join(' ', page.QuerySelectorAll(".transfer-result thead th").Select(c => c.TextContent)));
        var problem = page.QuerySelectorAll(".transfer-result tbody tr").Single();
        Assert.Equal([row.ToString(), "Värde", reason], problem.Children.Select(c => c.TextContent));
        Assert.Contains(nothing, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form.confirm"));
        Assert.Equal(before, await OutcomeCountAsync());
    }

    [Fact]
    public async Task OutcomeTemplate_IsPreviewedFirst_ThenImportedWhenTheSameFileIsConfirmed()
    {
        var client = await AdminAsync();
        var (file, _, measure) = await FilledTemplateAsync(client, "12,5");
        var before = await OutcomeCountAsync();

        var preview = await UploadAsync(client, "PreviewOutcomes", await client.GetDocumentAsync(Import), "mall.csv", file);

        Assert.Contains("skulle ändra 1 utfall", preview.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var change = preview.QuerySelector(".transfer-result tbody tr")!;
        Assert.Equal(["2026", "–", "12,5"], new[] { 2, 5, 6 }.Select(i => change.Children[i].TextContent));
        Assert.Equal(before, await OutcomeCountAsync());

        var imported = await UploadAsync(client, "ImportOutcomes", preview, "mall.csv", file, Fingerprint(preview));

        Assert.Equal("1 utfall är inlästa.", imported.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(before + 1, await OutcomeCountAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        var written = await db.Outcomes.AsNoTracking().SingleAsync(o => o.OrganizationId == Org && o.MeasureId == measure && o.Period == "2026");
        Assert.Equal(12.5m, written.Value);
        // A value new to the database is kept in the import's one history entry, which names the file.
        Assert.Contains(await db.Changes.AsNoTracking().Where(c => c.Subject == "import").ToListAsync(), c => c.ChangedBy == "admin@hallbar.demo" && c.Key.EndsWith(".csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confirmation_WithAnotherFileThanThePreviewed_ImportsNothing()
    {
        var client = await AdminAsync();
        var (previewed, _, _) = await FilledTemplateAsync(client, "7");
        var (other, _, _) = await FilledTemplateAsync(client, "8");
        var before = await OutcomeCountAsync();
        var preview = await UploadAsync(client, "PreviewOutcomes", await client.GetDocumentAsync(Import), "mall.csv", previewed);

        var page = await UploadAsync(client, "ImportOutcomes", preview, "mall.csv", other, Fingerprint(preview));

        Assert.Contains("inte filen du förhandsgranskade", page.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await OutcomeCountAsync());
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_IsRefusedWithAClearMessage()
    {
        var client = await AdminAsync();
        var page = await client.GetDocumentAsync(Import);

        var response = await PostFileAsync(client, "PreviewOutcomes", page, "stor.csv", new byte[21 * 1024 * 1024], null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Filen är för stor: högst 20 MB kan läsas in. Inget lästes in.", shown.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task ModelFile_WithProblems_OrOfAnotherOrganization_ListsWhy_AndReplacesNothing()
    {
        var client = await AdminAsync();
        var broken = Encoding.UTF8.GetBytes("{\n  \"formatVersion\": 1,\n  \"organization\": \n}\n");
        var other = Encoding.UTF8.GetString(await client.Http.GetByteArrayAsync(new Uri($"{Import}?handler=ModelFile", UriKind.Relative)))
            .Replace("\"id\": \"region-vastmanland\"", "\"id\": \"annan-region\"", StringComparison.Ordinal);

        var page = await UploadAsync(client, "PreviewModel", await client.GetDocumentAsync(Import), "modell.json", broken);
        var otherPage = await UploadAsync(client, "PreviewModel", page, "annan.json", Encoding.UTF8.GetBytes(other));

        Assert.Contains("Inget lästes in; modellen är som förut.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("4", page.QuerySelector(".transfer-result tbody td")!.TextContent);
        Assert.Contains("gäller organisationen 'annan-region'", otherPage.QuerySelector(".transfer-result tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(otherPage.QuerySelectorAll("form.confirm"));
    }

    [Theory]
    [InlineData("sv-SE", "Rad Position Var Orsak", "Det finns ingen skala 'saknas'; filen har ", "Inget lästes in; modellen är som förut.")]
    // The reason comes from the model file reader, which says it in both languages.
    [InlineData("en-GB", "Line Column Where Reason", "Unknown scale 'saknas'; the file defines ", "Nothing was imported; the model is as before.")]
    public async Task ModelFile_WithAProblem_ShowsItsReasonInThePagesLanguage(string language, string headings, string reason, string nothing)
    {
        // A browser of its own, so that the language chosen stays with this test.
        using var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");
        await client.GetDocumentAsync($"/{Org}?lang={language}");
        var model = JsonNode.Parse(await client.Http.GetByteArrayAsync(new Uri($"{Import}?handler=ModelFile", UriKind.Relative)))!;
        model["defaultScale"] = "saknas";

        var page = await UploadAsync(client, "PreviewModel", await client.GetDocumentAsync(Import), "modell.json", Encoding.UTF8.GetBytes(model.ToJsonString()));

        Assert.Equal(headings, string.Join(' ', page.QuerySelectorAll(".transfer-result thead th").Select(c => c.TextContent)));
        var problem = Assert.Single(page.QuerySelectorAll(".transfer-result tbody tr"), r => r.TextContent.Contains("$.defaultScale", StringComparison.Ordinal));
        Assert.StartsWith(reason, problem.Children[^1].TextContent, StringComparison.Ordinal);
        Assert.Contains(nothing, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form.confirm"));
    }

    [Fact]
    public async Task ModelFile_WithAPhotoGivenAsAFilePath_SaysToEmbedIt_AndReplacesNothing()
    {
        var client = await AdminAsync();
        var model = JsonNode.Parse(await client.Http.GetByteArrayAsync(new Uri($"{Import}?handler=ModelFile", UriKind.Relative)))!;
        // An uploaded file comes alone: the photo beside it on the writer's disk does not come with it.
        model["highlights"]![0]!["photo"] = new JsonObject { ["source"] = "bilder/buss.jpg", ["alt"] = "En guldfärgad buss" };

        var page = await UploadAsync(client, "PreviewModel", await client.GetDocumentAsync(Import), "modell.json", Encoding.UTF8.GetBytes(model.ToJsonString()));

        var problem = Assert.Single(page.QuerySelectorAll(".transfer-result tbody tr"));
        Assert.Contains("$.highlights[0].photo.source", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains("ange fotot som en data:-URI", problem.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form.confirm"));
    }

    [Fact]
    public async Task ModelFile_IsPreviewedWithAWarning_ThenReplacesTheModel()
    {
        var client = await AdminAsync();
        var file = await client.Http.GetByteArrayAsync(new Uri($"{Import}?handler=ModelFile", UriKind.Relative));
        var form = await client.GetDocumentAsync(Import);

        var preview = await UploadAsync(client, "PreviewModel", form, "modell.json", file);

        Assert.Contains("ersätter hela modellen", form.QuerySelector(".warning")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2023, 2024, 2025", form.QuerySelector(".warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Filen är giltig. Inget är sparat ännu.", preview.QuerySelector("[role=status]")!.TextContent);
        var imported = await UploadAsync(client, "ImportModel", preview, "modell.json", file, Fingerprint(preview));
        Assert.Equal("Modellen för Region Västmanland är ersatt med filens.", imported.QuerySelector("[role=status]")!.TextContent);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        Assert.True(await db.Changes.AnyAsync(c => c.Subject == "model" && c.ChangedBy == "admin@hallbar.demo"));
    }

    [Theory]
    [InlineData("service@hallbar.demo")]
    [InlineData("lasare@hallbar.demo")]
    public async Task ReporterOrReader_IsDenied_PagesAndDownloads(string email)
    {
        using var client = new WebClient(factory);
        await client.SignInAsync(email);

        foreach (var path in new[] { Import, $"{Import}?handler=ModelFile", $"{Import}?handler=Template&year=2025" })
        {
            var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.StartsWith("/konto/nekad", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    /// <summary>The admin's session, shared by the tests of the class (the sign-in limit is ten a minute).</summary>
    private Task<WebClient> AdminAsync() => factory.ClientAsync("admin@hallbar.demo");

    /// <summary>The 2026 template as downloaded, with one numeric measure's cell Värde filled in; its row number and measure.</summary>
    private async Task<(byte[] File, int Row, string Measure)> FilledTemplateAsync(WebClient client, string value)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var model = (await new ModelStore(scope.ServiceProvider.GetRequiredService<HallbarDbContext>(), TimeProvider.System).LoadAsync(Org))!;
        var numeric = model.AllMeasures().Where(m => m.Kind == MeasureKind.Numeric && m.UnitAggregation == Aggregation.None).Select(m => m.Id).ToHashSet();
        var bytes = await client.Http.GetByteArrayAsync(new Uri($"{Import}?handler=Template&year=2026&format=csv", UriKind.Relative));
        var (table, _) = CsvTable.Read(new MemoryStream(bytes));
        var row = table!.Rows.First(r => numeric.Contains(r.Cells[0]) && r.Cells[3] == "2026" && r.Cells[4].Length == 0);
        var filled = table with { Rows = [.. table.Rows.Select(r => r == row ? r with { Cells = [.. r.Cells.Select((c, i) => i == 6 ? value : c)] } : r)] };
        using var stream = new MemoryStream();
        CsvTable.Write(filled, stream);
        return (stream.ToArray(), row.Number, row.Cells[0]);
    }

    private async Task<int> OutcomeCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HallbarDbContext>().Outcomes.CountAsync();
    }

    private static string Fingerprint(IHtmlDocument preview) => preview.QuerySelector("form.confirm input[name=fingerprint]")!.GetAttribute("value")!;

    private static async Task<IHtmlDocument> UploadAsync(WebClient client, string handler, IHtmlDocument page, string name, byte[] file, string? fingerprint = null)
    {
        var response = await PostFileAsync(client, handler, page, name, file, fingerprint);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a file as the page's upload form does (multipart, with the page's antiforgery token).</summary>
    private static async Task<HttpResponseMessage> PostFileAsync(WebClient client, string handler, IHtmlDocument page, string name, byte[] file, string? fingerprint)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        if (fingerprint is not null)
        {
            content.Add(new StringContent(fingerprint), "fingerprint");
        }

        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(bytes, "file", name);
        return await client.Http.PostAsync(new Uri($"{Import}?handler={handler}", UriKind.Relative), content);
    }
}
