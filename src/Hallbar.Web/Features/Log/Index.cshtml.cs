using System.Globalization;
using Hallbar.Data;
using Hallbar.Data.Rows;
using Hallbar.Web.Features.Rounds;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Log;

/// <summary>
/// The change log (ändringslogg): every accepted change of the organization, newest first, filtered
/// by subject, person, dates and key, a page at a time, and as CSV with the same filters.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class IndexModel(HallbarDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Subjects as the history names them (<see cref="ChangeRow.Subject"/>).</summary>
    public static IReadOnlyList<string> Subjects { get; } = ["outcome", "assessment", "section", "targets", "round", "model", "highlights", "child-rights", "account"];

    public string Org { get; private set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "amne")]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true, Name = "vem")]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true, Name = "fran")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "till")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "nyckel")]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> People { get; private set; } = [];

    public IReadOnlyList<ChangeRow> Changes { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string? DateProblem { get; private set; }

    public static string SubjectName(string subject) => subject switch
    {
        "outcome" => Ui.T("Utfall", "Outcome"),
        "assessment" => Ui.T("Bedömning", "Assessment"),
        "section" => Ui.T("Text", "Text"),
        "targets" => Ui.T("Målvärden", "Targets"),
        "round" => Ui.T("Omgång", "Round"),
        "model" => Ui.T("Modell", "Model"),
        "highlights" => Ui.T("Höjdpunkter", "Highlights"),
        "child-rights" => Ui.T("Barnbokslut", "Child rights"),
        "account" => Ui.T("Konto", "Account"),
        _ => subject,
    };

    /// <summary>A value as the log shows it: a round's state in words, anything else as stored.</summary>
    public static string? Shown(ChangeRow change, string? value) =>
        change.Subject == "round" && value is not null ? RoundText.State(value) : value;

    public async Task<IActionResult> OnGetAsync(string org, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == org, cancellationToken))
        {
            return NotFound();
        }

        Org = org;
        People = (await db.Changes.AsNoTracking().Where(c => c.OrganizationId == org).Select(c => c.ChangedBy).Distinct().ToListAsync(cancellationToken))
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (From > To)
        {
            DateProblem = Ui.T("Från-datumet är efter till-datumet: inga ändringar kan finnas mellan dem.", "The from date is after the to date: no change can lie between them.");
        }

        var query = Filtered(org);
        if (From is null && To is null)
        {
            Total = await query.CountAsync(cancellationToken);
            PageNumber = Math.Clamp(PageNumber, 1, Pages);
            Changes = await query.OrderByDescending(c => c.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            return Page();
        }

        // SQLite cannot compare date-times with offsets in SQL: the moments alone are read and
        // compared here, and only the rows of the page shown are fetched whole.
        var ids = (await query.Select(c => new { c.Id, c.ChangedAt }).ToListAsync(cancellationToken))
            .Where(c => InRange(c.ChangedAt)).Select(c => c.Id).OrderDescending().ToList();
        Total = ids.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var shown = ids.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Changes = await db.Changes.AsNoTracking().Where(c => shown.Contains(c.Id)).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string org, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == org, cancellationToken))
        {
            return NotFound();
        }

        var changes = (await Filtered(org).OrderByDescending(c => c.Id).ToListAsync(cancellationToken)).Where(c => InRange(c.ChangedAt));
        return File(LogCsv.Write(changes), "text/csv; charset=utf-8", $"logg-{org}.csv");
    }

    /// <summary>The filters as the address carries them, for the page links and the CSV download.</summary>
    public Dictionary<string, string> Query(int? page = null)
    {
        var query = new Dictionary<string, string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query[name] = value;
            }
        }

        Add("amne", Subject);
        Add("vem", Who);
        Add("fran", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("till", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("nyckel", Key);
        Add("sida", page?.ToString(CultureInfo.InvariantCulture));
        return query;
    }

    public bool IsFiltered => !string.IsNullOrEmpty(Subject) || !string.IsNullOrEmpty(Who) || From is not null || To is not null || !string.IsNullOrEmpty(Key);

    private IQueryable<ChangeRow> Filtered(string org)
    {
        var query = db.Changes.AsNoTracking().Where(c => c.OrganizationId == org);
        if (!string.IsNullOrEmpty(Subject))
        {
            query = query.Where(c => c.Subject == Subject);
        }

        if (!string.IsNullOrEmpty(Who))
        {
            query = query.Where(c => c.ChangedBy == Who);
        }

        if (!string.IsNullOrWhiteSpace(Key))
        {
            var key = Key.Trim();
            query = query.Where(c => c.Key.Contains(key));
        }

        return query;
    }

    /// <summary>Within the chosen Swedish days, both included.</summary>
    private bool InRange(DateTimeOffset time) =>
        (From is not { } from || time >= LocalTime.StartOf(from)) && (To is not { } to || time < LocalTime.StartOf(to.AddDays(1)));
}
