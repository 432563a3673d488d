using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Hallbar.Data.Rows;
using Hallbar.Domain.ChildRights;
using Hallbar.Domain.Highlights;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Editing;

/// <summary>
/// A year's highlights (höjdpunkter) and barnbokslut facts as an admin edits them in the browser: each
/// change made from the version read, refused in a locked round's year, checked against the whole model
/// before it is committed, and written with its history row in one transaction, or not at all.
/// </summary>
public sealed class HighlightDesk(HallbarDbContext db, TimeProvider time)
{
    public const string HighlightsSubject = "highlights";
    public const string ChildRightsSubject = "child-rights";

    public const string TitleField = "title";
    public const string MarkdownField = "markdown";
    public const string PhotoField = "photo";
    public const string AltTextField = "alt";
    public const string PilotsTrainedField = "pilotsTrained";
    public const string PilotsInTotalField = "pilotsInTotal";

    /// <summary>What the report prints as a heading; longer is a text, not a title.</summary>
    public const int TitleLength = 300;

    /// <summary>"decisions/2/unit": the unit of the third decision.</summary>
    public static string DecisionUnitField(int index) => string.Create(CultureInfo.InvariantCulture, $"decisions/{index}/unit");

    /// <summary>The year's highlights and barnbokslut facts with their versions; null when there is no such organization.</summary>
    public async Task<YearHighlights?> ReadAsync(string organizationId, int year, CancellationToken cancellationToken = default)
    {
        if (await OrganizationAsync(organizationId, cancellationToken) is not { } organization)
        {
            return null;
        }

        var definition = ModelStore.Definition(organization);
        var facts = definition.ChildRights?.FirstOrDefault(c => c.Year == year);
        return new YearHighlights(year, [.. OfYear(definition, year).Select(ToHighlight)], definition.HighlightVersion(year),
            facts is null ? null : ToFacts(facts), definition.ChildRightsVersion(year));
    }

