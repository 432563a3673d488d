using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hallbar.Web.Tests.Api;

public sealed class ModelApiTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Organization = "/api/organizations/region-vastmanland";

    [Fact]
    public async Task Organizations_Anonymous_ListsTheDemoWithItsPublishedYears()
    {
        using var client = new WebClient(factory);

        var organizations = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/organizations", UriKind.Relative));

        var demo = Assert.Single(organizations.EnumerateArray());
        Assert.Equal("Region Västmanland", demo.GetProperty("name").GetString());
        Assert.Equal([2025, 2024, 2023], demo.GetProperty("publishedYears").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Fact]
    public async Task Model_Of2025_ListsFourAreasAndTheTwentyFourAssessedMeasuresReported()
    {
        using var client = new WebClient(factory);

        var model = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"{Organization}/model?year=2025", UriKind.Relative));

        var areas = model.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(4, areas.Count);
        Assert.All(areas, a => Assert.Equal("area", a.GetProperty("kind").GetString()));
        var measures = areas.SelectMany(Measures).ToList();
        Assert.Equal(24, measures.Count(m => m.GetProperty("purpose").GetString() == "assessed"));
        // Beside them the emissions distribution, shown as a chart and never assessed.
        Assert.Equal("fordelning-klimatutslapp", Assert.Single(measures, m => m.GetProperty("purpose").GetString() == "context").GetProperty("id").GetString());
        // The organic food measure was removed in 2025: the 2025 model does not have it.
        Assert.DoesNotContain(measures, m => m.GetProperty("id").GetString() == "andel-ekologiska-livsmedel");
        var emissions = measures.Single(m => m.GetProperty("id").GetString() == "totala-utslapp-co2e");
        Assert.Equal("changeFromBase", emissions.GetProperty("kind").GetString());
        Assert.Contains(emissions.GetProperty("targets").EnumerateArray(), t => t.GetProperty("kind").GetString() == "changeFromBase" && t.GetProperty("percent").GetDecimal() == -50m);
    }

    [Fact]
    public async Task Model_UnpublishedYear_IsRefusedToThePublicWithAProblemInBothLanguages()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.GetAsync(new Uri($"{Organization}/model?year=2026", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Inloggning krävs", problem.GetProperty("title").GetString());
        Assert.Equal("Sign-in required", problem.GetProperty("titleEn").GetString());
    }

    [Fact]
    public async Task Outcomes_Anonymous_ReadsThePublishedValuesWithTheirVersions()
    {
        using var client = new WebClient(factory);

        var list = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"{Organization}/measures/energiforbrukning-fastigheter/outcomes", UriKind.Relative));

        Assert.Equal("kWh/m² BRA", list.GetProperty("unit").GetString());
        var outcomes = list.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("period").GetString()!, o => o);
        Assert.Equal(184m, outcomes["2025"].GetProperty("value").GetDecimal());
        Assert.Equal(188m, outcomes["2023"].GetProperty("value").GetDecimal());
        Assert.True(outcomes["2025"].TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Outcomes_UnknownMeasure_IsNotFound()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.GetAsync(new Uri($"{Organization}/measures/finns-inte/outcomes", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Assessments_Of2025_FlagTheThreeDivergencesWithBothRationales()
    {
        using var client = new WebClient(factory);

        var assessments = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"{Organization}/assessments?year=2025", UriKind.Relative));

        var differing = assessments.GetProperty("assessments").EnumerateArray().Where(a => a.GetProperty("differs").GetBoolean()).ToList();
        Assert.Equal(["incidentrapporter-exklusive-nav", "totala-utslapp-co2e", "upphandlingar-forhojda-miljokrav"], differing.Select(a => a.GetProperty("id").GetString()).Order());
        var procurements = differing.Single(a => a.GetProperty("id").GetString() == "upphandlingar-forhojda-miljokrav");
        Assert.Equal("negativ", procurements.GetProperty("suggestion").GetProperty("id").GetString());
        Assert.Equal("oforandrad", procurements.GetProperty("final").GetProperty("id").GetString());
        Assert.NotEmpty(procurements.GetProperty("rationale").GetProperty("text").GetString()!);
        Assert.NotEmpty(procurements.GetProperty("rationale").GetProperty("textEn").GetString()!);
    }

    private static IEnumerable<JsonElement> Measures(JsonElement node) =>
        node.GetProperty("measures").EnumerateArray().Concat(node.GetProperty("children").EnumerateArray().SelectMany(Measures));
}
