using Hallbar.Data;
using Hallbar.Data.Accounts;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Rounds;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// The organization's self-assessment surveys by year. A reporter sees the units of theirs the year's
/// survey was sent to, with each one's status; the admin sees every unit's progress, sends the survey
/// to more units (utskick) and reaches the reopening of a submitted answer.
/// </summary>
[Authorize(Policy = Accounts.ReporterPolicy)]
public sealed class IndexModel(HallbarDbContext db, ModelCache cache, SurveyDesk desk) : PageModel
{
    public const string UnitsId = "forvaltningar";

    public Organization Organization { get; private set; } = null!;

    /// <summary>Every survey of the organization, newest year first.</summary>
    public IReadOnlyList<Survey> Surveys { get; private set; } = [];

    public SurveyState? State { get; private set; }

    public int? Year { get; private set; }

    public ReportingRound? Round { get; private set; }

    public bool IsAdmin { get; private set; }

    /// <summary>For the admin: the years of open rounds that have no survey yet, to create one for.</summary>
    public IReadOnlyList<int> YearsWithoutSurvey { get; private set; } = [];

    /// <summary>The units the survey was sent to that this person sees: every one for the admin, their own (and those under them) for a reporter.</summary>
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    /// <summary>The organization's units the survey has not been sent to yet.</summary>
    public IReadOnlyList<OrgUnit> NotSentTo { get; private set; } = [];

    [BindProperty]
    public List<string> SendTo { get; set; } = [];

    [TempData]
    public string? Done { get; set; }

    public string? Problem { get; private set; }

    public List<FieldError> Errors { get; } = [];

    public static string SendId(string unitId) => $"skicka-{unitId}";

    public async Task<IActionResult> OnGetAsync(string org, int? year, CancellationToken cancellationToken) =>
        await LoadAsync(org, year, cancellationToken) ?? Page();

    /// <summary>The admin sends the year's survey to the units ticked.</summary>
    public async Task<IActionResult> OnPostSendAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        if (await LoadAsync(org, year, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (State is not { } state)
        {
            return NotFound();
        }

        if (SendTo.Count == 0)
        {
            Errors.Add(new(NotSentTo.Count > 0 ? SendId(NotSentTo[0].Id) : UnitsId, Ui.T("Välj minst en förvaltning att skicka enkäten till.", "Choose at least one unit to send the survey to.")));
            return Page();
        }

        var result = await desk.SendAsync(org, state.Survey.Id, SendTo, Person.Of(User), cancellationToken);
        if (!result.IsSaved)
        {
            Problem = Ui.Of(result);
            return Page();
        }

        var names = Organization.Units.Where(u => SendTo.Contains(u.Id)).Select(u => u.Name);
        Done = Ui.T($"{state.Survey.Title} är skickad till {string.Join(", ", names)}.", $"{state.Survey.Title} is sent to {string.Join(", ", names)}.");
        return RedirectToPage(new { org, year = state.Survey.Year });
    }

    public StoredResponse? ResponseOf(OrgUnit unit) => State?.ResponseOf(unit.Id);

    private async Task<IActionResult?> LoadAsync(string org, int? year, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return NotFound();
        }

        Organization = cached.Model.Organization;
        IsAdmin = User.IsInRole(Roles.Admin);
        Surveys = await desk.ListAsync(org, cancellationToken);
        var rounds = await ReportingRounds.AllAsync(db, org, cancellationToken);
        YearsWithoutSurvey = IsAdmin ? [.. rounds.Where(r => !r.IsLocked && Surveys.All(s => s.Year != r.Year)).Select(r => r.Year).Order()] : [];
        Year = year ?? (Surveys.Count > 0 ? Surveys[0].Year : null);
        if (Year is not { } shown || await desk.ReadAsync(org, shown, cancellationToken) is not { } state)
        {
            return null;
        }

        State = state;
        Round = rounds.FirstOrDefault(r => r.Year == shown);
        var mine = IsAdmin ? null : Accounts.ReportsFor(User, Organization);
        Units = [.. state.Survey.SentTo.Select(id => Organization.Units.FirstOrDefault(u => u.Id == id)).OfType<OrgUnit>().Where(u => mine is null || mine.Contains(u.Id))];
        NotSentTo = [.. Organization.Units.Where(u => !state.Survey.SentTo.Contains(u.Id, StringComparer.Ordinal))];
        return null;
    }
}
