using System.Globalization;
using System.Text.Json;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Data.Surveys;
using Hallbar.Domain;
using Hallbar.ModelFile;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data;

/// <summary>
/// Stores organizations' models: the goal tree and measure definitions as rows carrying the model
/// file's own JSON shapes, and outcomes, restatements, assessments and narrative as rows of their
/// own, which later change one by one with history and concurrency checks.
/// </summary>
public sealed class ModelStore(HallbarDbContext db, TimeProvider time)
{
    internal static readonly JsonSerializerOptions Json = new(ModelFileReader.Options) { WriteIndented = false };

    /// <summary>The stored organizations, in Swedish alphabetical order (Å, Ä, Ö after Z).</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> OrganizationsAsync(CancellationToken cancellationToken = default) =>
        (await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name))
            .OrderBy(o => o.Name, SwedishOrder)
            .ToList();

    public static StringComparer SwedishOrder { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);

    /// <summary>
    /// Puts a model in place of the organization's stored one, whole or not at all. Its reporting
    /// rounds and the history of changes stay; the import itself is written to the history, and so
    /// is every measure whose targets it changes, in that measure's own history. The model's survey
    /// responses replace the stored ones; one the model has unchanged keeps its version and who submitted it.
    /// </summary>
    public async Task SaveAsync(OrganizationModel model, string changedBy = "import", CancellationToken cancellationToken = default)
    {
        var dto = ModelFileWriter.ToDto(model);
        var org = dto.Organization.Id;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.Measures.AsNoTracking().Where(m => m.OrganizationId == org)
            .Select(m => new StoredMeasure(m.Id, m.Unit, m.Definition, m.Version))
            .ToDictionaryAsync(m => m.Id, StringComparer.Ordinal, cancellationToken);
        await db.OrgUnits.Where(u => u.OrganizationId == org).ExecuteDeleteAsync(cancellationToken);
        await db.GoalNodes.Where(n => n.OrganizationId == org).ExecuteDeleteAsync(cancellationToken);
        await db.Assessments.Where(a => a.OrganizationId == org).ExecuteDeleteAsync(cancellationToken);
        await db.Sections.Where(s => s.OrganizationId == org).ExecuteDeleteAsync(cancellationToken);
        var storedResponses = await db.SurveyResponses.AsNoTracking().Where(r => r.OrganizationId == org)
            .ToDictionaryAsync(r => (r.SurveyId, r.UnitId), cancellationToken);
        await db.SurveyResponses.Where(r => r.OrganizationId == org).ExecuteDeleteAsync(cancellationToken);

        var row = await db.Organizations.FindAsync([org], cancellationToken);
        var before = row is null ? null : Definition(row);
        if (row is null)
        {
            row = new OrganizationRow { Id = org, Name = dto.Organization.Name, Kind = dto.Organization.Kind, Definition = string.Empty };
            db.Organizations.Add(row);
        }

        row.Name = dto.Organization.Name;
        row.Kind = dto.Organization.Kind;
        row.KoladaId = dto.Organization.KoladaId;
        row.Definition = Serialize(new OrganizationDefinition(dto.Scales, dto.DefaultScale, dto.Overall?.RollUp, dto.Surveys, null, dto.ChildRights, dto.Highlights,
            SurveyVersions(before, dto.Surveys),
            YearVersions(before?.HighlightVersions, before?.Highlights, dto.Highlights, h => h.Year),
            YearVersions(before?.ChildRightsVersions, before?.ChildRights, dto.ChildRights, c => c.Year)));
        row.UpdatedAt = time.GetUtcNow();
        AddResponses(org, dto, storedResponses, changedBy, row.UpdatedAt);
        var measures = model.AllMeasures().ToList();
        db.Changes.Add(new ChangeRow
        {
            OrganizationId = org,
            Subject = "model",
            Key = org,
            NewValue = $"{model.AllNodes().Count()} nodes, {measures.Count} measures, {measures.Sum(m => m.Outcomes.Count)} outcomes",
            ChangedBy = changedBy,
            ChangedAt = row.UpdatedAt,
            Reason = "Modellfil inläst",
        });
        db.OrgUnits.AddRange((dto.Organization.Units ?? []).Select((u, i) => new OrgUnitRow
        {
            OrganizationId = org,
            Id = u.Id,
            Position = i,
            Name = u.Name,
            ParentId = u.Parent,
            Illustrative = u.Illustrative ?? false,
            Note = u.Note,
        }));
        AddAssessments(org, string.Empty, dto.Overall?.Assessments);
        var import = new Import(org, stored, changedBy, row.UpdatedAt);
        for (var i = 0; i < dto.Goals.Count; i++)
        {
            AddNode(import, dto.Goals[i], null, i);
        }

        db.Sections.AddRange((dto.Sections ?? []).Select((s, i) => new SectionRow
        {
            OrganizationId = org,
            Id = s.Id,
            Position = i,
            Title = s.Title,
            Year = s.Year,
            NodeId = s.Node,
            Markdown = s.Markdown,
        }));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The organization's model as stored, or null when there is no such organization.</summary>
    public async Task<OrganizationModel?> LoadAsync(string organizationId, CancellationToken cancellationToken = default) =>
        await ReadRowsAsync(organizationId, cancellationToken) is { } rows ? Load(rows) : null;

    /// <summary>The model of rows that were stored as a model: they hold together, or the database is broken.</summary>
    internal static OrganizationModel Load(OrganizationRows rows)
    {
        var result = Read(rows);
        return result.Model ?? throw new InvalidOperationException(
            $"The stored model of '{rows.Organization.Id}' does not hold together: {string.Join("; ", result.Errors.Select(e => e.Describe(english: true)))}");
    }

    /// <summary>
    /// The organization's rows read as a model and checked like a model file, within the current
    /// transaction: an edit or import checks with it that what it is about to commit still holds together.
    /// </summary>
    internal async Task<ModelLoadResult?> ReadAsync(string organizationId, CancellationToken cancellationToken = default) =>
        await ReadRowsAsync(organizationId, cancellationToken) is { } rows ? Read(rows) : null;

    /// <summary>The organization's rows in the model file's shape, or null when there is no such organization.</summary>
    internal async Task<ModelDto?> ReadDtoAsync(string organizationId, CancellationToken cancellationToken = default) =>
        await ReadRowsAsync(organizationId, cancellationToken) is { } rows ? Dto(rows) : null;

    /// <summary>The organization's rows, within the current transaction; null when there is no such organization.</summary>
    internal async Task<OrganizationRows?> ReadRowsAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (org is null)
        {
            return null;
        }

        return new OrganizationRows(
            org,
            await db.OrgUnits.AsNoTracking().Where(u => u.OrganizationId == organizationId).OrderBy(u => u.Position).ToListAsync(cancellationToken),
            await db.GoalNodes.AsNoTracking().Where(n => n.OrganizationId == organizationId).OrderBy(n => n.Position).ToListAsync(cancellationToken),
            await db.Measures.AsNoTracking().Where(m => m.OrganizationId == organizationId).OrderBy(m => m.Position).ToListAsync(cancellationToken),
            await db.Outcomes.AsNoTracking().Where(o => o.OrganizationId == organizationId).ToListAsync(cancellationToken),
            await RestatementsAsync(organizationId, cancellationToken),
            await db.Assessments.AsNoTracking().Where(a => a.OrganizationId == organizationId).ToListAsync(cancellationToken),
            await db.Sections.AsNoTracking().Where(s => s.OrganizationId == organizationId).OrderBy(s => s.Position).ToListAsync(cancellationToken),
            await db.SurveyResponses.AsNoTracking().Where(r => r.OrganizationId == organizationId).OrderBy(r => r.Position).ToListAsync(cancellationToken));
    }

    internal async Task<List<RestatementRow>> RestatementsAsync(string organizationId, CancellationToken cancellationToken = default) =>
        await db.Restatements.AsNoTracking().Where(r => r.OrganizationId == organizationId).ToListAsync(cancellationToken);

    /// <summary>
    /// Rows read as a model and checked like a model file: an import checks with it that what it is
    /// about to commit still holds together.
    /// </summary>
    internal static ModelLoadResult Read(OrganizationRows rows) => ModelFileReader.FromDto(Dto(rows));

    /// <summary>Rows in the model file's shape.</summary>
    internal static ModelDto Dto(OrganizationRows rows)
    {
        var (org, units, nodes, measures, sections) = (rows.Organization, rows.Units, rows.Nodes, rows.Measures, rows.Sections);
        // Grouped, then each group put in order: ordering a million outcomes as one list takes three times as long.
        var outcomes = rows.Outcomes.ToLookup(o => o.MeasureId, StringComparer.Ordinal);
        var restatements = rows.Restatements.ToLookup(r => r.MeasureId, StringComparer.Ordinal);
        var assessments = rows.Assessments.ToLookup(a => a.SubjectId, StringComparer.Ordinal);

        var definition = Definition(org);
        var measuresByNode = measures.ToLookup(m => m.NodeId, StringComparer.Ordinal);
        var nodesByParent = nodes.ToLookup(n => n.ParentId ?? string.Empty, StringComparer.Ordinal);

        NodeDto Node(GoalNodeRow row)
        {
            var node = JsonSerializer.Deserialize<NodeDto>(row.Definition, Json)!;
            node.Assessments = Assessments(row.Id);
            node.Children = NullIfEmpty(nodesByParent[row.Id].Select(Node));
            node.Measures = NullIfEmpty(measuresByNode[row.Id].Select(m =>
            {
                var measure = JsonSerializer.Deserialize<MeasureDto>(m.Definition, Json)!;
                measure.Outcomes = NullIfEmpty(outcomes[m.Id].OrderBy(o => o.Position).Select(o => new OutcomeDto
                {
                    Period = o.Period,
                    Value = o.Value,
                    Text = o.Text,
                    Missing = o.MissingReason,
                    Series = NullIfNone(o.SeriesId),
                    OrgUnit = NullIfNone(o.OrgUnitId),
                    Weight = o.Weight,
                    Source = o.Source,
                    Comment = o.Comment,
                }));
                measure.Restatements = NullIfEmpty(restatements[m.Id].OrderBy(r => r.Position).Select(r => new RestatementDto
                {
                    Period = r.Period,
                    Series = NullIfNone(r.SeriesId),
                    OrgUnit = NullIfNone(r.OrgUnitId),
                    OldValue = r.OldValue,
                    NewValue = r.NewValue,
                    RestatedIn = r.RestatedIn,
                    Date = r.Date,
                    Reason = r.Reason,
                }));
                measure.Assessments = Assessments(m.Id);
                return measure;
            }));
            return node;
        }

        List<AssessmentDto>? Assessments(string subject) => NullIfEmpty(assessments[subject].OrderBy(a => a.Position).Select(a => new AssessmentDto
        {
            Year = a.Year,
            Grade = a.GradeId,
            Motivation = a.Motivation,
            Scale = NullIfNone(a.ScaleId),
        }));

        return new ModelDto
        {
            FormatVersion = ModelFileReader.FormatVersion,
            Organization = new OrganizationDto
            {
                Id = org.Id,
                Name = org.Name,
                Kind = org.Kind,
                KoladaId = org.KoladaId,
                Units = NullIfEmpty(units.Select(u => new UnitDto { Id = u.Id, Name = u.Name, Parent = u.ParentId, Illustrative = u.Illustrative ? true : null, Note = u.Note })),
            },
            Scales = definition.Scales,
            DefaultScale = definition.DefaultScale,
            Overall = new OverallDto { RollUp = definition.OverallRollUp, Assessments = Assessments(string.Empty) },
            Goals = nodesByParent[string.Empty].Select(Node).ToList(),
            Sections = NullIfEmpty(sections.Select(s => new SectionDto { Id = s.Id, Title = s.Title, Year = s.Year, Node = s.NodeId, Markdown = s.Markdown })),
            Surveys = definition.Surveys,
            SurveyResponses = NullIfEmpty(SurveyRows.Responses(definition, rows.SurveyResponses)),
            ChildRights = definition.ChildRights,
            Highlights = definition.Highlights,
        };
    }

    /// <summary>What is stored for the organization as a whole.</summary>
    internal static OrganizationDefinition Definition(OrganizationRow row) => JsonSerializer.Deserialize<OrganizationDefinition>(row.Definition, Json)!;

    internal static string Serialize(OrganizationDefinition definition) => JsonSerializer.Serialize(definition, Json);

    /// <summary>A measure's definition in its JSON shape, as stored in <see cref="MeasureRow.Definition"/>.</summary>
    internal static MeasureDto Definition(MeasureRow row) => JsonSerializer.Deserialize<MeasureDto>(row.Definition, Json)!;

    internal static string Serialize(MeasureDto definition) => JsonSerializer.Serialize(definition, Json);

    /// <summary>Whether two lists of targets in the stored shape say the same (none and an empty list do).</summary>
    internal static bool SameTargets(List<TargetDto>? a, List<TargetDto>? b) =>
        JsonSerializer.Serialize(a ?? [], Json) == JsonSerializer.Serialize(b ?? [], Json);

    private void AddNode(Import import, NodeDto node, string? parent, int position)
    {
        var org = import.Organization;
        var definition = new NodeDto
        {
            Id = node.Id,
            Kind = node.Kind,
            Name = node.Name,
            LevelName = node.LevelName,
            Statement = node.Statement,
            TargetYear = node.TargetYear,
            Targets = node.Targets,
            Scale = node.Scale,
            RollUp = node.RollUp,
            Footnotes = node.Footnotes,
        };
        db.GoalNodes.Add(new GoalNodeRow
        {
            OrganizationId = org,
            Id = node.Id,
            ParentId = parent,
            Position = position,
            Kind = node.Kind,
            Name = node.Name,
            Definition = JsonSerializer.Serialize(definition, Json),
        });
        AddAssessments(org, node.Id, node.Assessments);

        var measures = node.Measures ?? [];
        for (var i = 0; i < measures.Count; i++)
        {
            AddMeasure(import, measures[i], node.Id, i);
        }

        var children = node.Children ?? [];
        for (var i = 0; i < children.Count; i++)
        {
            AddNode(import, children[i], node.Id, i);
        }
    }

    private void AddMeasure(Import import, MeasureDto measure, string node, int position)
    {
        var org = import.Organization;
        var (outcomes, restatements, assessments) = (measure.Outcomes ?? [], measure.Restatements ?? [], measure.Assessments);
        measure.Outcomes = null;
        measure.Restatements = null;
        measure.Assessments = null;
        var definition = Serialize(measure);
        var before = import.Stored.GetValueOrDefault(measure.Id);
        var unchanged = before?.Definition == definition;
        db.Measures.Add(new MeasureRow
        {
            OrganizationId = org,
            Id = measure.Id,
            NodeId = node,
            Position = position,
            Name = measure.Name,
            Kind = measure.Kind,
            Unit = measure.Unit,
            Definition = definition,
            // An edit made from the version read before the import is a conflict only if the import changed the measure.
            Version = before is null ? 0 : before.Version + (unchanged ? 0 : 1),
        });
        var oldTargets = before is null || unchanged ? null : JsonSerializer.Deserialize<MeasureDto>(before.Definition, Json)!.Targets;
        if (!unchanged && (before is not null || measure.Targets is { Count: > 0 }) && !SameTargets(oldTargets, measure.Targets))
        {
            db.Changes.Add(new ChangeRow
            {
                OrganizationId = org,
                Subject = "targets",
                Key = measure.Id,
                OldValue = before is null ? null : TargetText.Describe(oldTargets, before.Unit),
                NewValue = TargetText.Describe(measure.Targets, measure.Unit),
                ChangedBy = import.ChangedBy,
                ChangedAt = import.At,
                Reason = "Modellfil inläst",
            });
        }

        db.Outcomes.AddRange(outcomes.Select((o, i) => new OutcomeRow
        {
            OrganizationId = org,
            MeasureId = measure.Id,
            Period = o.Period,
            SeriesId = o.Series ?? string.Empty,
            OrgUnitId = o.OrgUnit ?? string.Empty,
            Position = i,
            Value = o.Value,
            Text = o.Text,
            MissingReason = o.Missing,
            Weight = o.Weight,
            Source = o.Source,
            Comment = o.Comment,
        }));
        db.Restatements.AddRange(restatements.Select((r, i) => new RestatementRow
        {
            OrganizationId = org,
            MeasureId = measure.Id,
            Period = r.Period,
            SeriesId = r.Series ?? string.Empty,
            OrgUnitId = r.OrgUnit ?? string.Empty,
            Position = i,
            OldValue = r.OldValue,
            NewValue = r.NewValue,
            RestatedIn = r.RestatedIn,
            Date = r.Date,
            Reason = r.Reason,
        }));
        AddAssessments(org, measure.Id, assessments);
    }

    /// <summary>
    /// Each survey's version: 1 for a new one, raised for one the import changes, so that an edit made
    /// from the version read before the import is a conflict only if the import changed the survey.
    /// </summary>
    /// <summary>
    /// Each year's version after an import: kept where the year's items are unchanged, raised where they
    /// changed or went, so that an edit made from a version read before the import is a conflict only then.
    /// </summary>
    private static Dictionary<int, int>? YearVersions<T>(Dictionary<int, int>? before, List<T>? old, List<T>? now, Func<T, int> yearOf)
    {
        string Text(List<T>? items, int year) => JsonSerializer.Serialize((items ?? []).Where(i => yearOf(i) == year), Json);
        var years = (old ?? []).Concat(now ?? []).Select(yearOf).Concat(before?.Keys.AsEnumerable() ?? []).Distinct();
        var versions = years.ToDictionary(y => y, y => (before?.GetValueOrDefault(y) ?? 1) + (Text(old, y) == Text(now, y) ? 0 : 1));
        return versions.Count == 0 ? null : versions;
    }

    private static Dictionary<string, int>? SurveyVersions(OrganizationDefinition? before, List<SurveyDto>? surveys)
    {
        if (surveys is not { Count: > 0 })
        {
            return null;
        }

        var old = (before?.Surveys ?? []).ToDictionary(s => s.Id, s => JsonSerializer.Serialize(s, Json), StringComparer.Ordinal);
        return surveys.ToDictionary(s => s.Id, s => old.GetValueOrDefault(s.Id) is not { } was
            ? 1
            : before!.SurveyVersion(s.Id) + (was == JsonSerializer.Serialize(s, Json) ? 0 : 1), StringComparer.Ordinal);
    }

    private void AddResponses(string org, ModelDto model, Dictionary<(string, string), SurveyResponseRow> stored, string changedBy, DateTimeOffset at)
    {
        var years = (model.Surveys ?? []).ToDictionary(s => s.Id, s => s.Year, StringComparer.Ordinal);
        var responses = model.SurveyResponses ?? [];
        for (var i = 0; i < responses.Count; i++)
        {
            var response = responses[i];
            var row = SurveyRows.ToRow(org, years.GetValueOrDefault(response.Survey), i, response, changedBy, at);
            if (stored.GetValueOrDefault((response.Survey, response.Unit)) is { } was)
            {
                var unchanged = (was.Status, was.Answers, was.FreeTexts) == (row.Status, row.Answers, row.FreeTexts);
                row = unchanged ? was : row;
                row.Position = i;
                row.Version = was.Version + (unchanged ? 0 : 1);
            }

            db.SurveyResponses.Add(row);
        }
    }

    private void AddAssessments(string org, string subject, List<AssessmentDto>? assessments) =>
        db.Assessments.AddRange((assessments ?? []).Select((a, i) => new AssessmentRow
        {
            OrganizationId = org,
            SubjectId = subject,
            Year = a.Year,
            ScaleId = a.Scale ?? string.Empty,
            Position = i,
            GradeId = a.Grade,
            Motivation = a.Motivation,
        }));

    private static string? NullIfNone(string id) => id.Length == 0 ? null : id;

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }

    private sealed record StoredMeasure(string Id, string? Unit, string Definition, int Version);

    private sealed record Import(string Organization, Dictionary<string, StoredMeasure> Stored, string ChangedBy, DateTimeOffset At);
}
