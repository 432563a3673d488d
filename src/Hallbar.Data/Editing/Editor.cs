using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hallbar.Data.Rows;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Periods;
using Hallbar.Domain.Rounds;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Editing;

/// <summary>
/// Changes to stored values, one at a time: each checked against the version it was made from,
/// against the year's reporting round, and written together with its history, or not at all.
/// </summary>
public sealed class Editor(HallbarDbContext db, TimeProvider time)
{
    public async Task<(OutcomeRow? Outcome, ReportingRound? Round)> ReadOutcomeAsync(
        string organizationId, string measureId, string period, string? seriesId = null, string? orgUnitId = null, CancellationToken cancellationToken = default)
    {
        var row = await OutcomeAt(db.Outcomes.AsNoTracking(), organizationId, measureId, period, seriesId, orgUnitId).SingleOrDefaultAsync(cancellationToken);
        return (row, Period.TryParse(period) is { } p ? await RoundAsync(organizationId, p.Year, cancellationToken) : null);
    }

    public async Task<EditResult> SetOutcomeAsync(OutcomeChange change, CancellationToken cancellationToken = default)
    {
        if (Period.TryParse(change.Period) is not { } period)
        {
            return new(EditStatus.Invalid, $"'{change.Period}' är ingen period: skriv ett år (2025), ett kvartal (2025-Q2) eller en månad (2025-03).",
                $"'{change.Period}' is not a period: write a year (2025), a quarter (2025-Q2) or a month (2025-03).");
        }

        var measure = await db.Measures.AsNoTracking().SingleOrDefaultAsync(m => m.OrganizationId == change.OrganizationId && m.Id == change.MeasureId, cancellationToken);
        if (measure is null)
        {
            return MeasureMissing(change.MeasureId);
        }

        if (Problem(change, measure.Kind) is { } problem)
        {
            return new(EditStatus.Invalid, problem.Swedish, problem.English);
        }

        var round = await RoundAsync(change.OrganizationId, period.Year, cancellationToken);
        var restatement = round?.IsLocked == true;
        if (restatement && string.IsNullOrWhiteSpace(change.Reason))
        {
            return new(EditStatus.Locked, $"Rapportomgången {period.Year} är godkänd och låst. En ändring är en omräkning och kräver ett skäl, som blir fotnoten i redovisningen.",
                $"The reporting round {period.Year} is approved and locked. A change is a restatement and needs a reason, which becomes the footnote in the report.");
        }

        var (series, unit) = (change.SeriesId ?? string.Empty, change.OrgUnitId ?? string.Empty);
        var row = await OutcomeAt(db.Outcomes, change.OrganizationId, change.MeasureId, change.Period, series, unit).SingleOrDefaultAsync(cancellationToken);
        if (row?.Version != change.ReadVersion)
        {
            return Conflict(row, change.ReadVersion);
        }

        var old = row is null ? null : Describe(row);
        if (row is null)
        {
            row = new OutcomeRow
            {
                OrganizationId = change.OrganizationId,
                MeasureId = change.MeasureId,
                Period = change.Period,
                SeriesId = series,
                OrgUnitId = unit,
                Position = await db.Outcomes.CountAsync(o => o.OrganizationId == change.OrganizationId && o.MeasureId == change.MeasureId, cancellationToken),
            };
            db.Outcomes.Add(row);
        }

        var oldValue = row.Value;
        row.Value = change.Value;
        row.Text = change.Text;
        row.MissingReason = change.MissingReason;
        row.Source = change.Source;
        row.Comment = change.Comment;
        row.Version = (change.ReadVersion ?? 0) + 1;
        var now = time.GetUtcNow();
        if (restatement)
        {
            db.Restatements.Add(new RestatementRow
            {
                OrganizationId = change.OrganizationId,
                MeasureId = change.MeasureId,
                Period = change.Period,
                SeriesId = series,
                OrgUnitId = unit,
                Position = await db.Restatements.CountAsync(r => r.OrganizationId == change.OrganizationId && r.MeasureId == change.MeasureId, cancellationToken),
                OldValue = oldValue,
                NewValue = change.Value,
                RestatedIn = await RestatedInAsync(change.OrganizationId, period.Year, cancellationToken),
                Date = DateOnly.FromDateTime(now.UtcDateTime),
                Reason = change.Reason!,
            });
        }

        db.Changes.Add(new ChangeRow
        {
            OrganizationId = change.OrganizationId,
            Subject = "outcome",
            Key = OutcomeKey(change.MeasureId, change.Period, series, unit),
            OldValue = old,
            NewValue = Describe(row),
            ChangedBy = change.ChangedBy,
            ChangedAt = now,
            Reason = change.Reason,
            IsRestatement = restatement,
        });

        // The value must also fit the whole (a year within the goal's range, a unit's value not beside its
        // parent's, a year not given both whole and by quarters): checked before it is committed, so that
        // no edit can leave the organization's model unreadable. An import checks once for all its rows.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var (message, english) = restatement
            ? ($"Sparat som omräkning av {change.Period}; fotnoten i redovisningen: \"{change.Reason}\".",
                $"Saved as a restatement of {change.Period}; the footnote in the report: \"{change.Reason}\".")
            : ("Sparat.", "Saved.");
        var saved = await SaveAsync(row.Version, () => ReReadAsync(change, cancellationToken), old is null, message, english, cancellationToken);
        if (transaction is null || saved.Status != EditStatus.Saved)
        {
            return saved;
        }

        if (await new ModelStore(db, time).ReadAsync(change.OrganizationId, cancellationToken) is { IsValid: false } broken)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            string Errors(bool english) => string.Join("; ", broken.Errors.Select(e => e.Reason(english)));
            return new(EditStatus.Invalid, "Värdet går inte ihop med resten av modellen, så inget sparades: " + Errors(english: false),
                "The value does not fit the rest of the model, so nothing was saved: " + Errors(english: true));
        }

        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    public async Task<EditResult> SetAssessmentAsync(AssessmentChange change, CancellationToken cancellationToken = default)
    {
        var model = await new ModelStore(db, time).LoadAsync(change.OrganizationId, cancellationToken);
        if (model is null)
        {
            return EditResult.OrganizationMissing(change.OrganizationId);
        }

        var subject = change.SubjectId ?? string.Empty;
        var assessed = ModelAssessor.Assess(model, change.Year).DescendantsAndSelf()
            .FirstOrDefault(r => subject.Length == 0 ? r.Level == AssessmentLevel.Overall : r.Id == subject && r.Level != AssessmentLevel.Overall);
        if (assessed is null)
        {
            return new(EditStatus.NotFound, $"'{subject}' är inget mätetal eller mål som redovisas {change.Year}.",
                $"'{subject}' is not a measure or goal reported in {change.Year}.");
        }

        var scale = change.ScaleId is null ? assessed.Scale : model.Scales.FirstOrDefault(s => s.Id == change.ScaleId);
        if (scale?.Find(change.GradeId) is not { } grade)
        {
            var (name, grades) = (scale?.Name ?? change.ScaleId, string.Join(", ", (scale ?? assessed.Scale).Grades.Select(g => g.Label)));
            return new(EditStatus.Invalid, $"'{change.GradeId}' är ingen bedömning på skalan {name}; välj bland {grades}.",
                $"'{change.GradeId}' is not a grade on the scale {name}; choose one of {grades}.");
        }

        if (change.ScaleId is null && assessed.Suggestion is { } suggested && suggested.Id != grade.Id && string.IsNullOrWhiteSpace(change.Motivation))
        {
            return new(EditStatus.Invalid, $"Regeln föreslår {suggested.Label}; motivera varför bedömningen blir {grade.Label}.",
                $"The rule suggests {suggested.Label}; give a motivation for why the assessment is {grade.Label}.");
        }

        if (await RoundAsync(change.OrganizationId, change.Year, cancellationToken) is { IsLocked: true })
        {
            return new(EditStatus.Locked, $"Rapportomgången {change.Year} är godkänd och låst; bedömningarna kan inte ändras.",
                $"The reporting round {change.Year} is approved and locked; the assessments cannot be changed.");
        }

        var scaleKey = change.ScaleId ?? string.Empty;
        var row = await db.Assessments.SingleOrDefaultAsync(a => a.OrganizationId == change.OrganizationId && a.SubjectId == subject
            && a.Year == change.Year && a.ScaleId == scaleKey, cancellationToken);
        if (row?.Version != change.ReadVersion)
        {
            return new(EditStatus.Conflict, "Bedömningen har ändrats av någon annan sedan du läste den. Inget sparades.",
                "Someone else has changed the assessment since you read it. Nothing was saved.", null,
                row is null ? null : $"{row.GradeId}: {row.Motivation}", row?.Version);
        }

        var old = row is null ? null : $"{row.GradeId}: {row.Motivation}";
        if (row is null)
        {
            row = new AssessmentRow { OrganizationId = change.OrganizationId, SubjectId = subject, Year = change.Year, ScaleId = scaleKey, GradeId = change.GradeId };
            db.Assessments.Add(row);
        }

        row.GradeId = grade.Id;
        row.Motivation = change.Motivation;
        row.Version = (change.ReadVersion ?? 0) + 1;
        var key = string.Join('/', new[] { subject.Length == 0 ? "overall" : subject, Year(change.Year), scaleKey }).TrimEnd('/');
        db.AddChange(time, change.OrganizationId, "assessment", key, old, $"{row.GradeId}: {row.Motivation}", change.ChangedBy, change.Motivation);
        return await SaveAsync(row.Version, async () =>
        {
            var current = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.OrganizationId == change.OrganizationId && a.SubjectId == subject
                && a.Year == change.Year && a.ScaleId == scaleKey, cancellationToken);
            return (current is null ? null : $"{current.GradeId}: {current.Motivation}", current?.Version);
        }, old is null, $"Bedömningen är satt till {grade.Label}.", $"The assessment is set to {grade.Label}.", cancellationToken);
    }

    public async Task<EditResult> SetSectionAsync(SectionChange change, CancellationToken cancellationToken = default)
    {
        var row = await db.Sections.SingleOrDefaultAsync(s => s.OrganizationId == change.OrganizationId && s.Id == change.SectionId, cancellationToken);
        if (row is null)
        {
            return new(EditStatus.NotFound, $"Textavsnittet '{change.SectionId}' finns inte.", $"There is no text section '{change.SectionId}'.");
        }

        if (string.IsNullOrWhiteSpace(change.Title))
        {
            return new(EditStatus.Invalid, "Ett textavsnitt har en rubrik.", "A text section must have a heading.");
        }

        if (row.Year is { } year && await RoundAsync(change.OrganizationId, year, cancellationToken) is { IsLocked: true })
        {
            return new(EditStatus.Locked, $"Rapportomgången {year} är godkänd och låst; texten kan inte ändras.",
                $"The reporting round {year} is approved and locked; the text cannot be changed.");
        }

        if (row.Version != change.ReadVersion)
        {
            return new(EditStatus.Conflict, "Texten har ändrats av någon annan sedan du öppnade den. Inget sparades; jämför texterna.",
                "Someone else has changed the text since you opened it. Nothing was saved; compare the texts.", null, row.Markdown, row.Version);
        }

        db.AddChange(time, change.OrganizationId, "section", change.SectionId, $"{row.Title}\n\n{row.Markdown}", $"{change.Title}\n\n{change.Markdown}", change.ChangedBy, null);
        row.Title = change.Title;
        row.Markdown = change.Markdown;
        row.Version = change.ReadVersion + 1;
        return await SaveAsync(row.Version, async () =>
        {
            var current = await db.Sections.AsNoTracking().SingleAsync(s => s.OrganizationId == change.OrganizationId && s.Id == change.SectionId, cancellationToken);
            return (current.Markdown, current.Version);
        }, isNew: false, "Texten är sparad.", "The text is saved.", cancellationToken);
    }

    /// <summary>A measure's targets as stored, to show and to edit from; null when there is no such measure.</summary>
    public async Task<MeasureTargets?> ReadTargetsAsync(string organizationId, string measureId, CancellationToken cancellationToken = default) =>
        await db.Measures.AsNoTracking().SingleOrDefaultAsync(m => m.OrganizationId == organizationId && m.Id == measureId, cancellationToken) is { } row
            ? TargetsOf(row)
            : null;

    /// <summary>
    /// Replaces all of a measure's targets (målvärden), given in the model file's JSON shape and
    /// checked as the model file reader checks a file (its JSON, its shape against the schema, its
    /// meaning: a target year after the goal's, a kind the measure or its rule cannot use, a base
    /// year other than the measure's); every problem is returned with where (the JSON path from the
    /// measure: <c>targets[0].year</c>) and why, and nothing is written. A reason is always
    /// required, and the change is kept in the measure's history (subject "targets", key the measure id).
    /// </summary>
    /// <remarks>
    /// Targets are not tied to one year: they decide the rule's suggestion in every year the measure
    /// is reported, so also in reporting rounds already approved or published. Those rounds stay as
    /// they were approved: where the approved final assessment of the measure was the rule's
    /// suggestion, which the new targets would change, it is kept as a final assessment set by hand,
    /// with a motivation naming the targets it was made against. The rule's new suggestion then
    /// shows beside it as differing, and the change is marked in the history as a restatement.
    /// Without a reason the change is refused: as <see cref="EditStatus.Locked"/> when a round is
    /// approved or published, otherwise as <see cref="EditStatus.Invalid"/>.
    /// </remarks>
    public async Task<EditResult> SetTargetsAsync(TargetsChange change, CancellationToken cancellationToken = default)
    {
        var row = await db.Measures.SingleOrDefaultAsync(m => m.OrganizationId == change.OrganizationId && m.Id == change.MeasureId, cancellationToken);
        if (row is null)
        {
            return MeasureMissing(change.MeasureId);
        }

        var lockedYears = await db.Rounds.AsNoTracking()
            .Where(r => r.OrganizationId == change.OrganizationId && (r.State == nameof(RoundState.Approved) || r.State == nameof(RoundState.Published)))
            .Select(r => r.Year)
            .OrderBy(y => y)
            .ToListAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(change.Reason))
        {
            return lockedYears.Count > 0
                ? new(EditStatus.Locked,
                    (lockedYears.Count == 1 ? $"Rapportomgången {Years(lockedYears, "och")} är godkänd och låst" : $"Rapportomgångarna {Years(lockedYears, "och")} är godkända och låsta")
                        + ", och målvärdena avgör hur mätetalet bedöms där. En ändring kräver ett skäl, som sparas i historiken.",
                    (lockedYears.Count == 1 ? $"The reporting round {Years(lockedYears, "and")} is approved and locked" : $"The reporting rounds {Years(lockedYears, "and")} are approved and locked")
                        + ", and the targets decide how the measure is assessed there. A change needs a reason, which is kept in the history.")
                : new(EditStatus.Invalid, "Ange varför målvärdena ändras; skälet sparas i historiken.", "Say why the targets are changed; the reason is kept in the history.");
        }

        var current = TargetsOf(row);
        if (row.Version != change.ReadVersion)
        {
            return new(EditStatus.Conflict, "Målvärdena har ändrats av någon annan sedan du läste dem. Inget sparades; jämför målvärdena och försök igen.",
                "Someone else has changed the targets since you read them. Nothing was saved; compare the targets and try again.", null, current.Text, current.Version);
        }

        if (JsonProblem(change.Targets) is { } notJson)
        {
            return new(EditStatus.Invalid, $"Målvärdena sparades inte: {notJson.Swedish}", $"The targets were not saved: {notJson.English}");
        }

        var stored = await new ModelStore(db, time).ReadDtoAsync(change.OrganizationId, cancellationToken)
            ?? throw new InvalidOperationException($"The measure '{change.MeasureId}' has no organization.");
        var before = ModelFileReader.FromDto(stored).Model
            ?? throw new InvalidOperationException($"The stored model of '{change.OrganizationId}' does not hold together.");
        var (read, measurePath) = ReadWithTargets(stored, change.MeasureId, change.Targets);
        if (read.Model is not { } after)
        {
            string Errors(bool english) => string.Join('\n', read.Errors.Select(e =>
                $"{(e.Path.StartsWith(measurePath + ".", StringComparison.Ordinal) ? e.Path[(measurePath.Length + 1)..] : e.Path)}: {e.Reason(english)}"));
            return new(EditStatus.Invalid, "Målvärdena sparades inte:\n" + Errors(english: false), "The targets were not saved:\n" + Errors(english: true));
        }

        var definition = ModelStore.Definition(row);
        var oldTargets = definition.Targets;
        definition.Targets = ModelFileWriter.Targets(after.AllMeasures().Single(m => m.Id == change.MeasureId).Targets);
        if (ModelStore.SameTargets(oldTargets, definition.Targets))
        {
            return new(EditStatus.Saved, "Målvärdena är desamma som förut; inget ändrades.", "The targets are the same as before; nothing was changed.", row.Version);
        }

        row.Definition = ModelStore.Serialize(definition);
        row.Version = change.ReadVersion + 1;
        var (affected, kept) = await KeepApprovedAssessmentsAsync(change, lockedYears, before, after, current.Text, cancellationToken);
        db.Changes.Add(new ChangeRow
        {
            OrganizationId = change.OrganizationId,
            Subject = "targets",
            Key = change.MeasureId,
            OldValue = current.Text,
            NewValue = TargetText.Describe(definition.Targets, row.Unit),
            ChangedBy = change.ChangedBy,
            ChangedAt = time.GetUtcNow(),
            Reason = change.Reason,
            IsRestatement = affected.Count > 0,
        });

        var (message, english) = affected.Count == 0
            ? ("Målvärdena är sparade.", "The targets are saved.")
            : ($"Målvärdena är sparade. De godkända bedömningarna för {Years(affected, "och")} står kvar"
                + (kept.Count > 0 ? $" (för {Years(kept, "och")} nu som slutlig bedömning med motivering)" : string.Empty)
                + "; regelns förslag och motivering räknas nu mot de nya målvärdena, och ändringen står som en omräkning i historiken.",
                $"The targets are saved. The approved assessments for {Years(affected, "and")} stand"
                + (kept.Count > 0 ? $" (for {Years(kept, "and")} now as a final assessment with a motivation)" : string.Empty)
                + "; the rule's suggestion and motivation are now reckoned against the new targets, and the change is recorded as a restatement in the history.");
        return await SaveAsync(row.Version, async () => (await ReadTargetsAsync(change.OrganizationId, change.MeasureId, cancellationToken)) is { } now
            ? (now.Text, now.Version)
            : (null, null), isNew: false, message, english, cancellationToken);
    }

    /// <summary>
    /// The approved or published years whose assessment of the measure (suggestion, final or the
    /// rationale's figures) the new targets change; of those, the years whose final assessment was
    /// the rule's suggestion and is now kept as it was approved.
    /// </summary>
    private async Task<(List<int> Affected, List<int> Kept)> KeepApprovedAssessmentsAsync(
        TargetsChange change, List<int> lockedYears, OrganizationModel before, OrganizationModel after, string oldTargets, CancellationToken cancellationToken)
    {
        var (affected, kept) = (new List<int>(), new List<int>());
        var position = await db.Assessments.CountAsync(a => a.OrganizationId == change.OrganizationId && a.SubjectId == change.MeasureId, cancellationToken);
        foreach (var year in lockedYears)
        {
            if (MeasureResult(before, year, change.MeasureId) is not { } was || MeasureResult(after, year, change.MeasureId) is not { } now
                || (was.Suggestion?.Id == now.Suggestion?.Id && was.Final?.Id == now.Final?.Id && was.Rationale.Text == now.Rationale.Text))
            {
                continue;
            }

            affected.Add(year);
            if (!was.FinalIsSet && was.Final is { } approved && now.Final?.Id != approved.Id)
            {
                var motivation = $"Bedömd mot de målvärden som gällde när rapportomgången {Year(year)} godkändes: {oldTargets}. Målvärdena ändrades senare: {change.Reason}";
                db.Assessments.Add(new AssessmentRow
                {
                    OrganizationId = change.OrganizationId,
                    SubjectId = change.MeasureId,
                    Year = year,
                    Position = position++,
                    GradeId = approved.Id,
                    Motivation = motivation,
                    Version = 1,
                });
                db.AddChange(time, change.OrganizationId, "assessment", $"{change.MeasureId}/{Year(year)}", null, $"{approved.Id}: {motivation}", change.ChangedBy, change.Reason);
                kept.Add(year);
            }
        }

        return (affected, kept);
    }

    private static AssessmentResult? MeasureResult(OrganizationModel model, int year, string measureId) =>
        ModelAssessor.Assess(model, year).DescendantsAndSelf().FirstOrDefault(r => r.Level == AssessmentLevel.Measure && r.Id == measureId);

    /// <summary>
    /// The stored model with the measure's targets replaced by the text as given, read as a model file
    /// is read; and the JSON path of the measure in it.
    /// </summary>
    private static (ModelLoadResult Read, string MeasurePath) ReadWithTargets(ModelDto model, string measureId, string targets)
    {
        var document = JsonSerializer.SerializeToNode(model, ModelFileReader.Options)!;
        var (node, path) = FindMeasure(document["goals"]!.AsArray(), "$.goals", measureId)
            ?? throw new InvalidOperationException($"The stored model has no measure '{measureId}'.");
        // The text goes in as written, so that the reader sees exactly what was given (a property
        // twice, a year written 2025.0); it is one JSON value, and the line break ends a // comment in it.
        var placeholder = $"targets-{Guid.NewGuid():N}";
        node["targets"] = placeholder;
        var text = document.ToJsonString(ModelFileReader.Options).Replace($"\"{placeholder}\"", targets + "\n", StringComparison.Ordinal);
        return (ModelFileReader.Read(text), path);
    }

    private static (JsonObject Measure, string Path)? FindMeasure(JsonArray nodes, string at, string measureId)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i]!.AsObject();
            var measures = node["measures"]?.AsArray() ?? [];
            for (var m = 0; m < measures.Count; m++)
            {
                if (measures[m]!["id"]!.GetValue<string>() == measureId)
                {
                    return (measures[m]!.AsObject(), $"{at}[{i}].measures[{m}]");
                }
            }

            if (node["children"] is JsonArray children && FindMeasure(children, $"{at}[{i}].children", measureId) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Text that is not one JSON value, said with its line and position in that text.</summary>
    private static (string Swedish, string English)? JsonProblem(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return null;
        }
        catch (JsonException e)
        {
            var (line, position) = ((e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1);
            return ($"det är inte giltig JSON (rad {line}, position {position}).", $"it is not valid JSON (line {line}, position {position}).");
        }
    }

    private static MeasureTargets TargetsOf(MeasureRow row)
    {
        var targets = ModelStore.Definition(row).Targets;
        return new MeasureTargets(row.Id, JsonSerializer.Serialize(targets ?? [], ModelFileReader.Options), TargetText.Describe(targets, row.Unit), row.Version);
    }

    /// <summary>"2024", "2024 och 2025", "2023, 2024 och 2025" (or "and" in English).</summary>
    private static string Years(List<int> years, string and) => years.Count == 1
        ? Year(years[0])
        : $"{string.Join(", ", years.SkipLast(1).Select(Year))} {and} {Year(years[^1])}";

    /// <summary>Opens the reporting round of a year; false when it already exists.</summary>
    public async Task<EditResult> OpenRoundAsync(string organizationId, int year, string changedBy, CancellationToken cancellationToken = default)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            return EditResult.OrganizationMissing(organizationId);
        }

        if (await RoundAsync(organizationId, year, cancellationToken) is { } existing)
        {
            return new(EditStatus.Invalid, $"Rapportomgången {year} finns redan ({existing.State}).", $"The reporting round {year} already exists ({existing.State}).");
        }

        db.Rounds.Add(new RoundRow { OrganizationId = organizationId, Year = year, State = nameof(RoundState.Open), ChangedAt = time.GetUtcNow(), ChangedBy = changedBy, Version = 1 });
        db.AddChange(time, organizationId, "round", Year(year), null, nameof(RoundState.Open), changedBy, null);
        return await SaveAsync(1, () => Task.FromResult<(string?, int?)>((null, null)), isNew: true,
            $"Rapportomgången {year} är öppnad.", $"The reporting round {year} is opened.", cancellationToken);
    }

    /// <summary>Moves a round a step: to review, back to open, approved (locked), published.</summary>
    public async Task<EditResult> MoveRoundAsync(string organizationId, int year, RoundState to, string changedBy, CancellationToken cancellationToken = default)
    {
        var row = await db.Rounds.SingleOrDefaultAsync(r => r.OrganizationId == organizationId && r.Year == year, cancellationToken);
        if (row is null)
        {
            return new(EditStatus.NotFound, $"Det finns ingen rapportomgång {year}.", $"There is no reporting round {year}.");
        }

        var round = ToRound(row);
        if (!round.CanMoveTo(to))
        {
            return new(EditStatus.Invalid, $"Rapportomgången {year} är {row.State} och kan inte gå till {to}; nästa steg är {string.Join(" eller ", round.Next)}.",
                $"The reporting round {year} is {row.State} and cannot move to {to}; the next step is {string.Join(" or ", round.Next)}.");
        }

        db.AddChange(time, organizationId, "round", Year(year), row.State, to.ToString(), changedBy, null);
        row.State = to.ToString();
        row.ChangedAt = time.GetUtcNow();
        row.ChangedBy = changedBy;
        row.Version++;
        return await SaveAsync(row.Version, () => Task.FromResult<(string?, int?)>((row.State, row.Version)), isNew: false,
            $"Rapportomgången {year} är nu {to}.", $"The reporting round {year} is now {to}.", cancellationToken);
    }

    public async Task<ReportingRound?> RoundAsync(string organizationId, int year, CancellationToken cancellationToken = default) =>
        await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.OrganizationId == organizationId && r.Year == year, cancellationToken) is { } row
            ? ToRound(row)
            : null;

    /// <summary>The history of one organization, newest first; optionally of one subject and key.</summary>
    public async Task<IReadOnlyList<ChangeRow>> HistoryAsync(string organizationId, string? subject = null, string? key = null, CancellationToken cancellationToken = default)
    {
        var query = db.Changes.AsNoTracking().Where(c => c.OrganizationId == organizationId);
        if (subject is not null)
        {
            query = query.Where(c => c.Subject == subject);
        }

        if (key is not null)
        {
            query = query.Where(c => c.Key == key);
        }

        return (await query.ToListAsync(cancellationToken)).OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).ToList();
    }

    /// <summary>The one outcome of a measure, period, series and org unit ("" or null for none).</summary>
    private static IQueryable<OutcomeRow> OutcomeAt(IQueryable<OutcomeRow> outcomes, string organizationId, string measureId, string period, string? seriesId, string? orgUnitId)
    {
        var (series, unit) = (seriesId ?? string.Empty, orgUnitId ?? string.Empty);
        return outcomes.Where(o => o.OrganizationId == organizationId && o.MeasureId == measureId && o.Period == period && o.SeriesId == series && o.OrgUnitId == unit);
    }

    public static string OutcomeKey(string measureId, string period, string? seriesId = null, string? orgUnitId = null) =>
        string.Join('/', new[] { measureId, period, seriesId ?? string.Empty, orgUnitId ?? string.Empty }).TrimEnd('/');

    private async Task<EditResult> SaveAsync(int version, Func<Task<(string? Current, int? Version)>> reRead, bool isNew, string message, string english, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved(version, message, english);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || isNew)
        {
            // Someone else's change got in between the read and this write (a newer version, or the
            // same new row created first): nothing of this change is kept.
            db.ChangeTracker.Clear();
            var (current, currentVersion) = await reRead();
            return new EditResult(EditStatus.Conflict, ChangedSwedish, ChangedEnglish, null, current, currentVersion);
        }
    }

    private async Task<(string? Current, int? Version)> ReReadAsync(OutcomeChange change, CancellationToken cancellationToken)
    {
        var (row, _) = await ReadOutcomeAsync(change.OrganizationId, change.MeasureId, change.Period, change.SeriesId, change.OrgUnitId, cancellationToken);
        return (row is null ? null : Describe(row), row?.Version);
    }

    private const string ChangedSwedish = "Värdet har ändrats av någon annan sedan du läste det. Inget sparades; jämför värdena och försök igen.";
    private const string ChangedEnglish = "Someone else has changed the value since you read it. Nothing was saved; compare the values and try again.";

    private static EditResult Conflict(OutcomeRow? row, int? readVersion)
    {
        var (message, english) = row is null
            ? ("Värdet du ändrade finns inte längre. Inget sparades.", "The value you changed no longer exists. Nothing was saved.")
            : readVersion is null
                ? ("Någon annan har redan angett ett värde här. Inget sparades; jämför värdena och försök igen.",
                    "Someone else has already entered a value here. Nothing was saved; compare the values and try again.")
                : (ChangedSwedish, ChangedEnglish);
        return new(EditStatus.Conflict, message, english, null, row is null ? null : Describe(row), row?.Version);
    }


    private static EditResult MeasureMissing(string measureId) =>
        new(EditStatus.NotFound, $"Mätetalet '{measureId}' finns inte.", $"There is no measure '{measureId}'.");

    /// <summary>A value that does not fit its measure is refused before anything is read or written.</summary>
    private static (string Swedish, string English)? Problem(OutcomeChange change, string measureKind)
    {
        var given = (change.Value is null ? 0 : 1) + (change.Text is null ? 0 : 1) + (change.MissingReason is null ? 0 : 1);
        if (given != 1)
        {
            return ("Ange ett värde, en text eller varför värdet saknas – exakt ett av dem.", "Give a value, a text or why the value is missing – exactly one of them.");
        }

        if (measureKind == "qualitative" && change.Value is not null)
        {
            return ("Mätetalet är kvalitativt: ange utfallet som text.", "The measure is qualitative: give the outcome as a text.");
        }

        return measureKind != "qualitative" && change.Text is not null
            ? ("Mätetalet är numeriskt: ange utfallet som ett tal.", "The measure is numeric: give the outcome as a number.")
            : null;
    }

    /// <summary>A value restated now is first shown as restated in the next report that is still being made.</summary>
    private async Task<int> RestatedInAsync(string organizationId, int year, CancellationToken cancellationToken)
    {
        var open = await db.Rounds.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.Year > year && (r.State == nameof(RoundState.Open) || r.State == nameof(RoundState.InReview)))
            .Select(r => (int?)r.Year)
            .MinAsync(cancellationToken);
        return open ?? year + 1;
    }

    /// <summary>
    /// An outcome as the history and conflicts show it: the figure, the text, or why it is missing
    /// ("saknas: why", as stored); with <paramref name="english"/>, "missing: why" for an English reader.
    /// </summary>
    internal static string Describe(OutcomeRow row, bool english = false) =>
        row.Value?.ToString(CultureInfo.InvariantCulture) ?? row.Text ?? $"{(english ? "missing" : "saknas")}: {row.MissingReason}";

    private static ReportingRound ToRound(RoundRow row) => new(row.OrganizationId, row.Year, Enum.Parse<RoundState>(row.State));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