    /// <summary>What keeps a highlight from being saved, each at its field: no title or text, a file that is no photo or too large, a photo without alternative text.</summary>
    public static IReadOnlyList<FieldProblem> Problems(HighlightChange change, HighlightPhoto? stored)
    {
        ArgumentNullException.ThrowIfNull(change);
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(change.Title))
        {
            problems.Add(new(TitleField, "Skriv höjdpunktens rubrik.", "Write the highlight's title."));
        }
        else if (change.Title.Trim().Length > TitleLength)
        {
            problems.Add(new(TitleField, $"Rubriken får vara högst {TitleLength} tecken.", $"The title may be at most {TitleLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(change.Markdown))
        {
            problems.Add(new(MarkdownField, "Skriv höjdpunktens text.", "Write the highlight's text."));
        }

        var photo = change.Photo;
        if (photo.NewImage is { } image && PhotoProblem(image.Length, image) is { } notAPhoto)
        {
            problems.Add(notAPhoto);
        }

        var hasPhoto = photo.NewImage is not null || (stored is not null && !photo.Remove);
        if (hasPhoto && string.IsNullOrWhiteSpace(photo.AltText))
        {
            problems.Add(new(AltTextField, "Skriv en alternativtext som säger vad fotot visar, för den som inte kan se det.",
                "Write an alternative text that says what the photo shows, for those who cannot see it."));
        }

        return problems;
    }

    /// <summary>Why a file of <paramref name="length"/> bytes that begins with <paramref name="start"/> cannot be a highlight's photo (too large, not JPEG, PNG or WebP); null when it can.</summary>
    public static FieldProblem? PhotoProblem(long length, ReadOnlySpan<byte> start)
    {
        if (ModelFile.PhotoProblem.OfSize(length) is var (tooLarge, english))
        {
            return new(PhotoField, tooLarge, english);
        }

        return PhotoImage.MediaTypeOf(start) is null
            ? new(PhotoField, "Filen är ingen bild i JPEG, PNG eller WebP (det avgörs av filens innehåll, inte dess namn).",
                "The file is not a JPEG, PNG or WebP image (its content decides, not its name).")
            : null;
    }

    /// <summary>Adds a highlight at the end of the year's, or changes one; its photo is replaced, kept or removed as <see cref="HighlightChange.Photo"/> says.</summary>
    public Task<EditResult> SaveHighlightAsync(HighlightChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return WriteAsync(Part.Highlights, change.OrganizationId, change.Year, change.ReadVersion, change.ChangedBy, definition =>
        {
            var highlights = OfYear(definition, change.Year);
            var existing = change.HighlightId is null ? null : highlights.FirstOrDefault(h => h.Id == change.HighlightId);
            if (change.HighlightId is not null && existing is null)
            {
                return Step.Refused(HighlightMissing(change.HighlightId));
            }

            if (Problems(change, existing?.Photo is { } p ? ToPhoto(p) : null) is { Count: > 0 } problems)
            {
                return Step.Refused(new(EditStatus.Invalid, string.Join(" ", problems.Select(q => q.Message)) + " Inget sparades.",
                    string.Join(" ", problems.Select(q => q.English)) + " Nothing was saved."));
            }

            var photo = change.Photo;
            var dto = new HighlightDto
            {
                Id = existing?.Id ?? Slugs.Unique(change.Title, "hojdpunkt", (definition.Highlights ?? []).Select(h => h.Id).ToHashSet(StringComparer.Ordinal)),
                Year = change.Year,
                Title = change.Title.Trim(),
                Markdown = change.Markdown.Trim(),
                Photo = photo.NewImage is { } image ? NewPhoto(PhotoImage.ToDataUri(image), photo)
                    : existing?.Photo is { } kept && !photo.Remove ? NewPhoto(kept.Source, photo)
                    : null,
            };
            List<HighlightDto> changed = existing is null ? [.. highlights, dto] : [.. highlights.Select(h => h.Id == dto.Id ? dto : h)];
            return new Step(definition with { Highlights = WithYear(definition.Highlights, change.Year, changed) }, Key(change.Year, dto.Id),
                existing is null ? null : Describe(existing), Describe(dto), existing is null ? "Höjdpunkt tillagd" : null,
                existing is null ? ($"Höjdpunkten \"{dto.Title}\" är tillagd.", $"The highlight \"{dto.Title}\" is added.")
                    : ($"Höjdpunkten \"{dto.Title}\" är sparad.", $"The highlight \"{dto.Title}\" is saved."));
        }, cancellationToken);
    }

    /// <summary>Moves a highlight to a place (1 first) among the year's; a place beyond the ends is the end.</summary>
    public Task<EditResult> MoveHighlightAsync(string organizationId, int year, string highlightId, int position, int readVersion, string changedBy,
        CancellationToken cancellationToken = default) =>
        WriteAsync(Part.Highlights, organizationId, year, readVersion, changedBy, definition =>
        {
            var highlights = OfYear(definition, year);
            if (highlights.FirstOrDefault(h => h.Id == highlightId) is not { } moved)
            {
                return Step.Refused(HighlightMissing(highlightId));
            }

            List<HighlightDto> changed = [.. highlights.Where(h => h != moved)];
            var place = Math.Clamp(position, 1, highlights.Count);
            changed.Insert(place - 1, moved);
            return new Step(definition with { Highlights = WithYear(definition.Highlights, year, changed) }, Key(year, null),
                Order(highlights), Order(changed), "Ny ordning",
                ($"\"{moved.Title}\" är nu höjdpunkt {place} av {highlights.Count}.", $"\"{moved.Title}\" is now highlight {place} of {highlights.Count}."));
        }, cancellationToken);

    /// <summary>Removes a highlight with its photo; the history keeps what it was.</summary>
    public Task<EditResult> RemoveHighlightAsync(string organizationId, int year, string highlightId, int readVersion, string changedBy,
        CancellationToken cancellationToken = default) =>
        WriteAsync(Part.Highlights, organizationId, year, readVersion, changedBy, definition =>
        {
            var highlights = OfYear(definition, year);
            if (highlights.FirstOrDefault(h => h.Id == highlightId) is not { } removed)
            {
                return Step.Refused(HighlightMissing(highlightId));
            }

            return new Step(definition with { Highlights = WithYear(definition.Highlights, year, [.. highlights.Where(h => h != removed)]) }, Key(year, removed.Id),
                Describe(removed), null, "Höjdpunkt borttagen",
                ($"Höjdpunkten \"{removed.Title}\" är borttagen.", $"The highlight \"{removed.Title}\" is removed."));
        }, cancellationToken);

    /// <summary>What keeps barnbokslut facts from being saved, each at its field.</summary>
    public static IReadOnlyList<FieldProblem> Problems(ChildRightsChange change, IReadOnlyCollection<string> unitIds)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(unitIds);
        var problems = new List<FieldProblem>();
        if (change.PilotsTrained < 0)
        {
            problems.Add(new(PilotsTrainedField, "Antalet utbildade barnrättspiloter kan inte vara negativt.", "The number of child-rights pilots trained cannot be negative."));
        }

        if (change.PilotsInTotal < Math.Max(0, change.PilotsTrained))
        {
            problems.Add(new(PilotsInTotalField, $"Barnrättspiloterna totalt ({change.PilotsInTotal}) kan inte vara färre än de {change.PilotsTrained} som utbildats i år.",
                $"The child-rights pilots in total ({change.PilotsInTotal}) cannot be fewer than the {change.PilotsTrained} trained this year."));
        }

        for (var i = 0; i < change.Decisions.Count; i++)
        {
            if (change.Decisions[i].UnitId is { } unit && !unitIds.Contains(unit))
            {
                problems.Add(new(DecisionUnitField(i), $"Enheten '{unit}' finns inte i organisationen.", $"There is no unit '{unit}' in the organization."));
            }
        }

        return problems;
    }

    /// <summary>Sets the year's barnbokslut facts: the pilots and the register of decisions; what else they hold (where most pilots work, the survey theme) stays.</summary>
    public async Task<EditResult> SaveChildRightsAsync(ChildRightsChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.OrganizationId == change.OrganizationId).Select(u => u.Id).ToListAsync(cancellationToken);
        return await WriteAsync(Part.ChildRights, change.OrganizationId, change.Year, change.ReadVersion, change.ChangedBy, definition =>
        {
            if (Problems(change, units) is { Count: > 0 } problems)
            {
                return Step.Refused(new(EditStatus.Invalid, string.Join(" ", problems.Select(q => q.Message)) + " Inget sparades.",
                    string.Join(" ", problems.Select(q => q.English)) + " Nothing was saved."));
            }

            var all = definition.ChildRights ?? [];
            var existing = all.FirstOrDefault(c => c.Year == change.Year);
            var dto = existing is null ? new ChildRightsDto { Year = change.Year } : Copy(existing);
            dto.PilotsTrained = change.PilotsTrained;
            dto.PilotsInTotal = change.PilotsInTotal;
            dto.Decisions = change.Decisions.Count == 0 ? null
                : [.. change.Decisions.Select(d => new DecisionDto { Title = d.Title.Trim(), Reference = Blank(d.Reference), Unit = d.UnitId, AssessmentMade = d.AssessmentMade })];
            List<ChildRightsDto> changed = existing is null ? [.. all, dto] : [.. all.Select(c => c == existing ? dto : c)];
            return new Step(definition with { ChildRights = changed }, Key(change.Year, null), existing is null ? null : Describe(existing), Describe(dto), null,
                ($"Barnbokslutet {change.Year} är sparat.", $"The child rights report {change.Year} is saved."));
        }, cancellationToken);
    }

