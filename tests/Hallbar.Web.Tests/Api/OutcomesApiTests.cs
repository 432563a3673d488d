using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hallbar.Web.Tests.Api;

/// <summary>Writing outcomes through the API, each test on its own measure so that none sees another's change.</summary>
public sealed class OutcomesApiTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Measures = "/api/organizations/region-vastmanland/measures";

    [Fact]
    public async Task Put_ReporterOfTheUnit_SavesADecimalValue()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("fastighet@hallbar.demo");

        var response = await client.Http.PutAsJsonAsync(Url("energiforbrukning-fastigheter", "2026"), new { value = 182.75m, source = "Energidata", comment = "Preliminärt" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        var stored = await OutcomeAsync(client, "energiforbrukning-fastigheter", "2026");
        Assert.Equal(182.75m, stored.GetProperty("value").GetDecimal());
        Assert.Equal("Energidata", stored.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Put_FromAnOldVersion_IsAConflictThatShowsTheCurrentValue()
    {
        using var first = new WebClient(factory);
        using var second = new WebClient(factory);
        await first.SignInAsync("fastighet@hallbar.demo");
        await UseTokenAsync(second, "admin@hallbar.demo");
        var url = Url("andel-grona-gula-varor", "2026");
        // Both read the outcome before it existed (no version); the first one saves.
        Assert.Equal(HttpStatusCode.OK, (await first.Http.PutAsJsonAsync(url, new { value = 71.5m })).StatusCode);

        var response = await second.Http.PutAsJsonAsync(url, new { value = 80m });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(71.5m, problem.GetProperty("current").GetProperty("value").GetDecimal());
        Assert.Equal(1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Changed by someone else", problem.GetProperty("titleEn").GetString());
        Assert.Equal(71.5m, (await OutcomeAsync(first, "andel-grona-gula-varor", "2026")).GetProperty("value").GetDecimal());

        // From the version in the conflict, the change goes through.
        var retry = await second.Http.PutAsJsonAsync(url, new { value = 80m, version = 1 });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }

    [Fact]
    public async Task Put_OutsideTheReportersUnits_IsForbiddenAndWritesNothing()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("fastighet@hallbar.demo");

        var response = await client.Http.PutAsJsonAsync(Url("andel-kallsorterat-avfall", "2026"), new { value = 40m });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await OutcomeOrNullAsync(client, "andel-kallsorterat-avfall", "2026"));
    }

    [Fact]
    public async Task Put_Reader_IsForbidden()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("lasare@hallbar.demo");

        var response = await client.Http.PutAsJsonAsync(Url("matsvinn-per-portion", "2026"), new { value = 40m });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Put_Anonymous_IsUnauthorizedAndWritesNothing()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.PutAsJsonAsync(Url("avfall-per-lansinvanare", "2026"), new { value = 1m });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await client.SignInAsync("lasare@hallbar.demo");
        Assert.Null(await OutcomeOrNullAsync(client, "avfall-per-lansinvanare", "2026"));
    }

    [Fact]
    public async Task Put_AsAForm_IsRefusedEvenWithTheCookie()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("fastighet@hallbar.demo");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["value"] = "1" });

        var response = await client.Http.PutAsync(new Uri(Url("andel-roda-varor", "2026"), UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Null(await OutcomeOrNullAsync(client, "andel-roda-varor", "2026"));
    }

    [Fact]
    public async Task Put_LockedYearWithoutReason_IsLocked_AndSaysWhyInBothLanguages()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("fastighet@hallbar.demo");

        var response = await client.Http.PutAsJsonAsync(Url("incidentrapporter-nav", "2025"), new { value = 3m, version = 0 });

        Assert.Equal(HttpStatusCode.Locked, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Rapportomgången 2025 är godkänd och låst. En ändring är en omräkning och kräver ett skäl, som blir fotnoten i redovisningen.",
            problem.GetProperty("detail").GetString());
        Assert.Equal("The reporting round 2025 is approved and locked. A change is a restatement and needs a reason, which becomes the footnote in the report.",
            problem.GetProperty("detailEn").GetString());
    }

    [Fact]
    public async Task Put_TextForANumericMeasure_NamesTheFieldToCorrect()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("fastighet@hallbar.demo");

        var response = await client.Http.PutAsJsonAsync(Url("resurseffektivitet-nybyggnation-nav", "2026"), new { text = "bra" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Token_ScriptSignsInAndWritesItsUnitsMeasure()
    {
        using var client = new WebClient(factory);
        await UseTokenAsync(client, "service@hallbar.demo");

        var response = await client.Http.PutAsJsonAsync(Url("matsvinn-per-portion", "2026"), new { value = 12.5m });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12.5m, (await OutcomeAsync(client, "matsvinn-per-portion", "2026")).GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Token_WrongPassword_IsUnauthorized()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.PostAsJsonAsync(new Uri("/api/token", UriKind.Relative), new { email = "lasare@hallbar.demo", password = "fel-lösenord-123" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Signs in as a script does: a bearer token on every request instead of the cookie.</summary>
    private static async Task UseTokenAsync(WebClient client, string email)
    {
        var response = await client.Http.PostAsJsonAsync(new Uri("/api/token", UriKind.Relative), new { email, password = "Hallbar-demo-2025" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static string Url(string measure, string period) => $"{Measures}/{measure}/outcomes/{period}";

    private static async Task<JsonElement> OutcomeAsync(WebClient client, string measure, string period) =>
        await OutcomeOrNullAsync(client, measure, period) ?? throw new InvalidOperationException($"No outcome of {measure} for {period}.");

    /// <summary>The outcome as the client reads it; signed in, since the public does not see 2026.</summary>
    private static async Task<JsonElement?> OutcomeOrNullAsync(WebClient client, string measure, string period)
    {
        var list = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"{Measures}/{measure}/outcomes", UriKind.Relative));
        return list.GetProperty("outcomes").EnumerateArray().Where(o => o.GetProperty("period").GetString() == period).Select(o => (JsonElement?)o).SingleOrDefault();
    }
}
