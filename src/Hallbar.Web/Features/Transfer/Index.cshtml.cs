using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hallbar.Data;
using Hallbar.Data.Transfer;
using Hallbar.Domain;
using Hallbar.Domain.Formatting;
using Hallbar.Domain.Rounds;
using Hallbar.ModelFile;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Transfer;

/// <summary>
/// Import and export: the outcome template of a year to fill in, the model file, and reading either
/// back in. Every upload is first previewed (what would change, or every problem with where and why)
/// and only imported when confirmed.
/// </summary>
/// <remarks>
/// Between preview and confirmation the file is chosen again rather than kept: the web tier holds no
/// state between requests (several instances may serve one user), the database has no place for a
/// pending upload without a schema change, and a file passed back through the page would travel
/// twice and hit the form's size limits. The preview's SHA-256 fingerprint goes with the
/// confirmation, so that only the very file that was previewed is imported; the import checks it
/// all again, all or nothing, so a value someone changed meanwhile is refused rather than overwritten.
/// </remarks>
[Authorize(Policy = Accounts.AdminPolicy)]
[UploadLimit]
[RequestSizeLimit(UploadLimitAttribute.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimitAttribute.MaxRequestBytes)]
public sealed class IndexModel(HallbarDbContext db, ModelCache cache, TimeProvider time) : PageModel
{
    /// <summary>Rows of a preview shown on the page; the rest are counted.</summary>
    public const int ShownChanges = 500;

    public string Org { get; private set; } = string.Empty;

    public CachedModel Organization { get; private set; } = null!;

