using System.Text.Json;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.Surveys;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Surveys;

/// <summary>A unit's stored answer to a survey, with its version and who saved and submitted it.</summary>
public sealed record StoredResponse(SurveyResponse Response, int Version, string ChangedBy, DateTimeOffset ChangedAt, string? SubmittedBy, DateTimeOffset? SubmittedAt);

/// <summary>A year's survey as stored: its definition (with the units it was sent to), the definition's version and every unit's answer so far.</summary>
public sealed record SurveyState(Survey Survey, int DefinitionVersion, IReadOnlyList<StoredResponse> Responses)
{
    public StoredResponse? ResponseOf(string unitId) => Responses.FirstOrDefault(r => r.Response.UnitId == unitId);
}

/// <summary>A unit's answer as a reporter saves it: a draft, or submitted (once) when <paramref name="Submit"/> is set. Made from the version read (null: no answer yet).</summary>
public sealed record ResponseChange(
    string OrganizationId,
    string SurveyId,
    string UnitId,
    IReadOnlyList<StatementAnswer> Answers,
    IReadOnlyList<FreeTextAnswer> FreeTexts,
    bool Submit,
    int? ReadVersion,
    string ChangedBy);

/// <summary>
/// The self-assessment survey's stored side: the admin defines a year's survey and sends it to org
/// units, each unit's reporter saves drafts and submits once, the admin can reopen a submitted answer.
/// Every change is checked against the version it was made from and the year's round, and written with its history.
/// Who may do what (a reporter only for their units) is decided by the caller.
/// </summary>
public sealed class SurveyDesk(HallbarDbContext db, TimeProvider time)
{
    private const string SurveySubject = "survey";
    private const string ResponseSubject = "survey-response";

    private readonly HallbarDbContext _db = db;
    private readonly TimeProvider _time = time;

    /// <summary>The organization's surveys, newest year first.</summary>
    public async Task<IReadOnlyList<Survey>> ListAsync(string organizationId, CancellationToken cancellationToken = default) =>
        await OrganizationAsync(organizationId, cancellationToken) is { } organization
            ? [.. (ModelStore.Definition(organization).Surveys ?? []).Select(SurveyMapping.ToSurvey).OrderByDescending(s => s.Year)]
            : [];

    /// <summary>The year's survey and its answers; null when the year has none.</summary>
    public async Task<SurveyState?> ReadAsync(string organizationId, int year, CancellationToken cancellationToken = default)
    {
        if (await OrganizationAsync(organizationId, cancellationToken) is not { } organization)
        {
            return null;
        }

        var definition = ModelStore.Definition(organization);
        if (definition.Surveys?.FirstOrDefault(s => s.Year == year) is not { } survey)
        {
            return null;
        }

        var responses = await ResponsesAsync(organization, definition, survey, forWrite: false, cancellationToken);
        return new SurveyState(SurveyMapping.ToSurvey(survey), definition.SurveyVersion(survey.Id), [.. responses.Select(Stored)]);
    }

