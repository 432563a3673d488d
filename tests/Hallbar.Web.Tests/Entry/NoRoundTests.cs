namespace Hallbar.Web.Tests.Entry;

/// <summary>The demo as it starts: every round is published and none is open.</summary>
public sealed class NoRoundTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    [Fact]
    public async Task NoOpenRound_IsSaid_AndTheAdminIsLedToTheRoundsPage()
    {
        using var admin = new WebClient(factory);
        await admin.SignInAsync("admin@hallbar.demo");
        using var reporter = new WebClient(factory);
        await reporter.SignInAsync("service@hallbar.demo");

        var forAdmin = await admin.GetDocumentAsync("/region-vastmanland/inmatning");
        var forReporter = await reporter.GetDocumentAsync("/region-vastmanland/inmatning");

        Assert.Contains("Det finns ingen öppen rapportomgång", forAdmin.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(forAdmin.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/region-vastmanland/omgangar");
        Assert.Contains("Det finns ingen öppen rapportomgång", forReporter.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(forReporter.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/region-vastmanland/omgangar");
        Assert.Empty(forReporter.QuerySelectorAll("main form"));
    }
}
