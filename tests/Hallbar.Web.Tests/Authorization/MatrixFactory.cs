using System.Net;
using Hallbar.Data;
using Hallbar.Data.Accounts;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Tests.Entry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>
/// The application as the matrix asks it: round 2026 open for Fastighetsförvaltningen's measure, a
/// round to move back and forth, one in review to approve, a text of 2026 to edit; and one session per
/// role, each signed in once from an address of its own. Sign-in is limited per address (ten a minute),
/// as in life, where each person has their own; the rows that post to the sign-in page need a few more.
/// </summary>
public sealed class MatrixFactory : HallbarWebFactory, IAsyncLifetime
{
    public const string Org = Demo.Org;

    /// <summary>Fastighetsförvaltningen's measure, reported in the open round 2026.</summary>
    public const string Measure = "energiforbrukning-fastigheter";

    public const int OpenYear = 2026;

    /// <summary>An open round that the rows move to review and back.</summary>
    public const int MovingYear = 2027;

    /// <summary>A round in review, for the admin to approve.</summary>
    public const int ReviewYear = 2030;

    /// <summary>A text of the open year, which may be edited (the demo's texts are of 2025, which is published).</summary>
    public const string Section = "matris-2026";

    /// <summary>A text of the open year that the admin removes.</summary>
    public const string RemovedSection = "matris-2026-bort";

    /// <summary>A year without texts, whose texts the admin creates from the year before that has some.</summary>
    public const int SectionFreeYear = 2032;

    /// <summary>The unit whose survey answers the matrix's rows write: the unit reporter's.</summary>
    public const string SurveyUnit = "fastighetsforvaltningen";

    /// <summary>A survey with a draft of the unit's answer, for the unit's reporter to submit.</summary>
    public const int SubmitYear = 2028;

    /// <summary>A survey with the unit's answer submitted, for the admin to reopen.</summary>
    public const int ReopenYear = 2029;

    /// <summary>A survey sent to the unit, not yet answered, for the admin to take the unit out of.</summary>
    public const int WithdrawYear = 2033;

    /// <summary>A year without a survey, which the admin creates from the one before.</summary>
    public const int SurveyFreeYear = 2031;

    /// <summary>A reader's account whose role the admin changes and whose password the admin resets.</summary>
    public const string AccountId = "matris-konto";

    /// <summary>An enabled account the admin disables, and a disabled one the admin enables.</summary>
    public const string DisabledAccountId = "matris-avstangs";
    public const string EnabledAccountId = "matris-aktiveras";

    private readonly Dictionary<Role, (WebClient Client, string? Token)> _sessions = [];

    public static string? Email(Role role) => role switch
    {
        Role.Reader => "lasare@hallbar.demo",
        Role.Admin => "admin@hallbar.demo",
        Role.UnitReporter => "fastighet@hallbar.demo",
        Role.OtherReporter => "service@hallbar.demo",
        _ => null,
    };

    public async Task InitializeAsync()
    {
        await Demo.OpenRound2026Async(this);
        await WithEditorAsync(async editor =>
        {
            foreach (var year in new[] { MovingYear, ReviewYear, SubmitYear, ReopenYear, WithdrawYear })
            {
                Assert.True((await editor.OpenRoundAsync(Org, year, "admin@hallbar.demo")).IsSaved);
            }

            Assert.True((await editor.MoveRoundAsync(Org, ReviewYear, RoundState.InReview, "admin@hallbar.demo")).IsSaved);
        });
        await WithDbAsync(async db =>
        {
            // Three texts of the open year: one to edit, one to remove, and so always two to move one of.
            db.Sections.Add(new SectionRow { OrganizationId = Org, Id = Section, Position = 100, Title = "Matrisens text", Year = OpenYear, Markdown = "Text." });
            db.Sections.Add(new SectionRow { OrganizationId = Org, Id = "matris-2026-andra", Position = 101, Title = "Matrisens andra text", Year = OpenYear, Markdown = "Text." });
            db.Sections.Add(new SectionRow { OrganizationId = Org, Id = RemovedSection, Position = 102, Title = "Matrisens text att ta bort", Year = OpenYear, Markdown = "Text." });
            await db.SaveChangesAsync();
        });

        await PrepareSurveysAsync();
        await WithDbAsync(async db =>
        {
            // Two highlights of the open year, so that moving one always changes the order.
            var desk = new HighlightDesk(db, TimeProvider.System);
            foreach (var title in new[] { "Matrisens första höjdpunkt", "Matrisens andra höjdpunkt" })
            {
                var version = (await desk.ReadAsync(Org, OpenYear))!.Version;
                Assert.True((await desk.SaveHighlightAsync(new HighlightChange(Org, OpenYear, null, title, "Text.", PhotoChange.None, version, "admin@hallbar.demo"))).IsSaved);
            }

            return true;
        });
        await CreateAccountsAsync();
        foreach (var role in Enum.GetValues<Role>())
        {
            _sessions[role] = await SessionAsync(role);
        }
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var (client, _) in _sessions.Values)
        {
            client.Dispose();
        }

