using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Hallbar.Data.Accounts;
using Hallbar.Web.Tests.Entry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.AccountAdmin;

public sealed class AccountAdminTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Admin = "admin@hallbar.demo";
    private const string OwnPassword = "Mitt-eget-losenord-2026";
    private const string Unit = "region-vastmanland/fastighetsforvaltningen";

    [Fact]
    public async Task NewReporter_SignsInWithTheOneTimePassword_ChoosesItsOwn_AndEntersValuesOnlyForItsUnits()
    {
        await Demo.OpenRound2026Async(factory);
        var (email, oneTime, created) = await CreateAsync("Rut Rapportör", Roles.Reporter, Unit);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var reporter = NewClient();
        var signIn = await SignInAsync(reporter, email, oneTime);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/konto/byt-losenord", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // Until the password is changed, every other page leads back there.
        using var elsewhere = await reporter.Http.GetAsync(new Uri("/region-vastmanland/inmatning", UriKind.Relative));
        Assert.Equal("/konto/byt-losenord", elsewhere.Headers.Location!.OriginalString);

        var changed = await ChangePasswordAsync(reporter, oneTime, OwnPassword);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var entry = await reporter.GetDocumentAsync("/region-vastmanland/inmatning");
        var own = Forms.FormIn(entry, "#matetal-energiforbrukning-fastigheter");
        Assert.Equal(HttpStatusCode.Redirect, (await reporter.SubmitAsync(entry, own, new() { ["Input.Lines[0].Value"] = "171" })).StatusCode);
        Assert.Equal(171m, (await Demo.OutcomeAsync(factory, "energiforbrukning-fastigheter", "2026"))!.Value);
        var fields = Forms.Fields(own);
        fields["Input.MeasureId"] = "andel-kallsorterat-avfall";
        fields["Input.Lines[0].Value"] = "99";
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostFormAsync(Forms.Action(own), entry, fields)).StatusCode);

        // The new password works, the one-time password no longer does.
        using var again = NewClient();
        Assert.Equal("/", (await SignInAsync(again, email, OwnPassword)).Headers.Location!.OriginalString);
        using var old = NewClient();
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(old, email, oneTime)).StatusCode);

        // The list shows the reporter with the unit's name; the log shows who did what, and never a password.
        var list = await (await AdminAsync()).GetDocumentAsync("/konton");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Rapportör", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fastighetsförvaltningen", row.TextContent, StringComparison.Ordinal);
        var log = await (await AdminAsync()).GetDocumentAsync("/region-vastmanland/logg?amne=account");
        var text = log.Body!.TextContent;
        Assert.Contains("Konto skapat med engångslösenord", text, StringComparison.Ordinal);
        Assert.Contains("Lösenordet bytt av kontots ägare", text, StringComparison.Ordinal);
        Assert.Contains($"Reporter: {Unit}", text, StringComparison.Ordinal);
        Assert.Contains(Admin, text, StringComparison.Ordinal);
        Assert.DoesNotContain(oneTime, text, StringComparison.Ordinal);
        Assert.DoesNotContain(OwnPassword, text, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.Changes.AnyAsync(c => (c.OldValue ?? string.Empty).Contains(oneTime) || (c.NewValue ?? string.Empty).Contains(oneTime) || (c.NewValue ?? string.Empty).Contains(OwnPassword))));
    }

    [Fact]
    public async Task ResetPassword_ShowsANewOneTimePasswordOnce_AndTheOldPasswordNoLongerWorks()
    {
        var (email, oneTime, _) = await CreateAsync("Rolf Återställd", Roles.Reader);
        using (var reader = NewClient())
        {
            await SignInAsync(reader, email, oneTime);
            await ChangePasswordAsync(reader, oneTime, OwnPassword);
        }

        var (page, response) = await EditAsync(email, "ResetPassword");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var fresh = page.QuerySelector("code.one-time-password")!.TextContent;
        Assert.NotEqual(oneTime, fresh);
        using var reader2 = NewClient();
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(reader2, email, OwnPassword)).StatusCode);
        Assert.StartsWith("/konto/byt-losenord", (await SignInAsync(reader2, email, fresh)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        // Shown once: the account's page does not show it again.
        var (id, _) = await IdAsync(email);
        Assert.Null((await (await AdminAsync()).GetDocumentAsync($"/konton/{id}")).QuerySelector("code.one-time-password"));
    }

    [Fact]
    public async Task ExpiredOneTimePassword_DoesNotSignIn_AndANewOneDoes()
    {
        var (email, oneTime, created) = await CreateAsync("Elsa Utgången", Roles.Reader);
        Assert.Contains("Det gäller i 7 dagar.", (await Forms.DocumentAsync(created)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        // Eight days on: the claim's time is what the sign-in compares with now.
        await WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            var claim = (await users.GetClaimsAsync(user)).Single(c => c.Type == Hallbar.Web.Site.Accounts.OneTimePasswordClaim);
            return await users.ReplaceClaimAsync(user, claim, Hallbar.Web.Site.Accounts.OneTimePassword(DateTimeOffset.UtcNow.AddDays(-8)));
        });

        using var person = NewClient();
        var refused = await SignInAsync(person, email, oneTime);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Engångslösenordet har gått ut", (await Forms.DocumentAsync(refused)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using (var byt = await person.Http.GetAsync(new Uri("/konto/byt-losenord", UriKind.Relative)))
        {
            Assert.Equal("/konto/logga-in", byt.Headers.Location!.AbsolutePath);
        }

        var fresh = (await EditAsync(email, "ResetPassword")).Page.QuerySelector("code.one-time-password")!.TextContent;
        Assert.StartsWith("/konto/byt-losenord", (await SignInAsync(person, email, fresh)).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledAccount_CannotSignIn_ItsTokenStopsWorking_AndEnabledItCanAgain()
    {
        var (email, oneTime, _) = await CreateAsync("Dora Avstängd", Roles.Reader);
        using var reader = NewClient();
        await SignInAsync(reader, email, oneTime);
        await ChangePasswordAsync(reader, oneTime, OwnPassword);
        var token = await TokenAsync(reader, email, OwnPassword);
        Assert.Equal(HttpStatusCode.OK, await ModelWithTokenAsync(reader, token));

        var (_, disabled) = await EditAsync(email, "Disable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ModelWithTokenAsync(reader, token));
        using var other = NewClient();
        var refused = await SignInAsync(other, email, OwnPassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kontot är avstängt", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Avstängt", (await (await AdminAsync()).GetDocumentAsync("/konton")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(email, "Enable")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(other, email, OwnPassword)).StatusCode);
        var reasons = await WithDbAsync(db => db.Changes.Where(c => c.Subject == "account" && c.Key == email && c.OrganizationId == "region-vastmanland").Select(c => c.Reason).ToListAsync());
        Assert.Contains("Konto avstängt", reasons);
        Assert.Contains("Konto aktiverat igen", reasons);
    }

    [Fact]
    public async Task TheOnlyAdmin_CannotBeDemotedOrDisableThemself_AndNothingIsWritten()
    {
        var before = await WithDbAsync(db => db.Changes.CountAsync());

        var (demoted, demotion) = await EditAsync(Admin, "Save", new() { ["Role"] = Roles.Reader });
        var (_, selfDisable) = await EditAsync(Admin, "Disable");

        Assert.Equal(HttpStatusCode.OK, demotion.StatusCode);
        Assert.Contains("den enda aktiva administratören", demoted.QuerySelector("#konto-roll-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#konto-roll", demoted.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, selfDisable.StatusCode);
        Assert.Contains("Du kan inte stänga av ditt eget konto", await selfDisable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await WithDbAsync(db => db.Changes.CountAsync()));
        Assert.True(await WithUsersAsync(async users => await users.IsInRoleAsync((await users.FindByEmailAsync(Admin))!, Roles.Admin)));
    }

    [Fact]
    public async Task ASecondAdmin_CanBeDisabledAndDemoted_WhileAnotherAdminStaysEnabled()
    {
        var (email, _, _) = await CreateAsync("Adam Admin", Roles.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(email, "Disable")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(email, "Save", new() { ["Role"] = Roles.Reader })).Response.StatusCode);

        Assert.False(await WithUsersAsync(async users => await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, Roles.Admin)));
    }

    [Fact]
    public async Task TakenEmail_AndAReporterWithoutUnits_AreRefusedAtTheirFields_AndNothingIsWritten()
    {
        var admin = await AdminAsync();
        var form = await admin.GetDocumentAsync("/konton/nytt");
        var before = await WithDbAsync(db => db.Changes.CountAsync());

        var response = await admin.PostFormAsync("/konton/nytt", form, new() { ["Email"] = "fastighet@hallbar.demo", ["Name"] = "Dubblett", ["Role"] = Roles.Reporter });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.DocumentAsync(response);
        Assert.Contains("Det finns redan ett konto med e-postadressen fastighet@hallbar.demo", page.QuerySelector("#konto-epost-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#konto-epost")!.GetAttribute("aria-invalid"));
        Assert.Contains("Välj minst en enhet", page.QuerySelector("#konto-enheter-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#konto-epost", "#konto-enheter"], page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal(before, await WithDbAsync(db => db.Changes.CountAsync()));
        Assert.Null(page.QuerySelector("code.one-time-password"));
    }

    [Fact]
    public async Task TwoAdmins_CreatingTheSameEmailAtOnce_MakeOneAccount_AndTheOtherIsToldAtTheEmailField()
    {
        const string Email = "samtidig@hallbar.demo";
        async Task<Features.AccountAdmin.AccountResult> CreateAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<Features.AccountAdmin.AccountDesk>().CreateAsync(Email, "Samtidig", Roles.Reader, [], Admin);
        }

        var results = await Task.WhenAll(CreateAsync(), CreateAsync());

        Assert.Single(results, r => r.IsDone);
        var refused = Assert.Single(results, r => !r.IsDone);
        Assert.Equal(Features.AccountAdmin.AccountDesk.EmailField, Assert.Single(refused.Errors).FieldId);
        Assert.Equal(1, await WithDbAsync(db => db.Users.CountAsync(u => u.Email == Email)));
    }

    [Fact]
    public async Task ChangePassword_WithTheWrongCurrentPassword_SaysSoAtTheField()
    {
        var (email, oneTime, _) = await CreateAsync("Greta Glömsk", Roles.Reader);
        using var reader = NewClient();
        await SignInAsync(reader, email, oneTime);

        var response = await ChangePasswordAsync(reader, "Inte-ratt-losenord-1", OwnPassword);

        var page = await Forms.DocumentAsync(response);
        Assert.Contains("Det nuvarande lösenordet stämmer inte", page.QuerySelector("#nuvarande-losenord-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#nuvarande-losenord", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Admin_ChangesAReadersRoleToReporterOfAUnit_AndTheListShowsIt()
    {
        var (email, _, _) = await CreateAsync("Lisa Läsare", Roles.Reader);

        var (_, response) = await EditAsync(email, "Save", new() { ["Role"] = Roles.Reporter, ["Units"] = "region-vastmanland/serviceforvaltningen" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = (await (await AdminAsync()).GetDocumentAsync("/konton")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Serviceförvaltningen", row.TextContent, StringComparison.Ordinal);
        var change = await WithDbAsync(db => db.Changes.Where(c => c.Key == email && c.Reason == "Roll och enheter ändrade").SingleAsync(c => c.OrganizationId == "region-vastmanland"));
        Assert.Equal(("Reader", "Reporter: region-vastmanland/serviceforvaltningen", Admin), (change.OldValue, change.NewValue, change.ChangedBy));
    }

    private static int _address;

    private Task<WebClient> AdminAsync() => factory.ClientAsync(Admin);

    /// <summary>A browser of its own, from an address of its own: the sign-in limit (ten a minute) is per address, and these tests sign in more often.</summary>
    private WebClient NewClient()
    {
        var address = new IPAddress([10, 1, 0, (byte)Interlocked.Increment(ref _address)]);
        return new WebClient(new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = factory.Server.CreateHandler(c => c.Connection.RemoteIpAddress = address) })
        {
            BaseAddress = new Uri("http://localhost"),
        });
    }

    /// <summary>An account made through the create form: its email, its one-time password as the page shows it, and the answer.</summary>
    private async Task<(string Email, string OneTime, HttpResponseMessage Response)> CreateAsync(string name, string role, string? unit = null)
    {
        var admin = await AdminAsync();
        var email = $"{Guid.NewGuid():N}@hallbar.demo";
        var form = await admin.GetDocumentAsync("/konton/nytt");
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Name"] = name, ["Role"] = role };
        if (unit is not null)
        {
            fields["Units"] = unit;
        }

        var response = await admin.PostFormAsync("/konton/nytt", form, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.DocumentAsync(response);
        return (email, page.QuerySelector("code.one-time-password")!.TextContent, response);
    }

    /// <summary>A form of the account's page sent by the admin: the page that answers and the response.</summary>
    private async Task<(IHtmlDocument Page, HttpResponseMessage Response)> EditAsync(string email, string handler, Dictionary<string, string>? fields = null)
    {
        var admin = await AdminAsync();
        var (id, _) = await IdAsync(email);
        var page = await admin.GetDocumentAsync($"/konton/{id}");
        var response = await admin.PostFormAsync($"/konton/{id}?handler={handler}", page, fields ?? []);
        return (await Forms.DocumentAsync(response), response);
    }

    private Task<(string Id, string Email)> IdAsync(string email) =>
        WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Email == email)).Id).ContinueWith(t => (t.Result, email), TaskScheduler.Default);

    private static async Task<HttpResponseMessage> SignInAsync(WebClient client, string email, string password) =>
        await client.PostFormAsync("/konto/logga-in", await client.GetDocumentAsync("/konto/logga-in"), new() { ["Email"] = email, ["Password"] = password });

    private static async Task<HttpResponseMessage> ChangePasswordAsync(WebClient client, string current, string fresh) =>
        await client.PostFormAsync("/konto/byt-losenord", await client.GetDocumentAsync("/konto/byt-losenord"), new() { ["Current"] = current, ["New"] = fresh, ["Repeat"] = fresh });

    private static async Task<string> TokenAsync(WebClient client, string email, string password)
    {
        using var response = await client.Http.PostAsJsonAsync(new Uri("/api/token", UriKind.Relative), new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<HttpStatusCode> ModelWithTokenAsync(WebClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/organizations/region-vastmanland/model?year=2026", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<T> WithDbAsync<T>(Func<Hallbar.Data.HallbarDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<Hallbar.Data.HallbarDbContext>());
    }

    private async Task<T> WithUsersAsync<T>(Func<Microsoft.AspNetCore.Identity.UserManager<HallbarUser>, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<HallbarUser>>());
    }
}
