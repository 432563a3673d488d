using System.Net;
using AngleSharp.Html.Dom;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Narrative;

public sealed class NarrativeEditorTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Org = "region-vastmanland";

    [Fact]
    public async Task List_ShowsTheYearsSectionsInTheReportsOrder()
    {
        using var client = await AdminAsync();

        var page = await client.GetDocumentAsync($"/{Org}/texter?year=2025");

        var titles = page.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        Assert.Equal("Resultatet i korthet", titles[0]);
        Assert.Equal("Bilaga 2 Indikatorer med mätetal", titles[^1]);
        Assert.Contains("är publicerad (låst)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ShowsSanitizedHtml_AndKeepsTheTextUnsaved()
    {
        var id = await AddSectionAsync("Före förhandsgranskningen.");
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync($"/{Org}/texter/{id}");
        const string Markdown = "## Om året\n\nHej <script>alert('x')</script> och [länk](javascript:alert(1)) **fetstil**.\n\n{{indicators}}\n";

        var page = await PostAsync(client, $"/{Org}/texter/{id}?handler=Preview", form, "Ny rubrik", Markdown, version: 0);

        var preview = page.QuerySelector("section.preview")!;
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal("Om året", preview.QuerySelector("h4")!.TextContent);
        Assert.Equal("fetstil", preview.QuerySelector("strong")!.TextContent);
        Assert.Contains("<script>alert('x')</script>", preview.QuerySelector(".narrative p")!.TextContent, StringComparison.Ordinal);
        Assert.All(preview.QuerySelectorAll("a"), a => Assert.DoesNotContain("javascript", a.GetAttribute("href") ?? string.Empty, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("{{indicators}}", preview.QuerySelector("p.directive")!.TextContent);
        Assert.Equal(Markdown, page.QuerySelector("textarea#Markdown")!.TextContent);
        Assert.Equal("Ny rubrik", page.QuerySelector("input#Title")!.GetAttribute("value"));
        Assert.Equal("Före förhandsgranskningen.", (await SectionAsync(id)).Markdown);
    }

    [Fact]
    public async Task Save_WritesTheSectionAndItsHistory()
    {
        var id = await AddSectionAsync("Gammal text.");
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync($"/{Org}/texter/{id}");

        var response = await client.PostFormAsync($"/{Org}/texter/{id}", form, Fields(form, "Analys", "Ny text om året."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Texten är sparad.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("Ny text om året.", page.QuerySelector("textarea#Markdown")!.TextContent);
        var section = await SectionAsync(id);
        Assert.Equal(("Analys", "Ny text om året.", 1), (section.Title, section.Markdown, section.Version));
        var change = Assert.Single(await HistoryAsync(id));
        Assert.Equal("admin@hallbar.demo", change.ChangedBy);
        Assert.Equal("Analys\n\nNy text om året.", change.NewValue);
    }

    [Fact]
    public async Task Save_FromAnOldVersion_ShowsBothTextsAndWritesNothing()
    {
        var id = await AddSectionAsync("Utgångstext.");
        using var first = await AdminAsync();
        using var second = await AdminAsync();
        var firstForm = await first.GetDocumentAsync($"/{Org}/texter/{id}");
        var secondForm = await second.GetDocumentAsync($"/{Org}/texter/{id}");
        await first.PostFormAsync($"/{Org}/texter/{id}", firstForm, Fields(firstForm, "Rubrik", "Den förstas text."));

        var response = await second.PostFormAsync($"/{Org}/texter/{id}", secondForm, Fields(secondForm, "Rubrik", "Den andras text."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Parse(response);
        Assert.Contains("Inget sparades", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var texts = page.QuerySelectorAll(".compare pre").Select(p => p.TextContent).ToList();
        Assert.Equal(["Den andras text.", "Den förstas text."], texts);
        Assert.Equal("Den andras text.", page.QuerySelector("textarea#Markdown")!.TextContent);
        Assert.Equal("Den förstas text.", (await SectionAsync(id)).Markdown);
        Assert.Single(await HistoryAsync(id));
    }

    [Fact]
    public async Task Save_InAPublishedYear_IsRefusedAndOffersNoSaveButton()
    {
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync($"/{Org}/texter/inledning");

        var response = await client.PostFormAsync($"/{Org}/texter/inledning", form, Fields(form, "Inledning", "Ändrad i efterhand."));

        Assert.DoesNotContain(form.QuerySelectorAll("button"), b => b.TextContent == "Spara");
        Assert.Contains("låst", (await Parse(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Ändrad i efterhand.", (await SectionAsync("inledning")).Markdown);
    }

    [Fact]
    public async Task Save_WithoutTitle_ShowsTheProblemAtTheField()
    {
        var id = await AddSectionAsync("Text.");
        using var client = await AdminAsync();
        var form = await client.GetDocumentAsync($"/{Org}/texter/{id}");

        var page = await Parse(await client.PostFormAsync($"/{Org}/texter/{id}", form, Fields(form, " ", "Text utan rubrik.")));

        var title = page.QuerySelector("input#Title")!;
        Assert.Equal("true", title.GetAttribute("aria-invalid"));
        Assert.Contains("rubrik", page.GetElementById(title.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await HistoryAsync(id));
    }

    [Theory]
    [InlineData("fastighet@hallbar.demo", "/region-vastmanland/texter")]
    [InlineData("lasare@hallbar.demo", "/region-vastmanland/texter/inledning")]
    public async Task ReporterOrReader_IsDenied(string email, string path)
    {
        using var client = new WebClient(factory);
        await client.SignInAsync(email);

        var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/nekad", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(response.Headers.Location)).StatusCode);
    }

    private async Task<WebClient> AdminAsync()
    {
        var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");
        return client;
    }

    private static Dictionary<string, string> Fields(IHtmlDocument form, string title, string markdown) => new()
    {
        ["Title"] = title,
        ["Markdown"] = markdown,
        ["ReadVersion"] = form.QuerySelector("input[name=ReadVersion]")!.GetAttribute("value")!,
    };

    private static async Task<IHtmlDocument> PostAsync(WebClient client, string path, IHtmlDocument form, string title, string markdown, int version)
    {
        var response = await client.PostFormAsync(path, form, new() { ["Title"] = title, ["Markdown"] = markdown, ["ReadVersion"] = version.ToString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parse(response);
    }

    private static async Task<IHtmlDocument> Parse(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>A section of 2026, whose round is not opened yet, put in place as the model file would.</summary>
    private async Task<string> AddSectionAsync(string markdown)
    {
        var id = "test-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        db.Sections.Add(new SectionRow { OrganizationId = Org, Id = id, Position = 100, Title = "Provavsnitt", Year = 2026, Markdown = markdown });
        await db.SaveChangesAsync();
        return id;
    }

    private async Task<SectionRow> SectionAsync(string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HallbarDbContext>().Sections.AsNoTracking().SingleAsync(s => s.OrganizationId == Org && s.Id == id);
    }

    private async Task<IReadOnlyList<ChangeRow>> HistoryAsync(string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        return await new Editor(db, TimeProvider.System).HistoryAsync(Org, "section", id);
    }
}
