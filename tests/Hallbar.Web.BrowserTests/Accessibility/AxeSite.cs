using Hallbar.Data.Editing;
using Hallbar.Domain.Rounds;
using Hallbar.Web.BrowserTests.Surveys;

namespace Hallbar.Web.BrowserTests.Accessibility;

/// <summary>
/// The server the pages are checked on: the demo, with round 2026 open and sent to review (so that data
/// entry and review have forms, and approving has its confirmation page) and one value entered that makes
/// the rule suggest Positiv; the survey of 2026 sent, and of 2027 and 2028 answered (a draft, submitted). Each role signs in once; its visitors reuse the sign-in's cookies, since
/// sign-in allows ten attempts a minute.
/// </summary>
public sealed class AxeSite : IAsyncLifetime
{
    // Read and written by one test at a time: xUnit runs a class's cases one after another.
    private readonly Dictionary<Role, string> _signIns = [];

    public HallbarServer Server { get; } = new();

    /// <summary>Where a page with violations is photographed; emptied at the start, so what is there is this run's.</summary>
    public string Screenshots { get; } = Artifacts.FreshFolder("axe");

    public async Task InitializeAsync()
    {
        Server.Start();
        await Server.WithDatabaseAsync(async db =>
        {
            var editor = new Editor(db, TimeProvider.System);
            const string Admin = "admin@hallbar.demo";
            Saved(await editor.OpenRoundAsync(Visitor.Organization, 2026, Admin));
            Saved(await editor.MoveRoundAsync(Visitor.Organization, 2026, RoundState.InReview, Admin));
            Saved(await editor.SetOutcomeAsync(new OutcomeChange(Visitor.Organization, "energiforbrukning-fastigheter", "2026", 175.5m, null, "fastighet@hallbar.demo")));

            // The survey's pages in each state: 2026 not answered yet, 2027 a draft, 2028 submitted.
            await SurveyCopies.CopyAsync(db, 2026, SurveyCopies.Unit, "serviceforvaltningen");
            await SurveyCopies.AnswerAsync(db, await SurveyCopies.CopyAsync(db, 2027, SurveyCopies.Unit), submit: false);
            await SurveyCopies.AnswerAsync(db, await SurveyCopies.CopyAsync(db, 2028, SurveyCopies.Unit), submit: true);
        });
    }

    /// <summary>A new visitor in a context of their own, signed in as <paramref name="role"/>'s demo user.</summary>
    public async Task<Visitor> VisitAsync(BrowserFixture browser, Role role)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return role == Role.Anonymous ? await browser.VisitAsync(Server) : await browser.VisitAsync(Server, await SignInAsync(browser, role));
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    private async Task<string> SignInAsync(BrowserFixture browser, Role role)
    {
        if (!_signIns.TryGetValue(role, out var state))
        {
            await using var visitor = await browser.VisitAsync(Server);
            await visitor.SignInAsync(role switch
            {
                Role.Reader => "lasare@hallbar.demo",
                Role.Reporter => "fastighet@hallbar.demo",
                _ => "admin@hallbar.demo",
            });
            state = _signIns[role] = await visitor.StorageStateAsync();
        }

        return state;
    }

    private static void Saved(EditResult result) => Assert.True(result.IsSaved, result.Message);
}
