using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Highlights;

/// <summary>
/// The admin's editor of a year's highlights and barnbokslut (/{org}/hojdpunkter/{year}): what is saved there is
/// what the report of that year prints; a bad photo, a missing alternative text and a conflict are said where they are.
/// </summary>
public sealed class HighlightEditorTests(HighlightEditorTests.Factory factory) : IClassFixture<HighlightEditorTests.Factory>
{
    private const string Org = "region-vastmanland";
    private const string Page = $"/{Org}/hojdpunkter/2026";
    private const string NewKey = "hojdpunkt-ny";

    /// <summary>A PNG of one pixel.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>The demo with round <see cref="Year"/> open and a text section of the year that places the highlights and the barnbokslut, as the 2025 report's do.</summary>
    public sealed class Factory : HallbarWebFactory, IAsyncLifetime
    {
        public const int Year = 2026;

        public async Task InitializeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
            db.Sections.Add(new SectionRow
            {
                OrganizationId = Org, Id = "hojdpunkter-2026", Position = 100, Title = "Höjdpunkter", Year = Year, Markdown = "Årets höjdpunkter.\n\n{{highlights}}\n\n{{child-rights}}\n",
            });
            await db.SaveChangesAsync();
            Assert.True((await new Editor(db, TimeProvider.System).OpenRoundAsync(Org, Year, "admin@hallbar.demo")).IsSaved);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task AddHighlightWithPhoto_ShowsInTheReportOfThatYear_WithItsAltText()
    {
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync(Page);

        var response = await PostHighlightAsync(client, form, NewKey, "Cykelgarage vid Västmanlands sjukhus", "Nu cyklar **fler** till jobbet.",
            ("cykelgarage.png", Png), "Ett cykelgarage fullt av cyklar", "Region Västmanland");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.StartsWith("Höjdpunkten \"Cykelgarage vid Västmanlands sjukhus\" är tillagd", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var report = await client.GetDocumentAsync($"/{Org}/rapport/ladda-ner?year={Factory.Year}&format=html");
        var text = report.Body!.TextContent;
        Assert.Contains("Cykelgarage vid Västmanlands sjukhus", text, StringComparison.Ordinal);
        Assert.Contains(report.QuerySelectorAll("img"), img => img.GetAttribute("alt") == "Ett cykelgarage fullt av cyklar");
        Assert.Contains("Foto: Region Västmanland", text, StringComparison.Ordinal);
    }

    [Theory]
    // The file's bytes decide, not its name: a PDF called .jpg is no photo.
    [InlineData("intyg.jpg", "pdf", "Ett intyg", "hojdpunkt-ny-foto", "JPEG, PNG eller WebP")]
    // A real PNG, but one byte over what a photo may be.
    [InlineData("stor.png", "large", "Ett stort foto", "hojdpunkt-ny-foto", "högst 5 MB")]
    // A photo must say what it shows.
    [InlineData("bild.png", "png", "", "hojdpunkt-ny-alt", "alternativtext")]
    public async Task BadUpload_IsNamedAtItsField_InTheSummaryToo_AndNothingIsSaved(string fileName, string file, string altText, string field, string says)
    {
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync(Page);
        var before = await LastChangeAsync();
        var content = file switch
        {
            "pdf" => "%PDF-1.7"u8.ToArray(),
            "large" => [.. Png, .. new byte[(5 * 1024 * 1024) + 1 - Png.Length]],
            _ => Png,
        };

        var response = await PostHighlightAsync(client, form, NewKey, "Ett foto som inte går", "Text.", (fileName, content), altText, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        var input = page.GetElementById(field)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(says, page.GetElementById($"{field}-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".error-summary a"), a => a.GetAttribute("href") == $"#{field}" && a.TextContent.Contains(says, StringComparison.Ordinal));
        Assert.Equal("Ett foto som inte går", page.GetElementById($"{NewKey}-rubrik")!.GetAttribute("value"));
        Assert.Equal(before, await LastChangeAsync());
    }

    [Fact]
    public async Task PhotoWithoutAltText_IsKeptWithTheForm_SoAddingTheTextSavesIt()
    {
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync(Page);
        // Near the limit: carried back as a data: URI, the photo is a form value of 6 MB.
        byte[] photo = [.. Png, .. new byte[4_500_000]];
        var refused = await ParseAsync(await PostHighlightAsync(client, form, NewKey, "Ängsmark vid vårdcentralen", "Ängen blommar.", ("ang.png", photo), " ", null));
        var chosen = refused.QuerySelector("input[name='Input.ChosenPhoto']")!.GetAttribute("value")!;

        var response = await PostHighlightAsync(client, refused, NewKey, "Ängsmark vid vårdcentralen", "Ängen blommar.", null, "En blommande äng", null,
            new() { ["Input.ChosenPhoto"] = chosen });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(Page);
        Assert.Contains(page.QuerySelectorAll(".highlight-photo img"), img => img.GetAttribute("alt") == "En blommande äng");
        Assert.Equal(photo, (await HighlightsAsync()).Highlights.Single(h => h.Title == "Ängsmark vid vårdcentralen").Photo!.Content());
    }

    [Fact]
    public async Task Save_FromAnOldVersion_ShowsWhatIsStoredBesideWhatWasSent_AndKeepsTheForm()
    {
        using var first = await AdminAsync();
        using var second = await AdminAsync();
        var firstForm = await first.GetDocumentAsync(Page);
        var secondForm = await second.GetDocumentAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, (await PostHighlightAsync(first, firstForm, NewKey, "Den förstas höjdpunkt", "Först.", null, null, null)).StatusCode);

        var response = await PostHighlightAsync(second, secondForm, NewKey, "Den andras höjdpunkt", "Sedan.", null, null, null);

        var page = await ParseAsync(response);
        var conflict = page.QuerySelector(".conflict")!;
        Assert.Contains("Den andras höjdpunkt", conflict.QuerySelector(".conflict-yours")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Den förstas höjdpunkt", conflict.QuerySelector(".conflict-current")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Den andras höjdpunkt", page.GetElementById($"{NewKey}-rubrik")!.GetAttribute("value"));
        var stored = await HighlightsAsync();
        Assert.Contains(stored.Highlights, h => h.Title == "Den förstas höjdpunkt");
        Assert.DoesNotContain(stored.Highlights, h => h.Title == "Den andras höjdpunkt");
        Assert.Equal(stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector($"section[aria-labelledby={NewKey}] input[name='Input.ReadVersion']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ChildRights_SavedWithANewDecision_ShowInTheReport_AndTooFewInTotalIsNamedAtItsField()
    {
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync(Page);
        var version = form.QuerySelector("input[name='Facts.ReadVersion']")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["Facts.ReadVersion"] = version,
            ["Facts.PilotsTrained"] = "12",
            ["Facts.PilotsInTotal"] = "9",
            ["Facts.Decisions[0].Stored"] = "false",
            ["Facts.Decisions[0].Title"] = "Skolskjuts till habiliteringen",
            ["Facts.Decisions[0].Reference"] = "RS260001-1",
            ["Facts.Decisions[0].UnitId"] = "kollektivtrafikforvaltningen",
            ["Facts.Decisions[0].AssessmentMade"] = "true",
        };

        var refused = await ParseAsync(await client.PostFormAsync($"{Page}?handler=ChildRights", form, new(fields)));
        fields["Facts.PilotsInTotal"] = "122";
        var saved = await client.PostFormAsync($"{Page}?handler=ChildRights", refused, new(fields));

        Assert.Equal("true", refused.GetElementById("piloter-totalt")!.GetAttribute("aria-invalid"));
        Assert.Contains("färre", refused.GetElementById("piloter-totalt-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Skolskjuts till habiliteringen", refused.GetElementById("beslut-1-titel")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var report = (await client.GetDocumentAsync($"/{Org}/rapport/ladda-ner?year={Factory.Year}&format=html")).Body!.TextContent;
        Assert.Contains("Skolskjuts till habiliteringen", report, StringComparison.Ordinal);
        Assert.Contains("122", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedYear_ShowsTheHighlightsWithoutSaveButtons_AndRefusesAPost()
    {
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync($"/{Org}/hojdpunkter/2025");

        var response = await client.PostFormAsync($"/{Org}/hojdpunkter/2025?handler=ChildRights", form, new()
        {
            ["Facts.ReadVersion"] = form.QuerySelector("input[name='Facts.ReadVersion']")!.GetAttribute("value")!,
            ["Facts.PilotsTrained"] = "1",
            ["Facts.PilotsInTotal"] = "2",
        });

        Assert.Equal("1. Sveriges nöjdaste kollektivtrafikkunder", form.QuerySelector("section.highlight h3")!.TextContent);
        Assert.DoesNotContain(form.QuerySelectorAll("button"), b => b.TextContent.StartsWith("Spara", StringComparison.Ordinal));
        Assert.Contains("låst", (await ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<WebClient> AdminAsync()
    {
        var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");
        return client;
    }

    /// <summary>A highlight's form posted as the browser sends it (multipart), with the version the page was read at.</summary>
    private static async Task<HttpResponseMessage> PostHighlightAsync(WebClient client, IHtmlDocument form, string key, string title, string markdown,
        (string Name, byte[] Content)? photo, string? altText, string? credit, Dictionary<string, string>? more = null)
    {
        var section = form.QuerySelector($"section[aria-labelledby={key}]")!;
        using var content = new MultipartFormDataContent();
        var fields = new Dictionary<string, string?>
        {
            ["__RequestVerificationToken"] = section.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"),
            ["Input.Id"] = section.QuerySelector("input[name='Input.Id']")!.GetAttribute("value") ?? string.Empty,
            ["Input.ReadVersion"] = section.QuerySelector("input[name='Input.ReadVersion']")!.GetAttribute("value"),
            ["Input.Title"] = title,
            ["Input.Markdown"] = markdown,
            ["Input.AltText"] = altText,
            ["Input.Credit"] = credit,
        };
        foreach (var (name, value) in fields.Concat((more ?? []).Select(m => new KeyValuePair<string, string?>(m.Key, m.Value))))
        {
            if (value is not null)
            {
                content.Add(new StringContent(value), name);
            }
        }

        if (photo is { } file)
        {
            var bytes = new ByteArrayContent(file.Content);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "Input.Photo", file.Name);
        }

        return await client.Http.PostAsync(new Uri($"{Page}?handler=Save", UriKind.Relative), content);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private async Task<long?> LastChangeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HallbarDbContext>().Changes.MaxAsync(c => (long?)c.Id);
    }

    private async Task<YearHighlights> HighlightsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<HighlightDesk>().ReadAsync(Org, Factory.Year))!;
    }
}