    /// <summary>
    /// Creates the year's survey (readVersion null) or replaces its definition. Refused: a statement,
    /// category or question removed that submitted or draft answers use; a survey of a locked round's year.
    /// The units a survey was sent to are given when it is created; later they stay as they are, and <see cref="SendAsync"/> adds to them.
    /// </summary>
    public Task<EditResult> SaveSurveyAsync(string organizationId, Survey survey, int? readVersion, string changedBy, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            if (await OrganizationAsync(organizationId, cancellationToken) is not { } organization)
            {
                return EditResult.OrganizationMissing(organizationId);
            }

            var definition = ModelStore.Definition(organization);
            var surveys = definition.Surveys ?? [];
            var existing = surveys.FirstOrDefault(s => s.Id == survey.Id);
            if (existing is null && readVersion is not null)
            {
                return new(EditStatus.NotFound, $"Enkäten '{survey.Id}' finns inte längre. Inget sparades.", $"The survey '{survey.Id}' no longer exists. Nothing was saved.");
            }

            if (existing is not null && readVersion != definition.SurveyVersion(existing.Id))
            {
                return SurveyConflict(existing, definition, readVersion is null
                    ? ($"Det finns redan en enkät med id '{survey.Id}'. Inget sparades; utgå från den som finns.",
                        $"There is already a survey with the id '{survey.Id}'. Nothing was saved; start from the one that exists.")
                    : ("Enkäten har ändrats av någon annan sedan du öppnade den. Inget sparades; jämför och försök igen.",
                        "Someone else has changed the survey since you opened it. Nothing was saved; compare and try again."));
            }

            if (surveys.FirstOrDefault(s => s.Year == survey.Year && s.Id != survey.Id) is { } other)
            {
                return new(EditStatus.Invalid, $"Det finns redan en enkät för {survey.Year} ({other.Title}); ett år har en enkät.",
                    $"There is already a survey for {survey.Year} ({other.Title}); a year has one survey.");
            }

            foreach (var year in new[] { existing?.Year, survey.Year }.OfType<int>().Distinct())
            {
                if (await LockedAsync(organizationId, year, cancellationToken) is { } locked)
                {
                    return locked;
                }
            }

            var units = await UnitsAsync(organizationId, cancellationToken);
            var dto = SurveyMapping.ToDto(survey);
            if (existing is null)
            {
                if (dto.SentTo?.FirstOrDefault(u => !units.ContainsKey(u)) is { } unknown)
                {
                    return UnitMissing(unknown);
                }

                dto.SentTo = dto.SentTo?.Distinct(StringComparer.Ordinal).ToList();
            }
            else
            {
                dto.SentTo = existing.SentTo;
            }

            var changed = existing is null ? [.. surveys, dto] : surveys.Select(s => s.Id == dto.Id ? dto : s).ToList();
            var problem = ChildRightsProblem(definition, changed);
            if (problem is null && existing is not null)
            {
                var responses = await ResponsesAsync(organization, definition, existing, forWrite: false, cancellationToken);
                problem = RemovedButAnswered(existing, dto, responses, units) ?? (existing.Year != dto.Year && responses.Count > 0
                    ? ($"Enkäten har redan svar från {Count(responses.Count, "enhet", "enheter")}, så året kan inte ändras.",
                        $"The survey already has answers from {Count(responses.Count, "unit", "units")}, so its year cannot be changed.")
                    : null);
            }

            if (problem is { } refused)
            {
                return NothingSaved(refused);
            }

            return await WriteSurveyAsync(organization, definition, existing, dto, changed, changedBy, existing is null ? "Enkäten skapad" : null,
                existing is null ? ("Enkäten är skapad.", "The survey is created.") : ("Enkäten är sparad.", "The survey is saved."), cancellationToken);
        });

    /// <summary>Sends the survey to more units (utskick); units already sent to stay. Refused for units the organization lacks.</summary>
    public Task<EditResult> SendAsync(string organizationId, string surveyId, IReadOnlyCollection<string> unitIds, string changedBy, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            if (await SurveyAsync(organizationId, surveyId, cancellationToken) is not { } found)
            {
                return await MissingAsync(organizationId, surveyId, cancellationToken);
            }

            var (organization, definition, survey) = found;
            if (unitIds.Count == 0)
            {
                return new(EditStatus.Invalid, "Välj minst en enhet att skicka enkäten till.", "Choose at least one unit to send the survey to.");
            }

            var units = await UnitsAsync(organizationId, cancellationToken);
            if (unitIds.FirstOrDefault(u => !units.ContainsKey(u)) is { } unknown)
            {
                return UnitMissing(unknown);
            }

            if (await LockedAsync(organizationId, survey.Year, cancellationToken) is { } locked)
            {
                return locked;
            }

            var sentTo = survey.SentTo ?? [];
            var added = unitIds.Distinct(StringComparer.Ordinal).Where(u => !sentTo.Contains(u, StringComparer.Ordinal)).ToList();
            var version = definition.SurveyVersion(survey.Id);
            if (added.Count == 0)
            {
                return EditResult.Saved(version, "Enkäten var redan utskickad till de valda enheterna; inget ändrades.",
                    "The survey was already sent to the chosen units; nothing was changed.");
            }

            var addedNames = added.Select(u => units[u]).ToList();
            var names = Names(addedNames, "och");
            var dto = Copy(survey);
            dto.SentTo = [.. sentTo, .. added];
            var changed = (definition.Surveys ?? []).Select(s => s.Id == dto.Id ? dto : s).ToList();
            return await WriteSurveyAsync(organization, definition, survey, dto, changed, changedBy, $"Utskick till {names}",
                ($"Enkäten är utskickad till {names}.", $"The survey is sent to {Names(addedNames, "and")}."), cancellationToken);
        });

    /// <summary>
    /// Takes a unit out of the survey's utskick (sent to it by mistake); its draft, if it has one, goes with it
    /// and is kept in the history. From the answer's version as read (null: none), so that a draft saved
    /// meanwhile is not removed unseen. Refused for an answer already submitted (it counts in the results:
    /// reopen it first) and in a locked round's year.
    /// </summary>
    public Task<EditResult> WithdrawAsync(
        string organizationId, string surveyId, string unitId, int? readVersion, string changedBy, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            if (await SurveyAsync(organizationId, surveyId, cancellationToken) is not { } found)
            {
                return await MissingAsync(organizationId, surveyId, cancellationToken);
            }

            var (organization, definition, survey) = found;
            var unitName = (await UnitsAsync(organizationId, cancellationToken)).GetValueOrDefault(unitId, unitId);
            var sentTo = survey.SentTo ?? [];
            if (!sentTo.Contains(unitId, StringComparer.Ordinal))
            {
                return new(EditStatus.Invalid, $"Enkäten är inte utskickad till {unitName}; inget ändrades.", $"The survey is not sent to {unitName}; nothing was changed.");
            }

            if (await LockedAsync(organizationId, survey.Year, cancellationToken) is { } locked)
            {
                return locked;
            }

            // The organization held first: an answer being saved (which holds it too) is either read below or waits, and then finds the survey changed.
            if (!await ClaimAsync(organization, organization.Definition, organization.UpdatedAt, cancellationToken))
            {
                return await CurrentSurveyConflictAsync(organizationId, surveyId, cancellationToken);
            }

            var row = (await ResponsesAsync(organization, definition, survey, forWrite: true, cancellationToken)).FirstOrDefault(r => r.UnitId == unitId);
            if (row?.Version != readVersion)
            {
                return ResponseConflict(row, ($"{unitName} har sparat svar sedan du öppnade sidan. Inget ändrades; se svaren och försök igen.",
                    $"{unitName} has saved answers since you opened the page. Nothing was changed; look at the answers and try again."));
            }

            if (row?.Status == SurveyMapping.Submitted)
            {
                return new(EditStatus.Invalid, $"{unitName} har redan skickat in sina svar, och de räknas i resultatet. Öppna svaren igen först om förvaltningen ska tas bort ur utskicket. Inget ändrades.",
                    $"{unitName} has already submitted its answers, and they count in the results. Reopen them first if the unit is to be taken out of the survey. Nothing was changed.");
            }

            if (row is not null)
            {
                _db.SurveyResponses.Remove(row);
                _db.AddChange(_time, organizationId, ResponseSubject, ResponseKey(surveyId, unitId), SurveyRows.Describe(SurveyRows.ToDto(row)), null, changedBy,
                    "Utkastet borttaget med utskicket");
            }

            var dto = Copy(survey);
            dto.SentTo = [.. sentTo.Where(u => u != unitId)];
            var changed = (definition.Surveys ?? []).Select(s => s.Id == dto.Id ? dto : s).ToList();
            return await WriteSurveyAsync(organization, definition, survey, dto, changed, changedBy, $"Utskicket till {unitName} återkallat",
                row is null
                    ? ($"{unitName} är borttagen ur utskicket.", $"{unitName} is taken out of the survey.")
                    : ($"{unitName} är borttagen ur utskicket, och dess utkast med den.", $"{unitName} is taken out of the survey, and its draft with it."),
                cancellationToken);
        });

    /// <summary>
    /// Saves a unit's draft or submits it. Refused: a unit the survey was not sent to, an answer already
    /// submitted (it must be reopened first), unknown statement, category or question ids, a locked round's year.
    /// Statements left without a category and empty free texts are left unanswered.
    /// </summary>
    public Task<EditResult> SaveResponseAsync(ResponseChange change, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            if (await SurveyAsync(change.OrganizationId, change.SurveyId, cancellationToken) is not { } found)
            {
                return await MissingAsync(change.OrganizationId, change.SurveyId, cancellationToken);
            }

            var (organization, definition, survey) = found;
            var units = await UnitsAsync(change.OrganizationId, cancellationToken);
            if (!units.TryGetValue(change.UnitId, out var unitName))
            {
                return UnitMissing(change.UnitId);
            }

            if (!(survey.SentTo ?? []).Contains(change.UnitId, StringComparer.Ordinal))
            {
                return new(EditStatus.Invalid, $"Enkäten är inte utskickad till {unitName}; bara de enheter den skickats till kan svara.",
                    $"The survey was not sent to {unitName}; only the units it was sent to can answer.");
            }

            var response = new SurveyResponseDto
            {
                Survey = survey.Id,
                Unit = change.UnitId,
                Status = change.Submit ? SurveyMapping.Submitted : SurveyMapping.Draft,
            };
            if (AnswerProblem(SurveyMapping.ToSurvey(survey), change, response) is { } problem)
            {
                return NothingSaved(problem);
            }

            if (await LockedAsync(change.OrganizationId, survey.Year, cancellationToken) is { } locked)
            {
                return locked;
            }

            var responses = await ResponsesAsync(organization, definition, survey, forWrite: true, cancellationToken);
            var row = responses.FirstOrDefault(r => r.UnitId == change.UnitId);
            if (row?.Version != change.ReadVersion)
            {
                return ResponseConflict(row, row is null
                    ? ("Svaret finns inte längre. Inget sparades.", "The answer no longer exists. Nothing was saved.")
                    : change.ReadVersion is null
                        ? ($"Någon annan har redan svarat för {unitName}. Inget sparades; jämför svaren och försök igen.",
                            $"Someone else has already answered for {unitName}. Nothing was saved; compare the answers and try again.")
                        : AnswerChanged);
            }

            if (row?.Status == SurveyMapping.Submitted)
            {
                return new(EditStatus.Locked, $"Svaret för {unitName} är redan inskickat. En administratör behöver öppna det igen innan det kan ändras.",
                    $"The answer for {unitName} is already submitted. An administrator needs to reopen it before it can be changed.");
            }

            var now = _time.GetUtcNow();
            var old = row is null ? null : SurveyRows.Describe(SurveyRows.ToDto(row));
            if (row is null)
            {
                var position = Math.Max(
                    await _db.SurveyResponses.Where(r => r.OrganizationId == change.OrganizationId).MaxAsync(r => (int?)r.Position, cancellationToken) ?? -1,
                    responses.Count == 0 ? -1 : responses.Max(r => r.Position)) + 1;
                row = SurveyRows.ToRow(change.OrganizationId, survey.Year, position, response, change.ChangedBy, now);
                _db.SurveyResponses.Add(row);
            }
            else
            {
                SurveyRows.Write(row, response, change.ChangedBy, now);
                row.Version++;
            }

            _db.AddChange(_time, change.OrganizationId, ResponseSubject, ResponseKey(survey.Id, change.UnitId), old, SurveyRows.Describe(response), change.ChangedBy,
                change.Submit ? "Inskickat" : "Utkast sparat");
            return await SaveResponseRowAsync(organization, row,
                change.Submit ? ($"Svaret för {unitName} är inskickat.", $"The answer for {unitName} is submitted.") : ("Utkastet är sparat.", "The draft is saved."),
                cancellationToken);
        });

    /// <summary>Makes a submitted answer a draft again so the unit can change it; the reason is kept in the history.</summary>
    public Task<EditResult> ReopenAsync(string organizationId, string surveyId, string unitId, string reason, int readVersion, string changedBy, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            if (await SurveyAsync(organizationId, surveyId, cancellationToken) is not { } found)
            {
                return await MissingAsync(organizationId, surveyId, cancellationToken);
            }

            var (organization, definition, survey) = found;
            var units = await UnitsAsync(organizationId, cancellationToken);
            var unitName = units.GetValueOrDefault(unitId, unitId);
            var responses = await ResponsesAsync(organization, definition, survey, forWrite: true, cancellationToken);
            if (responses.FirstOrDefault(r => r.UnitId == unitId) is not { } row)
            {
                return new(EditStatus.NotFound, $"{unitName} har inget svar på enkäten.", $"{unitName} has no answer to the survey.");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                return new(EditStatus.Invalid, "Ange varför svaret öppnas igen; skälet sparas i historiken.", "Say why the answer is reopened; the reason is kept in the history.");
            }

            if (await LockedAsync(organizationId, survey.Year, cancellationToken) is { } locked)
            {
                return locked;
            }

            if (row.Version != readVersion)
            {
                return ResponseConflict(row, ("Svaret har ändrats av någon annan sedan du öppnade det. Inget sparades; jämför och försök igen.",
                    "Someone else has changed the answer since you opened it. Nothing was saved; compare and try again."));
            }

            if (row.Status != SurveyMapping.Submitted)
            {
                return new(EditStatus.Invalid, $"Svaret för {unitName} är inte inskickat, så det finns inget att öppna igen.",
                    $"The answer for {unitName} is not submitted, so there is nothing to reopen.");
            }

            var before = SurveyRows.ToDto(row);
            var after = SurveyRows.ToDto(row);
            after.Status = SurveyMapping.Draft;
            SurveyRows.Write(row, after, changedBy, _time.GetUtcNow());
            row.Version++;
            _db.AddChange(_time, organizationId, ResponseSubject, ResponseKey(surveyId, unitId), SurveyRows.Describe(before), SurveyRows.Describe(after), changedBy, reason);
            return await SaveResponseRowAsync(organization, row,
                ($"Svaret för {unitName} är öppnat igen och är nu ett utkast.", $"The answer for {unitName} is reopened and is now a draft."), cancellationToken);
        });

    /// <summary>The history key of a unit's answer: "{surveyId}/{unitId}".</summary>
    public static string ResponseKey(string surveyId, string unitId) => $"{surveyId}/{unitId}";

    private Task<EditResult> InTransactionAsync(Func<Task<EditResult>> change) => DefinitionWrites.InTransactionAsync(_db, change);

    private Task<OrganizationRow?> OrganizationAsync(string organizationId, CancellationToken cancellationToken) =>
        _db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);

    private async Task<(OrganizationRow Organization, OrganizationDefinition Definition, SurveyDto Survey)?> SurveyAsync(
        string organizationId, string surveyId, CancellationToken cancellationToken)
    {
        if (await OrganizationAsync(organizationId, cancellationToken) is not { } organization)
        {
            return null;
        }

        var definition = ModelStore.Definition(organization);
        return definition.Surveys?.FirstOrDefault(s => s.Id == surveyId) is { } survey ? (organization, definition, survey) : null;
    }

    private async Task<EditResult> MissingAsync(string organizationId, string surveyId, CancellationToken cancellationToken) =>
        await OrganizationAsync(organizationId, cancellationToken) is null
            ? EditResult.OrganizationMissing(organizationId)
            : new(EditStatus.NotFound, $"Enkäten '{surveyId}' finns inte.", $"There is no survey '{surveyId}'.");


    private static EditResult UnitMissing(string unitId) =>
        new(EditStatus.Invalid, $"Enheten '{unitId}' finns inte i organisationen.", $"There is no unit '{unitId}' in the organization.");

    private static EditResult NothingSaved((string Swedish, string English) problem) =>
        new(EditStatus.Invalid, problem.Swedish + " Inget sparades.", problem.English + " Nothing was saved.");

    private async Task<EditResult?> LockedAsync(string organizationId, int year, CancellationToken cancellationToken) =>
        await new Editor(_db, _time).RoundAsync(organizationId, year, cancellationToken) is { IsLocked: true }
            ? new(EditStatus.Locked, $"Rapportomgången {year} är godkänd och låst; enkäten och svaren kan inte ändras.",
                $"The reporting round {year} is approved and locked; the survey and its answers cannot be changed.")
            : null;

    /// <summary>The organization's units by id, with their names.</summary>
    private async Task<Dictionary<string, string>> UnitsAsync(string organizationId, CancellationToken cancellationToken) =>
        await _db.OrgUnits.AsNoTracking().Where(u => u.OrganizationId == organizationId).ToDictionaryAsync(u => u.Id, u => u.Name, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// The survey's stored answers. A survey whose answers an older definition still holds gets them
    /// as rows; for a change (<paramref name="forWrite"/>) they are added, so that they are stored with it.
    /// </summary>
    private async Task<List<SurveyResponseRow>> ResponsesAsync(
        OrganizationRow organization, OrganizationDefinition definition, SurveyDto survey, bool forWrite, CancellationToken cancellationToken)
    {
        var query = forWrite ? _db.SurveyResponses : _db.SurveyResponses.AsNoTracking();
        var rows = await query.Where(r => r.OrganizationId == organization.Id && r.SurveyId == survey.Id).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        if (rows.Count > 0 || definition.SurveyResponses is not { Count: > 0 } older)
        {
            return rows;
        }

        rows = [.. older.Select((r, i) => (Response: r, Position: i)).Where(r => r.Response.Survey == survey.Id)
            .Select(r => SurveyRows.ToRow(organization.Id, survey.Year, r.Position, r.Response, "import", organization.UpdatedAt))];
        if (forWrite)
        {
            _db.SurveyResponses.AddRange(rows);
        }

        return rows;
    }

    private static StoredResponse Stored(SurveyResponseRow row) =>
        new(SurveyMapping.ToResponse(SurveyRows.ToDto(row)), row.Version, row.ChangedBy, row.ChangedAt, row.SubmittedBy, row.SubmittedAt);

    /// <summary>The first answer that names what the survey lacks or names a statement or question twice; it is put in <paramref name="response"/> otherwise.</summary>
    private static (string Swedish, string English)? AnswerProblem(Survey survey, ResponseChange change, SurveyResponseDto response)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in change.Answers.Where(a => !string.IsNullOrWhiteSpace(a.CategoryId)))
        {
            if (survey.Statement(answer.StatementId) is null)
            {
                return ($"Påståendet '{answer.StatementId}' finns inte i enkäten.", $"There is no statement '{answer.StatementId}' in the survey.");
            }

            if (survey.Category(answer.CategoryId) is null)
            {
                return ($"Svarsalternativet '{answer.CategoryId}' (påstående '{answer.StatementId}') finns inte på enkätens skala; välj bland {Names(survey.Scale.Select(c => c.Label), "och")}.",
                    $"There is no answer option '{answer.CategoryId}' (statement '{answer.StatementId}') on the survey's scale; choose one of {Names(survey.Scale.Select(c => c.Label), "or")}.");
            }

            if (!answers.TryAdd(answer.StatementId, answer.CategoryId))
            {
                return ($"Påståendet '{answer.StatementId}' är besvarat två gånger.", $"The statement '{answer.StatementId}' is answered twice.");
            }
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in change.FreeTexts.Where(t => !string.IsNullOrWhiteSpace(t.Text)))
        {
            if (survey.Question(text.QuestionId) is null)
            {
                return ($"Frågan '{text.QuestionId}' finns inte i enkäten.", $"There is no question '{text.QuestionId}' in the survey.");
            }

            if (!texts.TryAdd(text.QuestionId, text.Text))
            {
                return ($"Frågan '{text.QuestionId}' är besvarad två gånger.", $"The question '{text.QuestionId}' is answered twice.");
            }
        }

        response.Answers = answers.Count == 0 ? null : answers;
        response.FreeTexts = texts.Count == 0 ? null : texts;
        return null;
    }

    /// <summary>The first statement, response category or free-text question the new definition drops that stored answers (drafts too) still use.</summary>
    private static (string Swedish, string English)? RemovedButAnswered(SurveyDto before, SurveyDto after, List<SurveyResponseRow> responses, Dictionary<string, string> units)
    {
        var answers = responses.Select(SurveyRows.ToDto).ToList();
        (string, string)? Used(IEnumerable<(string Id, string Text)> was, IEnumerable<string> kept, Func<SurveyResponseDto, string, bool> uses, string what, string whatEnglish)
        {
            var remaining = kept.ToHashSet(StringComparer.Ordinal);
            foreach (var (id, text) in was.Where(w => !remaining.Contains(w.Id)))
            {
                var by = answers.Where(a => uses(a, id)).Select(a => units.GetValueOrDefault(a.Unit, a.Unit)).ToList();
                if (by.Count > 0)
                {
                    return ($"{what} '{id}' ({text}) kan inte tas bort: {Names(by, "och")} har använt det i sina svar.",
                        $"{whatEnglish} '{id}' ({text}) cannot be removed: {Names(by, "and")} {(by.Count == 1 ? "has" : "have")} used it in their answers.");
                }
            }

            return null;
        }

        return Used(before.Themes.SelectMany(t => t.Statements).Select(s => (s.Id, s.Text)), after.Themes.SelectMany(t => t.Statements).Select(s => s.Id),
                (a, id) => a.Answers?.ContainsKey(id) == true, "Påståendet", "The statement")
            ?? Used(before.Scale.Select(c => (c.Id, c.Label)), after.Scale.Select(c => c.Id),
                (a, id) => a.Answers?.ContainsValue(id) == true, "Svarsalternativet", "The answer option")
            ?? Used((before.Questions ?? []).Select(q => (q.Id, q.Text)), (after.Questions ?? []).Select(q => q.Id),
                (a, id) => a.FreeTexts?.ContainsKey(id) == true, "Frågan", "The question");
    }

    /// <summary>A barnbokslut's survey theme must still be in its year's survey.</summary>
    private static (string Swedish, string English)? ChildRightsProblem(OrganizationDefinition definition, List<SurveyDto> surveys) =>
        (definition.ChildRights ?? [])
            .Where(c => c.SurveyTheme is { } theme && !surveys.Any(s => s.Year == c.Year && s.Themes.Any(t => t.Id == theme)))
            .Select(c => ((string, string)?)($"Barnbokslutet {c.Year} redovisar temat '{c.SurveyTheme}' ur årets enkät, så temat kan inte tas bort.",
                $"The child rights report {c.Year} reports the theme '{c.SurveyTheme}' from the year's survey, so the theme cannot be removed."))
            .FirstOrDefault();

    /// <summary>
    /// Writes the organization's definition with the survey changed and its version raised, if it is
    /// still the one read: a change made in between (by anyone, to any survey) is a conflict.
    /// </summary>
    private async Task<EditResult> WriteSurveyAsync(OrganizationRow organization, OrganizationDefinition definition, SurveyDto? before, SurveyDto after,
        List<SurveyDto> surveys, string changedBy, string? reason, (string Swedish, string English) message, CancellationToken cancellationToken)
    {
        var (old, now) = (before is null ? null : SurveyJson(before), SurveyJson(after));
        var version = before is null ? 1 : definition.SurveyVersion(before.Id);
        if (old == now)
        {
            return EditResult.Saved(version, "Inget ändrades.", "Nothing was changed.");
        }

        version = before is null ? 1 : version + 1;
        var versions = new Dictionary<string, int>(definition.SurveyVersions ?? [], StringComparer.Ordinal) { [after.Id] = version };
        var text = ModelStore.Serialize(definition with { Surveys = surveys, SurveyVersions = versions });
        var at = _time.GetUtcNow();
        if (!await ClaimAsync(organization, text, at, cancellationToken))
        {
            return await CurrentSurveyConflictAsync(organization.Id, after.Id, cancellationToken);
        }

        _db.AddChange(_time, organization.Id, SurveySubject, after.Id, old, now, changedBy, reason);
        await _db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved(version, message.Swedish, message.English);
    }

    private Task<bool> ClaimAsync(OrganizationRow organization, string definition, DateTimeOffset at, CancellationToken cancellationToken) =>
        DefinitionWrites.ClaimAsync(_db, organization, definition, at, cancellationToken);

    private async Task<EditResult> SaveResponseRowAsync(OrganizationRow organization, SurveyResponseRow row, (string Swedish, string English) message, CancellationToken cancellationToken)
    {
        var isNew = _db.Entry(row).State == EntityState.Added;
        // The survey as read decided what the answer may name: it must still be the same when the answer is written.
        if (!await ClaimAsync(organization, organization.Definition, organization.UpdatedAt, cancellationToken))
        {
            _db.ChangeTracker.Clear();
            return await CurrentSurveyConflictAsync(organization.Id, row.SurveyId, cancellationToken);
        }

        try
        {
            await _db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved(row.Version, message.Swedish, message.English);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || isNew)
        {
            // Someone else's answer for the unit got in between the read and this write: nothing of this change is kept.
            var (surveyId, unitId) = (row.SurveyId, row.UnitId);
            _db.ChangeTracker.Clear();
            var current = await _db.SurveyResponses.AsNoTracking()
                .SingleOrDefaultAsync(r => r.OrganizationId == organization.Id && r.SurveyId == surveyId && r.UnitId == unitId, cancellationToken);
            return ResponseConflict(current, AnswerChanged);
        }
    }

    private static readonly (string Swedish, string English) AnswerChanged = (
        "Svaret har ändrats av någon annan sedan du öppnade det. Inget sparades; jämför svaren och försök igen.",
        "Someone else has changed the answer since you opened it. Nothing was saved; compare the answers and try again.");

    private static EditResult ResponseConflict(SurveyResponseRow? current, (string Swedish, string English) message) =>
        new(EditStatus.Conflict, message.Swedish, message.English, null, current is null ? null : SurveyRows.Describe(SurveyRows.ToDto(current)), current?.Version);

    private static EditResult SurveyConflict(SurveyDto current, OrganizationDefinition definition, (string Swedish, string English) message) =>
        new(EditStatus.Conflict, message.Swedish, message.English, null, SurveyJson(current), definition.SurveyVersion(current.Id));

    private async Task<EditResult> CurrentSurveyConflictAsync(string organizationId, string surveyId, CancellationToken cancellationToken)
    {
        (string Swedish, string English) message = ("Enkäten har ändrats av någon annan under tiden. Inget sparades; läs in den igen och försök på nytt.",
            "Someone else has changed the survey in the meantime. Nothing was saved; reload it and try again.");
        var organization = await OrganizationAsync(organizationId, cancellationToken);
        var definition = organization is null ? null : ModelStore.Definition(organization);
        return definition?.Surveys?.FirstOrDefault(s => s.Id == surveyId) is { } current
            ? SurveyConflict(current, definition, message)
            : new(EditStatus.Conflict, message.Swedish, message.English);
    }

    private static string SurveyJson(SurveyDto survey) => JsonSerializer.Serialize(survey, ModelStore.Json);

    private static SurveyDto Copy(SurveyDto survey) => JsonSerializer.Deserialize<SurveyDto>(SurveyJson(survey), ModelStore.Json)!;

    /// <summary>"A", "A och B", "A, B och C" (or "and", "or" in English).</summary>
    private static string Names(IEnumerable<string> names, string and)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Join(string.Empty, list) : $"{string.Join(", ", list.SkipLast(1))} {and} {list[^1]}";
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