    public int TemplateYear { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Which form a file error, a preview or a result belongs to.</summary>
    public UploadKind? Kind { get; private set; }

    public string? FileError { get; private set; }

    public string? FileName { get; private set; }

    public string? Fingerprint { get; private set; }

    public bool Imported { get; private set; }

    public ImportResult? Outcomes { get; private set; }

    public ModelLoadResult? ModelFile { get; private set; }

    /// <summary>Years whose round is approved or published: a model file replaces their values too.</summary>
    public IReadOnlyList<int> LockedYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string org, [FromQuery(Name = UploadLimitAttribute.TooLargeQuery)] bool tooLarge, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, cancellationToken))
        {
            return NotFound();
        }

        if (tooLarge)
        {
            Problem = TooLargeMessage;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetTemplateAsync(string org, int year, string? unit, string? format, CancellationToken cancellationToken)
    {
        var orgUnit = string.IsNullOrEmpty(unit) ? null : unit;
        if (!await LoadAsync(org, cancellationToken) || (orgUnit is not null && Organization.Model.Organization.Units.All(u => u.Id != orgUnit)))
        {
            return NotFound();
        }

        var table = await new OutcomeTransfer(db, time).TemplateAsync(org, year, orgUnit, cancellationToken);
        if (table is null)
        {
            return NotFound();
        }

        using var stream = new MemoryStream();
        var name = string.Join('-', new[] { "utfall", org, year.ToString(CultureInfo.InvariantCulture), orgUnit }.OfType<string>());
        if (format == "csv")
        {
            CsvTable.Write(table, stream);
            return File(stream.ToArray(), "text/csv; charset=utf-8", name + ".csv");
        }

        XlsxTable.Write(table, stream);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    public async Task<IActionResult> OnGetModelFileAsync(string org, CancellationToken cancellationToken) =>
        await LoadAsync(org, cancellationToken)
            ? File(Encoding.UTF8.GetBytes(ModelFileWriter.Write(Organization.Model)), "application/json; charset=utf-8", org + ".json")
            : NotFound();

    public Task<IActionResult> OnPostPreviewOutcomesAsync(string org, IFormFile? file, CancellationToken cancellationToken) =>
        OutcomesAsync(org, file, null, preview: true, cancellationToken);

    public Task<IActionResult> OnPostImportOutcomesAsync(string org, IFormFile? file, string? fingerprint, CancellationToken cancellationToken) =>
        OutcomesAsync(org, file, fingerprint, preview: false, cancellationToken);

    public Task<IActionResult> OnPostPreviewModelAsync(string org, IFormFile? file, CancellationToken cancellationToken) =>
        ModelAsync(org, file, null, preview: true, cancellationToken);

    public Task<IActionResult> OnPostImportModelAsync(string org, IFormFile? file, string? fingerprint, CancellationToken cancellationToken) =>
        ModelAsync(org, file, fingerprint, preview: false, cancellationToken);

    /// <summary>A stored figure ("12.5") as the reader writes it ("12,5"); texts as they are.</summary>
    public static string? Shown(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? NumberText.Number(number, Ui.Language) : value;

    /// <summary>What the stored model and the file each hold, side by side.</summary>
    public IEnumerable<(string What, int Now, int InFile)> Counts(OrganizationModel file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var now = Organization.Model;
        yield return (Ui.T("Förvaltningar", "Org units"), now.Organization.Units.Count, file.Organization.Units.Count);
        yield return (Ui.T("Målområden, mål och indikatorer", "Goal areas, goals and indicators"), now.AllNodes().Count(), file.AllNodes().Count());
        yield return (Ui.T("Mätetal", "Measures"), now.AllMeasures().Count(), file.AllMeasures().Count());
        yield return (Ui.T("Utfall", "Outcomes"), now.AllMeasures().Sum(m => m.Outcomes.Count), file.AllMeasures().Sum(m => m.Outcomes.Count));
        yield return (Ui.T("Textavsnitt", "Text sections"), now.Sections.Count, file.Sections.Count);
    }

    private async Task<IActionResult> OutcomesAsync(string org, IFormFile? file, string? fingerprint, bool preview, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, cancellationToken))
        {
            return NotFound();
        }

        Kind = UploadKind.Outcomes;
        var extension = Path.GetExtension(file?.FileName ?? string.Empty).ToLowerInvariant();
        if (file is not null && extension is not (".csv" or ".xlsx"))
        {
            FileError = Ui.T("Välj en ifylld mall: en .xlsx- eller .csv-fil. En modellfil (.json) läses in längre ned.", "Choose a filled-in template: an .xlsx or .csv file. A model file (.json) is read further down.");
            return Page();
        }

        if (await ReadAsync(file, fingerprint, preview, cancellationToken) is not { } bytes)
        {
            return Page();
        }

        using var stream = new MemoryStream(bytes);
        var (table, unreadable) = extension == ".xlsx" ? XlsxTable.Read(stream) : CsvTable.Read(stream);
        Outcomes = table is null
            ? new ImportResult([unreadable!], [], false)
            : await new OutcomeTransfer(db, time).ImportAsync(org, table, User.Identity!.Name!, preview, source: file?.FileName, cancellationToken: cancellationToken);
        Imported = Outcomes.Written;
        return Page();
    }

    private async Task<IActionResult> ModelAsync(string org, IFormFile? file, string? fingerprint, bool preview, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, cancellationToken))
        {
            return NotFound();
        }

        Kind = UploadKind.Model;
        if (file is not null && !Path.GetExtension(file.FileName).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            FileError = Ui.T("Välj en modellfil (.json). En ifylld mall (.xlsx, .csv) läses in under Utfall.", "Choose a model file (.json). A filled-in template (.xlsx, .csv) is read under Outcomes.");
            return Page();
        }

        if (await ReadAsync(file, fingerprint, preview, cancellationToken) is not { } bytes)
        {
            return Page();
        }

        ModelFile = ModelFileReader.Read(bytes);
        if (ModelFile.Model is { } model && model.Organization.Id != org)
        {
            ModelFile = ModelFile with
            {
                Errors = [.. ModelFile.Errors, new ModelError("$.organization.id", 0, 0,
                    $"Filen gäller organisationen '{model.Organization.Id}', inte '{org}'. Här ersätts bara {Organization.Model.Organization.Name}s modell.",
                    $"The file is for the organization '{model.Organization.Id}', not '{org}'. Only {Organization.Model.Organization.Name}'s model is replaced here.")],
            };
        }

        if (!preview && ModelFile.IsValid)
        {
            await new ModelStore(db, time).SaveAsync(ModelFile.Model!, User.Identity!.Name!, cancellationToken);
            Imported = true;
        }

        return Page();
    }

    /// <summary>
    /// The uploaded file's bytes, or null with the reason on the page: none chosen, too large, or —
    /// when confirming — another file than the one previewed.
    /// </summary>
    private async Task<byte[]?> ReadAsync(IFormFile? file, string? fingerprint, bool preview, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            FileError = preview
                ? Ui.T("Välj en fil.", "Choose a file.")
                : Ui.T("Välj samma fil igen för att läsa in den.", "Choose the same file again to import it.");
            return null;
        }

        if (file.Length > UploadLimitAttribute.MaxFileBytes)
        {
            FileError = TooLargeMessage;
            return null;
        }

        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, cancellationToken);
        var bytes = copy.ToArray();
        FileName = Path.GetFileName(file.FileName);
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!preview && !string.Equals(fingerprint, Fingerprint, StringComparison.Ordinal))
        {
            Fingerprint = null;
            FileError = Ui.T("Det här är inte filen du förhandsgranskade (innehållet skiljer sig). Inget lästes in; förhandsgranska filen först.",
                "This is not the file you previewed (its content differs). Nothing was imported; preview the file first.");
            return null;
        }

        return bytes;
    }

    private static string TooLargeMessage => Ui.T(
        $"Filen är för stor: högst {UploadLimitAttribute.MaxFileBytes / (1024 * 1024)} MB kan läsas in. Inget lästes in.",
        $"The file is too large: at most {UploadLimitAttribute.MaxFileBytes / (1024 * 1024)} MB can be imported. Nothing was imported.");

    private async Task<bool> LoadAsync(string org, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(db, org, cancellationToken) is not { } cached)
        {
            return false;
        }

        Org = org;
        Organization = cached;
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.OrganizationId == org).Select(r => new { r.Year, r.State }).ToListAsync(cancellationToken);
        LockedYears = [.. rounds.Where(r => r.State is nameof(RoundState.Approved) or nameof(RoundState.Published)).Select(r => r.Year).Order()];
        // The template most wanted is the year being reported now: the newest round not yet locked.
        TemplateYear = rounds.Where(r => r.State is nameof(RoundState.Open) or nameof(RoundState.InReview)).Select(r => (int?)r.Year).Max()
            ?? rounds.Select(r => r.Year).Concat(cached.Years).DefaultIfEmpty(time.GetLocalNow().Year).Max();
        return true;
    }
}
