using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Data.Transfer;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Rounds;
using Hallbar.Web.Features.Entry;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Review;

/// <summary>
/// Review (granskning) of a round: every value with its status, and for every measure and goal node
/// the rule's suggestion with its rationale beside the final assessment, differences flagged, and a
/// form to set the final assessment with a motivation.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class IndexModel(HallbarDbContext db, ModelCache cache, TimeProvider time) : PageModel
{
    public CachedModel Organization { get; private set; } = null!;

    public int Year { get; private set; }

    public ReportingRound? Round { get; private set; }

    /// <summary>The years that can be reviewed: every round's, and every year with outcomes; newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool OnlyDivergences { get; private set; }

    /// <summary>Every assessed measure and node in the goal tree's order, the overall assessment first.</summary>
    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    /// <summary>The values of the round by measure.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ReviewValue>> Values { get; private set; } = new Dictionary<string, IReadOnlyList<ReviewValue>>();

    /// <summary>Final assessments set by hand, by subject: their grade, motivation and version.</summary>
    public IReadOnlyDictionary<string, AssessmentRow> Set { get; private set; } = new Dictionary<string, AssessmentRow>();

    /// <summary>Who last set each final assessment, by subject.</summary>
    public IReadOnlyDictionary<string, ChangeRow> SetBy { get; private set; } = new Dictionary<string, ChangeRow>();

    /// <summary>Assessments can be set: the round exists and is not approved.</summary>
    public bool Editable => Round is { IsLocked: false };

    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    [TempData]
    public string? Saved { get; set; }

    /// <summary>The subject whose refused form is shown as it was sent.</summary>
    public string? Refused { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Messages by field ("GradeId", "Motivation") of the refused form.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public ConflictView? Conflict { get; private set; }

    public IEnumerable<ReviewItem> Divergences => Items.Where(i => i.Result.Differs);

    public IEnumerable<ReviewItem> Shown => OnlyDivergences ? Divergences : Items;

    public async Task<IActionResult> OnGetAsync(string org, int? year, bool avvikelser, CancellationToken cancellationToken) =>
        await LoadAsync(org, year, avvikelser, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string org, int? year, bool avvikelser, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        if (await LoadAsync(org, year, avvikelser, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var subject = Input.SubjectId ?? string.Empty;
        if (Items.FirstOrDefault(i => i.Subject == subject) is not { } item)
        {
            return NotFound();
        }

        Refused = subject;
        if (Round is null)
        {
            Problem = Ui.T($"Det finns ingen rapportomgång för {Year}; öppna den innan bedömningarna sätts.", $"There is no reporting round for {Year}; open it before setting assessments.");
            return Page();
        }

        var motivation = string.IsNullOrWhiteSpace(Input.Motivation) ? null : Input.Motivation.Trim();
        var editor = new Editor(db, time);
        var result = await editor.SetAssessmentAsync(
            new AssessmentChange(org, subject.Length == 0 ? null : subject, Year, Input.GradeId ?? string.Empty, motivation, Input.ReadVersion, Person.Of(User)), cancellationToken);
        switch (result.Status)
        {
            case EditStatus.Saved:
                Saved = $"{item.Result.Name}: {Ui.Of(result)}";
                return RedirectToPage(null, null, new { org, year = Year, avvikelser = OnlyDivergences ? true : (bool?)null }, item.Anchor);
            case EditStatus.Invalid:
                Errors[item.Result.Scale.Find(Input.GradeId ?? string.Empty) is null ? nameof(AssessmentInput.GradeId) : nameof(AssessmentInput.Motivation)] = Ui.Of(result);
                break;
            case EditStatus.Conflict:
                var current = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.OrganizationId == org && a.SubjectId == subject && a.Year == Year && a.ScaleId == string.Empty, cancellationToken);
                var history = await editor.HistoryAsync(org, "assessment", HistoryKey(subject), cancellationToken);
                Conflict = new ConflictView(Ui.Of(result), Describe(item.Result.Scale, Input.GradeId, motivation),
                    current is null ? null : Describe(item.Result.Scale, current.GradeId, current.Motivation), history.Count > 0 ? history[0] : null);
                // Sending the form again sets this assessment over the one saved now: the person has seen both.
                Input.ReadVersion = result.CurrentVersion;
                break;
            default:
                Problem = Ui.Of(result);
                break;
        }

        Problem ??= Ui.T($"Bedömningen av ”{item.Result.Name}” sparades inte.", $"The assessment of “{item.Result.Name}” was not saved.");
        return Page();
    }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    /// <summary>A grade and its motivation as a conflict shows them: "Oförändrad – Nivån är densamma".</summary>
    public static string Describe(AssessmentScale scale, string? gradeId, string? motivation)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var grade = scale.Find(gradeId ?? string.Empty)?.LabelIn(Ui.Language) ?? gradeId ?? string.Empty;
        return motivation is null ? grade : $"{grade} – {motivation}";
    }

    /// <summary>The key under which the editor keeps an assessment's history (documented on ChangeRow: "node/2025").</summary>
    private string HistoryKey(string subject) => $"{(subject.Length == 0 ? "overall" : subject)}/{Year}";

    private async Task<IActionResult?> LoadAsync(string org, int? year, bool onlyDivergences, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return NotFound();
        }

        Organization = cached;
        OnlyDivergences = onlyDivergences;
        var rounds = await ReportingRounds.AllAsync(db, org, cancellationToken);
        Years = [.. rounds.Select(r => r.Year).Concat(cached.Years).Distinct().OrderDescending()];
        // Without a year asked for: the round being worked on, else the newest.
        if ((year ?? rounds.FirstOrDefault(r => !r.IsLocked)?.Year ?? (Years.Count > 0 ? Years[0] : 0)) is not (> 0 and var shown))
        {
            return NotFound();
        }

        Year = shown;
        Round = rounds.FirstOrDefault(r => r.Year == shown);
        Items = [.. Flatten(cached.Assessment(shown), 0, [])];

        var measures = await EntryScope.MeasuresAsync(new OutcomeTransfer(db, time), cached.Model, shown, null, cancellationToken);
        var editor = new Editor(db, time);
        var outcomeChanges = LatestByKey(await editor.HistoryAsync(org, "outcome", cancellationToken: cancellationToken));
        Values = measures.ToDictionary(
            m => m.Measure.Id,
            m => (IReadOnlyList<ReviewValue>)[.. m.Lines.Select(line => ReviewValue.Of(m, line, EntryScope.Label(cached.Model.Organization, m, line),
                outcomeChanges.GetValueOrDefault(Editor.OutcomeKey(line.MeasureId, line.Period, line.SeriesId, line.OrgUnitId))))],
            StringComparer.Ordinal);
        Set = await db.Assessments.AsNoTracking()
            .Where(a => a.OrganizationId == org && a.Year == shown && a.ScaleId == string.Empty)
            .ToDictionaryAsync(a => a.SubjectId, StringComparer.Ordinal, cancellationToken);
        var assessmentChanges = LatestByKey(await editor.HistoryAsync(org, "assessment", cancellationToken: cancellationToken));
        SetBy = Items.Select(i => (i.Subject, Change: assessmentChanges.GetValueOrDefault(HistoryKey(i.Subject))))
            .Where(c => c.Change is not null)
            .ToDictionary(c => c.Subject, c => c.Change!, StringComparer.Ordinal);
        return null;
    }

    private static Dictionary<string, ChangeRow> LatestByKey(IReadOnlyList<ChangeRow> newestFirst) =>
        newestFirst.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static IEnumerable<ReviewItem> Flatten(AssessmentResult result, int depth, IReadOnlyList<string> path)
    {
        yield return new ReviewItem(result, depth, path);
        IReadOnlyList<string> below = result.Level == AssessmentLevel.Overall ? path : [.. path, result.Name];
        foreach (var child in result.Children)
        {
            foreach (var item in Flatten(child, depth + 1, below))
            {
                yield return item;
            }
        }
    }
}
