using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hallbar.Web.Tests.Api;

public sealed class RoundsApiTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    private const string Rounds = "/api/organizations/region-vastmanland/rounds";

    [Fact]
    public async Task Admin_OpensAYearAndMovesItToReview_ButNotPastApproval()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");

        var opened = await client.Http.PostAsJsonAsync(new Uri(Rounds, UriKind.Relative), new { year = 2026 });
        var moved = await client.Http.PostAsJsonAsync(new Uri($"{Rounds}/2026/state", UriKind.Relative), new { state = "inReview" });
        var skipped = await client.Http.PostAsJsonAsync(new Uri($"{Rounds}/2026/state", UriKind.Relative), new { state = "published" });

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        var rounds = await client.Http.GetFromJsonAsync<JsonElement>(new Uri(Rounds, UriKind.Relative));
        var round = rounds.EnumerateArray().First();
        Assert.Equal(2026, round.GetProperty("year").GetInt32());
        Assert.Equal("inReview", round.GetProperty("state").GetString());
        Assert.Equal(["approved", "open"], round.GetProperty("next").EnumerateArray().Select(s => s.GetString()).Order());
        Assert.Equal("admin@hallbar.demo", round.GetProperty("changedBy").GetString());
    }

    [Fact]
    public async Task Admin_OpeningAYearThatHasARound_IsAConflict()
    {
        using var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");

        var response = await client.Http.PostAsJsonAsync(new Uri(Rounds, UriKind.Relative), new { year = 2024 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    // A reporter enters values but does not run rounds.
    [InlineData("fastighet@hallbar.demo")]
    // A reader reads everything and changes nothing.
    [InlineData("lasare@hallbar.demo")]
    public async Task OtherRoles_MayNotOpenARound(string email)
    {
        using var client = new WebClient(factory);
        await client.SignInAsync(email);

        var response = await client.Http.PostAsJsonAsync(new Uri(Rounds, UriKind.Relative), new { year = 2030 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_SeesOnlyPublishedRounds_WithoutWhoChangedThem()
    {
        using var client = new WebClient(factory);

        var rounds = await client.Http.GetFromJsonAsync<JsonElement>(new Uri(Rounds, UriKind.Relative));

        Assert.All(rounds.EnumerateArray(), r =>
        {
            Assert.Equal("published", r.GetProperty("state").GetString());
            Assert.Equal(JsonValueKind.Null, r.GetProperty("changedBy").ValueKind);
        });
        var move = await client.Http.PostAsJsonAsync(new Uri($"{Rounds}/2025/state", UriKind.Relative), new { state = "open" });
        Assert.Equal(HttpStatusCode.Unauthorized, move.StatusCode);
    }
}
