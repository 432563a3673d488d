using System.Globalization;
using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Editing;

/// <summary>
/// A report year's narrative sections as a whole, as the admin sets them up in the browser: a new year's
/// texts created from an earlier year's, a section added, moved or removed. Each change is made from the
/// year's order (or the section's version) as read, refused in a locked round's year, checked against the
/// whole model before it is committed, and written with its history rows in one transaction, or not at all.
/// The text of one section is edited through <see cref="Editor.SetSectionAsync"/>.
/// </summary>
public sealed class SectionDesk(HallbarDbContext db, TimeProvider time)
{
    /// <summary>The history's subject of sections, as <see cref="Editor.SetSectionAsync"/> writes it; the key is the section's id.</summary>
    public const string Subject = "section";

    public const string TitleField = "title";
    public const string NodeField = "node";

    /// <summary>What the database holds at most (sections.Title).</summary>
    public const int TitleLength = 300;

    /// <summary>What the database and the model file's ids hold at most.</summary>
    private const int IdLength = 100;

    /// <summary>The year's sections; null when there is no such organization.</summary>
    public async Task<YearSections?> ReadAsync(string organizationId, int year, CancellationToken cancellationToken = default) =>
        await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken)
            ? Of(await SectionsAsync(db.Sections.AsNoTracking(), organizationId, cancellationToken), year)
            : null;

    /// <summary>What keeps a section from being added, each at its field: no title or one too long, a goal area the model lacks.</summary>
    public static IReadOnlyList<FieldProblem> Problems(NewSection section, IReadOnlyCollection<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(nodeIds);
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(section.Title))
        {
            problems.Add(new(TitleField, "Skriv avsnittets rubrik: ett textavsnitt har alltid en.", "Write the section's title: a section always has one."));
        }
        else if (section.Title.Trim().Length > TitleLength)
        {
            problems.Add(new(TitleField, $"Rubriken får vara högst {TitleLength} tecken.", $"The title may be at most {TitleLength} characters."));
        }

        if (section.NodeId is { } node && !nodeIds.Contains(node))
        {
            problems.Add(new(NodeField, $"Målområdet '{node}' finns inte i modellen.", $"There is no goal area '{node}' in the model."));
        }

        return problems;
    }

    /// <summary>
    /// Creates <paramref name="toYear"/>'s sections from <paramref name="fromYear"/>'s: each copied with its title, chapter and text,
    /// in the same order and each right after the one it is copied from (so among the every-year sections as before), with the id
    /// "&lt;id&gt;-&lt;toYear&gt;" (a source id's own "-&lt;fromYear&gt;" replaced; "-2" and on where taken). Only into a year without sections of its own.
    /// </summary>
    public Task<EditResult> CopyYearAsync(string organizationId, int fromYear, int toYear, string changedBy, CancellationToken cancellationToken = default) =>
        WriteAsync(organizationId, toYear, all =>
        {
            if (all.Where(s => s.Year == toYear).ToList() is { Count: > 0 } existing)
            {
                return new(EditStatus.Conflict,
                    $"Redovisningen {toYear} har redan egna textavsnitt ({existing.Count} st), så inget kopierades; någon kan ha skapat dem sedan du öppnade sidan.",
                    $"The {toYear} report already has text sections of its own ({existing.Count}), so nothing was copied; someone may have created them since you opened the page.",
                    null, OrderText(existing));
            }

            if (fromYear == toYear || !all.Any(s => s.Year == fromYear))
            {
                return new(EditStatus.Invalid, $"Redovisningen {fromYear} har inga textavsnitt att utgå från. Inget kopierades.",
                    $"The {fromYear} report has no text sections to start from. Nothing was copied.");
            }

            var taken = all.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var order = new List<SectionRow>();
            foreach (var source in all)
            {
                order.Add(source);
                if (source.Year != fromYear)
                {
                    continue;
                }

                var copy = new SectionRow
                {
                    OrganizationId = organizationId,
                    Id = UniqueId(CopyStem(source.Id, fromYear), toYear, taken),
                    Title = source.Title,
                    Year = toYear,
                    NodeId = source.NodeId,
                    Markdown = source.Markdown,
                    Version = 1,
                };
                taken.Add(copy.Id);
                order.Add(copy);
                db.Sections.Add(copy);
                db.AddChange(time, organizationId, Subject, copy.Id, null, Describe(copy), changedBy, $"Skapat från avsnittet '{source.Id}' ({fromYear})");
            }

            Renumber(order);
            var count = order.Count(s => s.Year == toYear);
            return EditResult.Saved(1,
                $"Redovisningen {toYear} har nu {count} textavsnitt, skapade från {fromYear}s med deras rubriker, kapitel och texter. Skriv om texterna för det nya året.",
                $"The {toYear} report now has {count} text sections, created from {fromYear}'s with their titles, chapters and texts. Rewrite the texts for the new year.");
        }, cancellationToken);

    /// <summary>Adds a section without text to the year, after the section named (or last); its text is then written in the editor.</summary>
    public async Task<EditResult> AddAsync(NewSection change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var nodes = await db.GoalNodes.AsNoTracking().Where(n => n.OrganizationId == change.OrganizationId).Select(n => n.Id).ToListAsync(cancellationToken);
        if (Problems(change, nodes) is { Count: > 0 } problems)
        {
            return new(EditStatus.Invalid, string.Join(" ", problems.Select(p => p.Message)) + " Inget sparades.",
                string.Join(" ", problems.Select(p => p.English)) + " Nothing was saved.");
        }

        return await WriteAsync(change.OrganizationId, change.Year, all =>
        {
            var ofYear = all.Where(s => s.Year == change.Year).ToList();
            if (OrderOf(ofYear) != change.ReadOrder)
            {
                return OrderChanged(ofYear);
            }

            var after = change.AfterId is null ? ofYear.LastOrDefault() : ofYear.FirstOrDefault(s => s.Id == change.AfterId);
            if (change.AfterId is not null && after is null)
            {
                return SectionMissing(change.AfterId);
            }

            var row = new SectionRow
            {
                OrganizationId = change.OrganizationId,
                Id = UniqueId(Slugs.From(change.Title) is { Length: > 0 } slug ? slug : "avsnitt", change.Year, all.Select(s => s.Id).ToHashSet(StringComparer.Ordinal)),
                Title = change.Title.Trim(),
                Year = change.Year,
                NodeId = change.NodeId,
                Markdown = string.Empty,
                Version = 1,
            };
            var order = all.ToList();
            order.Insert(after is null ? order.Count : order.IndexOf(after) + 1, row);
            db.Sections.Add(row);
            Renumber(order);
            db.AddChange(time, change.OrganizationId, Subject, row.Id, null, Describe(row), change.ChangedBy, "Textavsnitt tillagt");
            var place = after is null ? 1 : ofYear.IndexOf(after) + 2;
            return EditResult.Saved(row.Version,
                $"Avsnittet \"{row.Title}\" är tillagt som nummer {place} av {ofYear.Count + 1}. Det har ingen text ännu: öppna det och skriv texten.",
                $"The section \"{row.Title}\" is added as number {place} of {ofYear.Count + 1}. It has no text yet: open it and write the text.");
        }, cancellationToken);
    }

    /// <summary>Moves a section one place up (<paramref name="steps"/> -1) or down (+1) among the year's.</summary>
    public Task<EditResult> MoveAsync(string organizationId, int year, string sectionId, int steps, string readOrder, string changedBy, CancellationToken cancellationToken = default) =>
        WriteAsync(organizationId, year, all =>
        {
            var ofYear = all.Where(s => s.Year == year).ToList();
            if (OrderOf(ofYear) != readOrder)
            {
                return OrderChanged(ofYear);
            }

            var index = ofYear.FindIndex(s => s.Id == sectionId);
            if (index < 0)
            {
                return SectionMissing(sectionId);
            }

            var row = ofYear[index];
            var to = index + Math.Sign(steps);
            if (steps == 0 || to < 0 || to >= ofYear.Count)
            {
                return new(EditStatus.Invalid, $"\"{row.Title}\" är redan {(to < 0 ? "först" : "sist")} av redovisningens avsnitt {year}. Inget ändrades.",
                    $"\"{row.Title}\" is already the {(to < 0 ? "first" : "last")} of the {year} report's sections. Nothing was changed.");
            }

            var other = ofYear[to];
            var order = all.ToList();
            (order[order.IndexOf(row)], order[order.IndexOf(other)]) = (other, row);
            var moved = ofYear.ToList();
            (moved[index], moved[to]) = (other, row);
            Renumber(order);
            db.AddChange(time, organizationId, Subject, row.Id, OrderText(ofYear), OrderText(moved), changedBy, "Ny ordning");
            return EditResult.Saved(row.Version, $"\"{row.Title}\" är nu avsnitt {to + 1} av {ofYear.Count}.", $"\"{row.Title}\" is now section {to + 1} of {ofYear.Count}.");
        }, cancellationToken);

    /// <summary>Removes a section of a year from the version read; the history keeps its title and text. A section of every year is not removed here.</summary>
    public async Task<EditResult> RemoveAsync(string organizationId, string sectionId, int readVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Id == sectionId, cancellationToken);
        if (section is null)
        {
            return SectionMissing(sectionId);
        }

        if (section.Year is not { } year)
        {
            return new(EditStatus.Invalid,
                $"Avsnittet \"{section.Title}\" gäller alla år, också godkända och publicerade redovisningar; det tas bort med modellfilen (Import och export). Inget togs bort.",
                $"The section \"{section.Title}\" applies to every year, also approved and published reports; it is removed with the model file (Import and export). Nothing was removed.");
        }

        return await WriteAsync(organizationId, year, all =>
        {
            if (all.FirstOrDefault(s => s.Id == sectionId) is not { } row)
            {
                return SectionMissing(sectionId);
            }

            if (row.Version != readVersion)
            {
                return new(EditStatus.Conflict, "Avsnittet har ändrats av någon annan sedan du öppnade sidan. Inget togs bort; läs den sparade texten och bekräfta igen om den ska bort.",
                    "Someone else has changed the section since you opened the page. Nothing was removed; read the saved text and confirm again if it is to go.",
                    null, Describe(row), row.Version);
            }

            db.Sections.Remove(row);
            db.AddChange(time, organizationId, Subject, row.Id, Describe(row), null, changedBy, "Textavsnitt borttaget");
            return EditResult.Saved(row.Version,
                $"Avsnittet \"{row.Title}\" är borttaget ur redovisningen {year}; historiken (Logg) behåller texten.",
                $"The section \"{row.Title}\" is removed from the {year} report; the history (Log) keeps its text.");
        }, cancellationToken);
    }

    /// <summary>The year's sections as the order a change is made from: their ids in the report's order.</summary>
    public static string OrderOf(IEnumerable<SectionRow> sections) => string.Join(' ', sections.Select(s => s.Id));

    /// <summary>
    /// Holds the organization, checks the year's round, works out the change on the stored sections (tracked), writes it only
    /// where the rows are still the versions read, and commits only if the whole model still holds together.
    /// </summary>
    private Task<EditResult> WriteAsync(string organizationId, int year, Func<List<SectionRow>, EditResult> change, CancellationToken cancellationToken) =>
        DefinitionWrites.InTransactionAsync(db, async () =>
        {
            // A write to the organization's row holds it until the transaction ends, so that two changes of a year's order
            // follow one another and the second is checked against the first.
            if (await db.Organizations.Where(o => o.Id == organizationId).ExecuteUpdateAsync(o => o.SetProperty(r => r.UpdatedAt, r => r.UpdatedAt), cancellationToken) == 0)
            {
                return EditResult.OrganizationMissing(organizationId);
            }

            if (await new Editor(db, time).RoundAsync(organizationId, year, cancellationToken) is { IsLocked: true })
            {
                return new(EditStatus.Locked, $"Rapportomgången {year} är godkänd och låst; redovisningens textavsnitt kan inte ändras. Inget sparades.",
                    $"The reporting round {year} is approved and locked; the report's text sections cannot be changed. Nothing was saved.");
            }

            var result = change(await SectionsAsync(db.Sections, organizationId, cancellationToken));
            if (!result.IsSaved)
            {
                return result;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A text saved in the editor in between: nothing of this change is kept.
                db.ChangeTracker.Clear();
                return OrderChanged(Of(await SectionsAsync(db.Sections.AsNoTracking(), organizationId, cancellationToken), year).Sections);
            }

            if (await DefinitionWrites.BrokenAsync(db, time, organizationId, cancellationToken) is { } broken)
            {
                return broken;
            }

            return result;
        });

    private static YearSections Of(List<SectionRow> all, int year)
    {
        List<SectionRow> ofYear = [.. all.Where(s => s.Year == year)];
        return new(year, ofYear, [.. all.Where(s => s.Year is null)], OrderOf(ofYear),
            [.. all.Select(s => s.Year).OfType<int>().Where(y => y < year).Distinct().OrderDescending()]);
    }

    /// <summary>All the organization's sections in the report's order (the id settles a tie of positions).</summary>
    private static Task<List<SectionRow>> SectionsAsync(IQueryable<SectionRow> sections, string organizationId, CancellationToken cancellationToken) =>
        sections.Where(s => s.OrganizationId == organizationId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>Positions 0, 1, 2 … in the order given; only rows whose position changes are written.</summary>
    private static void Renumber(List<SectionRow> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i].Position != i)
            {
                order[i].Position = i;
            }
        }
    }

    /// <summary>"inledning" and "inledning-2025" both copy from 2025 as "inledning".</summary>
    private static string CopyStem(string id, int fromYear)
    {
        var suffix = "-" + Year(fromYear);
        return id.Length > suffix.Length && id.EndsWith(suffix, StringComparison.Ordinal) ? id[..^suffix.Length] : id;
    }

    /// <summary>"&lt;stem&gt;-&lt;year&gt;", with "-2" and on when it is taken; never longer than an id may be.</summary>
    private static string UniqueId(string stem, int year, HashSet<string> taken)
    {
        var suffix = "-" + Year(year);
        stem = stem[..Math.Min(stem.Length, IdLength - suffix.Length - 4)].TrimEnd('-');
        var id = stem + suffix;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{stem}{suffix}-{n}");
        }

        return id;
    }

    private static EditResult OrderChanged(IEnumerable<SectionRow> ofYear) =>
        new(EditStatus.Conflict, "Redovisningens textavsnitt har ändrats av någon annan sedan du öppnade sidan. Inget sparades; se avsnitten som de är nu och försök igen.",
            "Someone else has changed the report's text sections since you opened the page. Nothing was saved; see the sections as they are now and try again.",
            null, OrderText(ofYear));

    private static EditResult SectionMissing(string id) =>
        new(EditStatus.NotFound, $"Textavsnittet '{id}' finns inte längre. Inget sparades.", $"The text section '{id}' no longer exists. Nothing was saved.");

    /// <summary>A section as the history keeps it, as the editor writes it.</summary>
    private static string Describe(SectionRow section) => $"{section.Title}\n\n{section.Markdown}";

    private static string OrderText(IEnumerable<SectionRow> sections) => string.Join("\n", sections.Select((s, i) => $"{i + 1}. {s.Title}"));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