    private enum Part
    {
        Highlights,
        ChildRights,
    }

    /// <summary>A change worked out from the stored definition: the definition after it and its history row, or why it is refused.</summary>
    private sealed record Step(OrganizationDefinition? Changed, string Key, string? Old, string? New, string? Reason, (string Swedish, string English) Message)
    {
        public EditResult? Refusal { get; private init; }

        public static Step Refused(EditResult refusal) => new(null, string.Empty, null, null, null, default) { Refusal = refusal };
    }

    /// <summary>
    /// Checks the round and the version, works out the change, writes the definition only where it is still the
    /// one read, adds the history row, and commits only if the whole model still holds together.
    /// </summary>
    private Task<EditResult> WriteAsync(Part part, string organizationId, int year, int readVersion, string changedBy,
        Func<OrganizationDefinition, Step> change, CancellationToken cancellationToken) =>
        DefinitionWrites.InTransactionAsync(db, async () =>
        {
            if (await OrganizationAsync(organizationId, cancellationToken) is not { } organization)
            {
                return EditResult.OrganizationMissing(organizationId);
            }

            if (await new Editor(db, time).RoundAsync(organizationId, year, cancellationToken) is { IsLocked: true })
            {
                return part == Part.Highlights
                    ? new(EditStatus.Locked, $"Rapportomgången {year} är godkänd och låst; höjdpunkterna kan inte ändras. Inget sparades.",
                        $"The reporting round {year} is approved and locked; the highlights cannot be changed. Nothing was saved.")
                    : new(EditStatus.Locked, $"Rapportomgången {year} är godkänd och låst; barnbokslutet kan inte ändras. Inget sparades.",
                        $"The reporting round {year} is approved and locked; the child rights report cannot be changed. Nothing was saved.");
            }

            var definition = ModelStore.Definition(organization);
            var version = VersionOf(part, definition, year);
            if (version != readVersion)
            {
                return Conflict(part, definition, year);
            }

            var step = change(definition);
            if (step.Refusal is { } refusal)
            {
                return refusal;
            }

            if (step.Old == step.New)
            {
                return EditResult.Saved(version, "Inget ändrades.", "Nothing was changed.");
            }

            var versions = new Dictionary<int, int>((part == Part.Highlights ? definition.HighlightVersions : definition.ChildRightsVersions) ?? []) { [year] = version + 1 };
            var changed = part == Part.Highlights ? step.Changed! with { HighlightVersions = versions } : step.Changed! with { ChildRightsVersions = versions };
            if (!await DefinitionWrites.ClaimAsync(db, organization, ModelStore.Serialize(changed), time.GetUtcNow(), cancellationToken))
            {
                var now = await OrganizationAsync(organizationId, cancellationToken);
                return now is null
                    ? EditResult.OrganizationMissing(organizationId)
                    : Conflict(part, ModelStore.Definition(now), year);
            }

            db.AddChange(time, organizationId, part == Part.Highlights ? HighlightsSubject : ChildRightsSubject, step.Key, step.Old, step.New, changedBy, step.Reason);
            await db.SaveChangesAsync(cancellationToken);
            if (await DefinitionWrites.BrokenAsync(db, time, organizationId, cancellationToken) is { } broken)
            {
                return broken;
            }

            return EditResult.Saved(version + 1, step.Message.Swedish, step.Message.English);
        });

