using System.Net;
using AngleSharp.Html.Dom;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Narrative;

/// <summary>
/// The admin sets up a year's texts on the texts page: creates them from the year before, adds, moves and removes a
/// section. Each test takes a year of its own, none of which has texts in the demo.
/// </summary>
public sealed class NarrativeYearTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Org = "region-vastmanland";

    [Fact]
    public async Task CopyButton_CreatesTheYearsTextsFromTheYearBefore_AndTheYearsReportShowsTheirChapters()
    {
        await Entry.Demo.OpenRound2026Async(factory);
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync($"/{Org}/texter?year=2026");
        var button = page.QuerySelectorAll("main button").Single(b => b.TextContent.StartsWith("Skapa", StringComparison.Ordinal));
        Assert.Equal("Skapa 2026s texter från 2025s", button.TextContent);
        Assert.DoesNotContain("modellfilen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/{Org}/texter?year=2026&handler=Copy", page, new() { ["Source"] = "2025" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.StartsWith("Redovisningen 2026 har nu 14 textavsnitt, skapade från 2025s", list.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var demo = Titles(await client.GetDocumentAsync($"/{Org}/texter?year=2025"));
        Assert.Equal(demo, Titles(list));
        Assert.Equal($"/{Org}/texter/inledning-2026", list.QuerySelectorAll("tbody th a").Single(a => a.TextContent == "Inledning").GetAttribute("href"));

        var report = await client.GetDocumentAsync($"/{Org}/rapport/ladda-ner?year=2026&format=html");
        var headings = report.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.All(["Inledning", "Minskad klimatpåverkan och klimatanpassad verksamhet", "Bilaga 1 Självskattning social hållbarhet", "Bilaga 2 Indikatorer med mätetal"],
            title => Assert.Contains(headings, h => h.EndsWith(title, StringComparison.Ordinal)));
        Assert.NotEmpty(report.QuerySelectorAll("table"));
    }

    [Fact]
    public async Task AddMoveAndRemove_ChangeTheYearsSections_EachThroughItsForm()
    {
        await CopyAsync(2027);
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync($"/{Org}/texter?year=2027");

        var added = await client.PostFormAsync($"/{Org}/texter?year=2027&handler=Add", page, new()
        {
            ["NewTitle"] = "Årets klimatarbete",
            ["NewNode"] = "minskad-klimatpaverkan",
            ["NewAfter"] = "inledning-2027",
            ["ReadOrder"] = Order(page),
        });
        page = await FollowAsync(client, added);
        Assert.StartsWith("Avsnittet \"Årets klimatarbete\" är tillagt som nummer 4 av 15", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Inledning", "Årets klimatarbete", "Process för framtagning och uppföljning av hållbarhetsmål"], Titles(page)[2..5]);
        Assert.Equal("Minskad klimatpåverkan och klimatanpassad verksamhet", Row(page, "Årets klimatarbete").QuerySelectorAll("td")[2].TextContent);

        var up = Row(page, "Årets klimatarbete").QuerySelectorAll("button").Single(b => b.TextContent == "Flytta upp Årets klimatarbete");
        var moved = await client.PostFormAsync($"/{Org}/texter?year=2027&handler=Move", page, new()
        {
            ["id"] = "arets-klimatarbete-2027",
            ["direction"] = up.GetAttribute("value")!,
            ["ReadOrder"] = Order(page),
        });
        page = await FollowAsync(client, moved);
        Assert.Equal(["Årets klimatarbete", "Inledning"], Titles(page)[2..4]);

        var remove = Row(page, "Årets klimatarbete").QuerySelectorAll("a").Single(a => a.TextContent == "Ta bort Årets klimatarbete").GetAttribute("href")!;
        var confirm = await client.GetDocumentAsync(remove);
        Assert.Equal("Ta bort textavsnittet: Årets klimatarbete", confirm.QuerySelector("h1")!.TextContent);
        var removed = await client.PostFormAsync(remove, confirm, new() { ["ReadVersion"] = confirm.QuerySelector("input[name=ReadVersion]")!.GetAttribute("value")! });
        page = await FollowAsync(client, removed);
        Assert.StartsWith("Avsnittet \"Årets klimatarbete\" är borttaget", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Årets klimatarbete", Titles(page));
        Assert.Equal(3, (await HistoryAsync("arets-klimatarbete-2027")).Count);
    }

    [Fact]
    public async Task Add_WithoutTitle_IsNamedAtTheFieldAndInTheSummary_AndWritesNothing()
    {
        await CopyAsync(2028);
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync($"/{Org}/texter?year=2028");

        var response = await client.PostFormAsync($"/{Org}/texter?year=2028&handler=Add", page, new() { ["NewTitle"] = "  ", ["ReadOrder"] = Order(page) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await ParseAsync(response);
        var title = shown.QuerySelector("input#nytt-avsnitt-rubrik")!;
        Assert.Equal("true", title.GetAttribute("aria-invalid"));
        Assert.Contains("rubrik", shown.GetElementById(title.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#nytt-avsnitt-rubrik", shown.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(Titles(page), Titles(shown));
    }

    [Fact]
    public async Task Move_FromAnOlderPage_ShowsTheConflictWithTheOrderNow_AndWritesNothing()
    {
        await CopyAsync(2029);
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync($"/{Org}/texter?year=2029");
        var fields = new Dictionary<string, string> { ["id"] = "klimat-2029", ["direction"] = "upp", ["ReadOrder"] = Order(page) };
        await FollowAsync(client, await client.PostFormAsync($"/{Org}/texter?year=2029&handler=Move", page, new(fields)));
        var history = (await HistoryAsync()).Count;

        var response = await client.PostFormAsync($"/{Org}/texter?year=2029&handler=Move", page, new(fields));

        var shown = await ParseAsync(response);
        Assert.Contains("ändrats av någon annan", shown.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(history, (await HistoryAsync()).Count);
    }

    [Fact]
    public async Task PublishedYear_OffersNoCopyAddMoveOrRemove()
    {
        using var client = await AdminAsync();

        var page = await client.GetDocumentAsync($"/{Org}/texter?year=2025");

        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.TextContent.StartsWith("Ta bort", StringComparison.Ordinal));
        var confirm = await client.GetDocumentAsync($"/{Org}/texter/inledning/ta-bort");
        Assert.Empty(confirm.QuerySelectorAll("main form[method=post]"));
        Assert.Contains("kan inte tas bort", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fastighet@hallbar.demo")]
    [InlineData("lasare@hallbar.demo")]
    public async Task ReporterOrReader_CannotCreateTheYearsTexts(string email)
    {
        using var client = new WebClient(factory);
        await client.SignInAsync(email);
        var own = await client.GetDocumentAsync("/konto/logga-in");

        var response = await client.PostFormAsync($"/{Org}/texter?year=2031&handler=Copy", own, new() { ["Source"] = "2025" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/nekad", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        using var admin = await AdminAsync();
        Assert.Empty(Titles(await admin.GetDocumentAsync($"/{Org}/texter?year=2031")));
    }

    private async Task<WebClient> AdminAsync()
    {
        var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");
        return client;
    }

    private async Task CopyAsync(int year)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        Assert.True((await new SectionDesk(db, TimeProvider.System).CopyYearAsync(Org, 2025, year, "admin@hallbar.demo")).IsSaved);
    }

    private async Task<IReadOnlyList<Hallbar.Data.Rows.ChangeRow>> HistoryAsync(string? key = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        return await new Editor(db, TimeProvider.System).HistoryAsync(Org, SectionDesk.Subject, key);
    }

    private static async Task<IHtmlDocument> FollowAsync(WebClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static List<string> Titles(IHtmlDocument page) => [.. page.QuerySelectorAll("tbody th a").Select(a => a.TextContent)];

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, string title) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th a")!.TextContent == title);

    private static string Order(IHtmlDocument page) => page.QuerySelector("input[name=ReadOrder]")!.GetAttribute("value")!;
}