        _sessions.Clear();
        return Task.CompletedTask;
    }

    /// <summary>The role's shared session and its antiforgery token.</summary>
    public (WebClient Client, string? Token) Session(Role role) => _sessions[role];

    /// <summary>A new session of the role, from the role's address, signed in unless anonymous, with its antiforgery token.</summary>
    public async Task<(WebClient Client, string? Token)> SessionAsync(Role role)
    {
        // One address per role: 10.0.0.1 for the public, 10.0.0.2 for the reader, and so on.
        var address = new IPAddress([10, 0, 0, (byte)((int)role + 1)]);
        var http = new HttpClient(new CookieContainerHandler { InnerHandler = Server.CreateHandler(context => context.Connection.RemoteIpAddress = address) })
        {
            BaseAddress = new Uri("http://localhost"),
        };
        var client = new WebClient(http);
        if (Email(role) is { } email)
        {
            await client.SignInAsync(email);
        }

        // A token is bound to who is signed in: taken after signing in, from a page every role may see.
        var page = await client.GetDocumentAsync(Answer.SignInPath);
        return (client, page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value"));
    }

    /// <summary>The newest change in the history: every write in Hallbar adds one.</summary>
    public Task<long> RevisionAsync() => WithDbAsync(async db => await db.Changes.MaxAsync(c => (long?)c.Id) ?? 0);

    public Task<List<ChangeRow>> ChangesSinceAsync(long revision) =>
        WithDbAsync(db => db.Changes.AsNoTracking().Where(c => c.Id > revision).OrderBy(c => c.Id).ToListAsync());

    public async Task<T> WithDbAsync<T>(Func<HallbarDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<HallbarDbContext>());
    }

    public Task WithDbAsync(Func<HallbarDbContext, Task> action) => WithDbAsync(async db =>
    {
        await action(db);
        return true;
    });

    public Task WithEditorAsync(Func<Editor, Task> action) => WithDbAsync(db => action(new Editor(db, TimeProvider.System)));

    public Task<T> WithSurveysAsync<T>(Func<SurveyDesk, Task<T>> action) => WithDbAsync(db => action(new SurveyDesk(db, TimeProvider.System)));

    /// <summary>The year's survey (the demo's copied), its current state.</summary>
    public Task<SurveyState> SurveyAsync(int year) => WithSurveysAsync(async desk => (await desk.ReadAsync(Org, year))!);

    /// <summary>
    /// The demo's survey copied to the open year (sent to both reporters' units, answered by neither), to
    /// <see cref="SubmitYear"/> with a draft of the unit's answer, to <see cref="ReopenYear"/> with it submitted and to <see cref="WithdrawYear"/> unanswered.
    /// </summary>
    private Task PrepareSurveysAsync() => WithDbAsync(async db =>
    {
        var desk = new SurveyDesk(db, TimeProvider.System);
        const string Admin = "admin@hallbar.demo";
        const string Reporter = "fastighet@hallbar.demo";
        var demo = (await desk.ReadAsync(Org, 2025))!.Survey;
        foreach (var year in new[] { OpenYear, SubmitYear, ReopenYear, WithdrawYear })
        {
            var survey = new Survey($"matris-{year}", year, $"Matrisens enkät {year}", demo.Scale, demo.Themes, demo.Questions);
            Saved(await desk.SaveSurveyAsync(Org, survey, null, Admin));
            Saved(await desk.SendAsync(Org, survey.Id, year == OpenYear ? [SurveyUnit, "serviceforvaltningen"] : [SurveyUnit], Admin));
            if (year is SubmitYear or ReopenYear)
            {
                var answers = new List<StatementAnswer> { new("ledningens-kunskap", "helt") };
                var draft = await desk.SaveResponseAsync(new ResponseChange(Org, survey.Id, SurveyUnit, answers, [], false, null, Reporter));
                Saved(draft);
                if (year == ReopenYear)
                {
                    Saved(await desk.SaveResponseAsync(new ResponseChange(Org, survey.Id, SurveyUnit, answers, [], true, draft.Version, Reporter)));
                }
            }
        }
    });

    private async Task CreateAccountsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HallbarUser>>();
        foreach (var id in new[] { AccountId, DisabledAccountId, EnabledAccountId })
        {
            var user = new HallbarUser { Id = id, UserName = $"{id}@hallbar.demo", Email = $"{id}@hallbar.demo", DisplayName = id, LockoutEnabled = true };
            Assert.True((await users.CreateAsync(user, "Matrisens-losenord-1")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Reader)).Succeeded);
        }

        Assert.True((await users.SetLockoutEndDateAsync((await users.FindByIdAsync(EnabledAccountId))!, new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero))).Succeeded);
    }

    private static void Saved(EditResult result) => Assert.True(result.IsSaved, result.Message);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ServedBy>());
    }
}