    private static int VersionOf(Part part, OrganizationDefinition definition, int year) =>
        part == Part.Highlights ? definition.HighlightVersion(year) : definition.ChildRightsVersion(year);

    /// <summary>Refused because someone changed the part since it was read: what is stored now and its version, to compare with.</summary>
    private static EditResult Conflict(Part part, OrganizationDefinition definition, int year)
    {
        var current = part == Part.Highlights
            ? string.Join("\n\n", OfYear(definition, year).Select((h, i) => $"{i + 1}. {Describe(h)}"))
            : definition.ChildRights?.FirstOrDefault(c => c.Year == year) is { } facts ? Describe(facts) : null;
        return part == Part.Highlights
            ? new(EditStatus.Conflict, "Höjdpunkterna har ändrats av någon annan sedan du öppnade sidan. Inget sparades; jämför med det som är sparat och försök igen.",
                "Someone else has changed the highlights since you opened the page. Nothing was saved; compare with what is saved and try again.",
                null, current, VersionOf(part, definition, year))
            : new(EditStatus.Conflict, "Barnbokslutet har ändrats av någon annan sedan du öppnade sidan. Inget sparades; jämför med det som är sparat och försök igen.",
                "Someone else has changed the child rights report since you opened the page. Nothing was saved; compare with what is saved and try again.",
                null, current, VersionOf(part, definition, year));
    }

