using System.Net;

namespace Hallbar.Web.Tests.Account;

public sealed class SignInTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    [Fact]
    public async Task DemoAdmin_SignsIn_AndSeesTheAdminMenu()
    {
        using var client = new WebClient(factory);

        await client.SignInAsync("admin@hallbar.demo");
        var page = await client.GetDocumentAsync("/region-vastmanland");

        Assert.Contains(page.QuerySelectorAll("nav.menu a"), a => a.TextContent == "Granskning");
    }

    [Fact]
    public async Task WrongPassword_StaysOnTheFormWithAClearMessage()
    {
        using var client = new WebClient(factory);
        var form = await client.GetDocumentAsync("/konto/logga-in");

        var response = await client.PostFormAsync("/konto/logga-in", form, new() { ["Email"] = "lasare@hallbar.demo", ["Password"] = "fel-lösenord-123" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fel e-postadress eller lösenord.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInWithoutAntiforgeryToken_IsRefused()
    {
        using var client = new WebClient(factory);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "admin@hallbar.demo", ["Password"] = "Hallbar-demo-2025" });

        var response = await client.Http.PostAsync(new Uri("/konto/logga-in", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheContentSecurityPolicy()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.GetAsync(new Uri("/konto/logga-in", UriKind.Relative));

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
