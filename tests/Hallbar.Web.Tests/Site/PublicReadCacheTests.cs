using System.Net.Http.Json;
using System.Text.Json;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Tests.Reading;

namespace Hallbar.Web.Tests.Site;

/// <summary>The public's reads served from memory: again only while nothing has changed, never to someone signed in, per language.</summary>
public sealed class PublicReadCacheTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Overview = "/region-vastmanland";

    [Fact]
    public async Task Overview_AfterARoundIsPublished_ShowsTheNewYear_NotTheKeptPage()
    {
        using var client = new WebClient(factory);
        Assert.Contains("2025", (await client.GetDocumentAsync(Overview)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.True(await ServedFromMemoryAsync(client, Overview));

        await factory.OpenRound2026Async();
        foreach (var step in new[] { RoundState.InReview, RoundState.Approved, RoundState.Published })
        {
            await factory.WithEditorAsync(editor => editor.MoveRoundAsync(Edits.Organization, 2026, step, Edits.Admin));
        }

        Assert.Contains("2026", (await client.GetDocumentAsync(Overview)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiRead_AfterARestatement_ShowsTheNewValue()
    {
        using var client = new WebClient(factory);
        const string Outcomes = "/api/organizations/region-vastmanland/measures/energiforbrukning-fastigheter/outcomes";
        Assert.Equal(184m, await Value2025Async(client, Outcomes));
        Assert.True(await ServedFromMemoryAsync(client, Outcomes));

        await factory.RestateAsync("energiforbrukning-fastigheter", "2025", 183m, "Sent inkommen mätardata");

        Assert.Equal(183m, await Value2025Async(client, Outcomes));
    }

    [Fact]
    public async Task SignedIn_IsNeverServedThePublicsPage()
    {
        using var anonymous = new WebClient(factory);
        using var reader = new WebClient(factory);
        await reader.SignInAsync("lasare@hallbar.demo");
        Assert.True(await ServedFromMemoryAsync(anonymous, Overview + "?year=2024"));

        using var response = await reader.Http.GetAsync(new Uri(Overview + "?year=2024", UriKind.Relative));

        Assert.False(response.Headers.Age.HasValue);
        var page = await Entry.Forms.DocumentAsync(response);
        Assert.NotNull(page.QuerySelector("form[action='/konto/logga-ut']"));
    }

    [Fact]
    public async Task Overview_InEnglish_IsKeptApartFromTheSwedish()
    {
        using var swedish = new WebClient(factory);
        using var english = new WebClient(factory);
        Assert.True(await ServedFromMemoryAsync(swedish, Overview + "?year=2023"));
        // Choosing the language once keeps it in a cookie for the pages that follow.
        await english.GetDocumentAsync(Overview + "?year=2023&lang=en-GB");

        var page = await english.GetDocumentAsync(Overview + "?year=2023");

        Assert.Contains("sustainability goals", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("hållbarhetsmål", (await swedish.GetDocumentAsync(Overview + "?year=2023")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Asks twice: the second answer comes from memory when it carries an Age.</summary>
    private static async Task<bool> ServedFromMemoryAsync(WebClient client, string path)
    {
        (await client.Http.GetAsync(new Uri(path, UriKind.Relative))).Dispose();
        using var again = await client.Http.GetAsync(new Uri(path, UriKind.Relative));
        again.EnsureSuccessStatusCode();
        return again.Headers.Age.HasValue;
    }

    private static async Task<decimal> Value2025Async(WebClient client, string path)
    {
        var list = await client.Http.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));
        return list.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("period").GetString() == "2025" && o.GetProperty("orgUnit").ValueKind == JsonValueKind.Null).GetProperty("value").GetDecimal();
    }
}
