using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Domain.Measures;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Rounds;

public sealed class RoundWorkflowTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Org = "region-vastmanland";
    private const string Rounds = "/region-vastmanland/omgangar";

    [Fact]
    public async Task Round2026_GoesFromOpenToPublished_OnlyByAllowedSteps_AndApprovingLocksIt()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");
        var page = await client.GetDocumentAsync(Rounds);
        Assert.Equal("2026", page.QuerySelector("input#NewYear")!.GetAttribute("value"));

        page = await FollowAsync(client, await client.PostFormAsync($"{Rounds}?handler=Open", page, new() { ["NewYear"] = "2026" }));
        Assert.Equal("Rapportomgången 2026 är öppnad: rapportörerna kan mata in årets värden.", page.QuerySelector("[role=status]")!.TextContent);
        AssertRow(page, 2026, "Öppen", "Skicka till granskning 2026");

        // A step the state does not allow is refused, whichever way it is asked for.
        page = await FollowAsync(client, await client.PostFormAsync($"{Rounds}?handler=Move", page, new() { ["year"] = "2026", ["to"] = "Open" }));
        Assert.Equal("Rapportomgången 2026 är öppen och kan inte gå till öppen. Inget ändrades.", page.QuerySelector("[role=alert]")!.TextContent);
        var confirm = await client.GetDocumentAsync($"{Rounds}/2026/publicera");
        Assert.Empty(confirm.QuerySelectorAll("main form"));
        Assert.Equal("Rapportomgången 2026 är öppen och kan inte gå till publicerad (låst). Inget ändrades.", confirm.QuerySelector("main .problem")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync($"{Rounds}/2026/publicera", page, new())).StatusCode);
        Assert.Equal("Öppen", Row(await client.GetDocumentAsync(Rounds), 2026).State);

        page = await MoveAsync(client, 2026, "InReview");
        AssertRow(page, 2026, "Under granskning", "Godkänn och lås … 2026", "Öppna igen för inmatning 2026");
        page = await MoveAsync(client, 2026, "Open");
        Assert.Equal("Öppen", Row(page, 2026).State);
        page = await MoveAsync(client, 2026, "InReview");

        // Approving goes by a page that says what it means; asking for it directly only leads there.
        var toConfirm = await client.PostFormAsync($"{Rounds}?handler=Move", page, new() { ["year"] = "2026", ["to"] = "Approved" });
        Assert.Equal($"{Rounds}/2026/godkann", toConfirm.Headers.Location!.OriginalString);
        Assert.Equal("Under granskning", Row(await client.GetDocumentAsync(Rounds), 2026).State);
        confirm = await client.GetDocumentAsync($"{Rounds}/2026/godkann");
        Assert.Contains("En godkänd omgång låses; ändringar blir omräkningar med skäl.", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        page = await FollowAsync(client, await client.PostFormAsync($"{Rounds}/2026/godkann", confirm, new()));
        Assert.Equal("Rapportomgången 2026 är godkänd och låst.", page.QuerySelector("[role=status]")!.TextContent);
        AssertRow(page, 2026, "Godkänd (låst)", "Publicera … 2026");

        var written = await WriteOutcomeWithoutReasonAsync(2026);
        Assert.Equal(EditStatus.Locked, written.Status);

        confirm = await client.GetDocumentAsync($"{Rounds}/2026/publicera");
        Assert.Contains("offentlig", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        page = await FollowAsync(client, await client.PostFormAsync($"{Rounds}/2026/publicera", confirm, new()));
        AssertRow(page, 2026, "Publicerad (låst)");

        var history = page.QuerySelectorAll("table")[^1].QuerySelectorAll("tbody tr")
            .Where(r => r.QuerySelector("th")!.TextContent == "2026")
            .Select(r => (r.Children[2].TextContent, r.Children[3].TextContent, r.Children[4].TextContent)).Reverse().ToList();
        Assert.Equal(
        [
            ("(ny)", "Öppen", "admin@hallbar.demo"),
            ("Öppen", "Under granskning", "admin@hallbar.demo"),
            ("Under granskning", "Öppen", "admin@hallbar.demo"),
            ("Öppen", "Under granskning", "admin@hallbar.demo"),
            ("Under granskning", "Godkänd (låst)", "admin@hallbar.demo"),
            ("Godkänd (låst)", "Publicerad (låst)", "admin@hallbar.demo"),
        ], history);
    }

    [Fact]
    public async Task Open_AYearThatHasARound_ShowsTheProblemAtTheField()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");
        var page = await client.GetDocumentAsync(Rounds);

        var response = await client.PostFormAsync($"{Rounds}?handler=Open", page, new() { ["NewYear"] = "2025" });

        page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var year = page.QuerySelector("input#NewYear")!;
        Assert.Equal("true", year.GetAttribute("aria-invalid"));
        Assert.Equal("Rapportomgången 2025 finns redan.", page.GetElementById(year.GetAttribute("aria-describedby")!)!.TextContent);
    }

    [Theory]
    [InlineData("fastighet@hallbar.demo")]
    [InlineData("lasare@hallbar.demo")]
    public async Task ReporterOrReader_IsDenied_AndCannotOpenARound(string email)
    {
        using var client = new WebClient(factory);
        await client.SignInAsync(email);
        // Any page's form gives the account an antiforgery token; the sign-in page has one.
        var overview = await client.GetDocumentAsync("/konto/logga-in");

        var page = await client.Http.GetAsync(new Uri(Rounds, UriKind.Relative));
        var open = await client.PostFormAsync($"{Rounds}?handler=Open", overview, new() { ["NewYear"] = "2030" });
        var confirm = await client.Http.GetAsync(new Uri($"{Rounds}/2025/publicera", UriKind.Relative));

        Assert.All(new[] { page, open, confirm }, r => Assert.StartsWith("/konto/nekad", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await new Editor(scope.ServiceProvider.GetRequiredService<HallbarDbContext>(), TimeProvider.System).RoundAsync(Org, 2030));
    }

    private static (string State, string[] Steps) Row(IHtmlDocument page, int year)
    {
        var row = page.QuerySelectorAll("table.rounds tbody tr").Single(r => r.QuerySelector("th")!.TextContent == year.ToString());
        return (row.Children[1].TextContent, row.QuerySelectorAll("td.steps button, td.steps a").Select(b => b.TextContent.Trim()).ToArray());
    }

    /// <summary>The round's state, and the steps offered: exactly the ones allowed from it.</summary>
    private static void AssertRow(IHtmlDocument page, int year, string state, params string[] steps)
    {
        var (shown, offered) = Row(page, year);
        Assert.Equal(state, shown);
        Assert.Equal(steps, offered);
    }

    private static async Task<IHtmlDocument> MoveAsync(WebClient client, int year, string to)
    {
        var page = await client.GetDocumentAsync(Rounds);
        return await FollowAsync(client, await client.PostFormAsync($"{Rounds}?handler=Move", page, new() { ["year"] = year.ToString(), ["to"] = to }));
    }

    private static async Task<IHtmlDocument> FollowAsync(WebClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    private async Task<EditResult> WriteOutcomeWithoutReasonAsync(int year)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        var model = (await new ModelStore(db, TimeProvider.System).LoadAsync(Org))!;
        var measure = model.AllMeasures().First(m => m.Kind == MeasureKind.Numeric);
        return await new Editor(db, TimeProvider.System).SetOutcomeAsync(new OutcomeChange(Org, measure.Id, year.ToString(), 42m, null, "admin@hallbar.demo"));
    }
}
