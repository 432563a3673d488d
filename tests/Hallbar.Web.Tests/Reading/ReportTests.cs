using System.IO.Compression;
using System.Net;
using System.Text;

namespace Hallbar.Web.Tests.Reading;

public sealed class ReportTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Download = "/region-vastmanland/rapport/ladda-ner";

    [Fact]
    [Trait("Needs", "Chromium")]
    public async Task Anonymous_DownloadsThe2025ReportAsPdf()
    {
        using var client = new WebClient(factory);

        using var response = await client.Http.GetAsync(new Uri($"{Download}?year=2025&format=pdf&language=sv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("hallbarhetsredovisning-region-vastmanland-2025.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]));
    }

    [Theory]
    // Word and Excel files are zip packages; the HTML file is a whole document.
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    [InlineData("html", "text/html", "<!DOCTYPE html>")]
    public async Task Anonymous_DownloadsThe2025Report(string format, string mediaType, string start)
    {
        using var client = new WebClient(factory);

        using var response = await client.Http.GetAsync(new Uri($"{Download}?year=2025&format={format}&language=sv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"hallbarhetsredovisning-region-vastmanland-2025.{format}", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.StartsWith(start, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_InEnglish_HasEnglishHeadings_AndAnEnglishName()
    {
        using var client = new WebClient(factory);

        using var response = await client.Http.GetAsync(new Uri($"{Download}?year=2025&format=docx&language=en", UriKind.Relative));

        Assert.Equal("sustainability-report-region-vastmanland-2025.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var package = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var document = new StreamReader(package.GetEntry("word/document.xml")!.Open());
        Assert.Contains("Sustainability report 2025", await document.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnpublishedYear_SendsTheAnonymousReaderToSignIn_ButNotTheAdmin()
    {
        await factory.OpenRound2026Async();
        using var anonymous = new WebClient(factory);
        using var admin = new WebClient(factory);
        await admin.SignInAsync(Edits.Admin);

        using var refused = await anonymous.Http.GetAsync(new Uri($"{Download}?year=2026&format=pdf", UriKind.Relative));
        using var read = await anonymous.Http.GetAsync(new Uri("/region-vastmanland/rapport/las?year=2026", UriKind.Relative));
        using var allowed = await admin.Http.GetAsync(new Uri($"{Download}?year=2026&format=html", UriKind.Relative));
        var form = await anonymous.GetDocumentAsync("/region-vastmanland/rapport");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/konto/logga-in", refused.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(["2025", "2024", "2023"], form.QuerySelectorAll("#rapport-ar option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task ReadInTheBrowser_WithTheLanguageSwitch_HasEnglishHeadings_StyledFromAFile()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland/rapport/las?year=2025&lang=en-GB");

        Assert.Equal("Sustainability report 2025", page.QuerySelector("article.report h1")!.TextContent);
        Assert.Equal("Contents", page.QuerySelector("nav.contents h2")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("[style], style, script"));
        Assert.Single(page.QuerySelectorAll("#innehall"));
        var stylesheet = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("/css/rapport.css?v=", StringComparison.Ordinal));
        using var css = await client.Http.GetAsync(new Uri(stylesheet, UriKind.Relative));
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".report", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPage_OffersYearFormatAndLanguage_InALabelledGetForm()
    {
        using var client = new WebClient(factory);

        var page = await client.GetDocumentAsync("/region-vastmanland/rapport");

        var form = page.QuerySelector("form.report-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(Download, form.GetAttribute("action"));
        Assert.All(form.QuerySelectorAll("select"), s => Assert.NotNull(form.QuerySelector($"label[for={s.Id}]")));
        Assert.Equal(["pdf", "html", "docx", "xlsx"], form.QuerySelectorAll("select[name=format] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["sv", "en"], form.QuerySelectorAll("select[name=language] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("/region-vastmanland/rapport/las", form.QuerySelector("button[formaction]")!.GetAttribute("formaction"));
    }

    [Fact]
    public async Task UnknownFormat_IsABadRequest()
    {
        using var client = new WebClient(factory);

        using var response = await client.Http.GetAsync(new Uri($"{Download}?year=2025&format=odt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