    private static EditResult HighlightMissing(string id) =>
        new(EditStatus.NotFound, $"Höjdpunkten '{id}' finns inte längre. Inget sparades.", $"The highlight '{id}' no longer exists. Nothing was saved.");

    private Task<OrganizationRow?> OrganizationAsync(string organizationId, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);

    private static List<HighlightDto> OfYear(OrganizationDefinition definition, int year) => [.. (definition.Highlights ?? []).Where(h => h.Year == year)];

    /// <summary>All highlights with the year's replaced by <paramref name="year"/>'s new list, where the year's stood (at the end for a year without any).</summary>
    private static List<HighlightDto>? WithYear(List<HighlightDto>? all, int year, List<HighlightDto> ofYear)
    {
        var list = all ?? [];
        var at = list.FindIndex(h => h.Year == year);
        at = at < 0 ? list.Count : at;
        List<HighlightDto> result = [.. list.Take(at).Where(h => h.Year != year), .. ofYear, .. list.Skip(at).Where(h => h.Year != year)];
        return result.Count == 0 ? null : result;
    }

    private static PhotoDto NewPhoto(string source, PhotoChange photo) =>
        new() { Source = source, Alt = photo.AltText!.Trim(), Credit = Blank(photo.Credit) };

    private static string Key(int year, string? id) => id is null ? year.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{year}/{id}");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Highlight ToHighlight(HighlightDto dto) => new(dto.Id, dto.Year, dto.Title, dto.Markdown, dto.Photo is { } p ? ToPhoto(p) : null);

    private static HighlightPhoto ToPhoto(PhotoDto dto) => new(dto.Source, dto.Alt, dto.Credit);

    private static ChildRightsFacts ToFacts(ChildRightsDto dto) => new(dto.Year, dto.PilotsTrained, dto.PilotsInTotal,
        [.. (dto.Decisions ?? []).Select(d => new BestInterestDecision(d.Title, d.AssessmentMade, d.Reference, d.Unit))])
    {
        MostPilotsAt = dto.MostPilotsAt ?? [],
        UnitsWithoutPilots = dto.UnitsWithoutPilots ?? [],
        WithoutPilotsNote = dto.WithoutPilotsNote,
        SurveyThemeId = dto.SurveyTheme,
    };

    private static ChildRightsDto Copy(ChildRightsDto dto) => JsonSerializer.Deserialize<ChildRightsDto>(JsonSerializer.Serialize(dto, ModelStore.Json), ModelStore.Json)!;

    /// <summary>A highlight as the history keeps it: its title and text, and its photo by type, size and a fingerprint rather than its megabytes.</summary>
    private static string Describe(HighlightDto highlight)
    {
        var text = $"{highlight.Title}\n\n{highlight.Markdown}";
        if (highlight.Photo is not { } photo)
        {
            return text;
        }

        var content = ToPhoto(photo).Content();
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        return text + string.Create(CultureInfo.InvariantCulture,
            $"\n\nFoto: {PhotoImage.MediaTypeOf(content)}, {(content.Length + 1023) / 1024} kB, sha256 {fingerprint}; alternativtext: {photo.Alt}{(photo.Credit is null ? "" : $"; foto: {photo.Credit}")}");
    }

    private static string Order(List<HighlightDto> highlights) => string.Join("\n", highlights.Select((h, i) => $"{i + 1}. {h.Title}"));

    private static string Describe(ChildRightsDto facts) => string.Join("\n", new[]
    {
        $"Barnrättspiloter utbildade {facts.Year}: {facts.PilotsTrained}; totalt: {facts.PilotsInTotal}",
    }.Concat((facts.Decisions ?? []).Select(d =>
        $"Beslut: {d.Title}{(d.Reference is null ? "" : $" ({d.Reference})")}{(d.Unit is null ? "" : $", {d.Unit}")}: prövning av barnets bästa {(d.AssessmentMade ? "gjord" : "inte gjord")}")));
}
