using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Narrative;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>One report being put together: the year's assessments, and what the sections have placed so far.</summary>
internal sealed class ReportAssembly
{
    private readonly OrganizationModel _model;
    private readonly int _year;
    private readonly Texts _texts;
    private readonly AssessmentResult _overall;
    private readonly Dictionary<string, AssessmentResult> _results;
    private readonly HashSet<string> _placed = new(StringComparer.Ordinal);

    public ReportAssembly(OrganizationModel model, int year, string language, AssessmentResult overall)
    {
        _model = model;
        _year = year;
        _texts = new Texts(language);
        _overall = overall;
        _results = overall.DescendantsAndSelf().Skip(1).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public Report Assemble()
    {
        var chapters = _model.Sections.Where(s => s.Year is null || s.Year == _year).Select(FromSection).ToList();

        // What no section placed is added where the model case has it: the goal summary before the
        // goal areas' chapters, a chapter for every goal area without one, the measure tables last.
        var firstArea = chapters.FindIndex(c => _model.Goals.Any(g => g.Id == AreaOf(c)));
        var missingAreas = _model.Goals.Where(g => !_placed.Contains(Directives.Indicators + g.Id))
            .Select(g => new Chapter(g.Id, g.Name, [.. IndicatorBlocks(g), .. ChartBlocks(g)]))
            .ToList();
        var lastArea = chapters.FindLastIndex(c => _model.Goals.Any(g => g.Id == AreaOf(c)));
        chapters.InsertRange(lastArea < 0 ? chapters.Count : lastArea + 1, missingAreas);
        if (!_placed.Contains(Directives.GoalSummary))
        {
            chapters.Insert(firstArea < 0 ? 0 : firstArea, new Chapter("uppfoljning", _texts.FollowUpTitle, [ScaleBlock(), GoalSummary()]));
        }

        if (!_placed.Contains(Directives.MeasureTables) && MeasureTables.Chapters(_model, _year, _texts, _results) is { Count: > 0 } tables)
        {
            chapters.Add(new Chapter("bilaga-matetal", _texts.MeasureTablesTitle, []) { Children = tables, IsAppendix = true });
        }

        return new Report
        {
            Title = _texts.Title(_year),
            OrganizationName = _model.Organization.Name,
            Year = _year,
            Language = _texts.Language,
            Chapters = Charts.Numbered(chapters),
        };
    }

    private string? AreaOf(Chapter chapter) =>
        _model.Sections.FirstOrDefault(s => s.Id == chapter.Id)?.NodeId ?? (_model.Goals.Any(g => g.Id == chapter.Id) ? chapter.Id : null);

    private Chapter FromSection(NarrativeSection section)
    {
        var node = section.NodeId is { } id ? _model.AllNodes().FirstOrDefault(n => n.Id == id) : null;
        var blocks = new List<Block>();
        var children = new List<Chapter>();
        var hasMeasureTables = false;
        foreach (var (markdown, directive) in Directives.Split(section.Markdown))
        {
            if (markdown is not null)
            {
                blocks.Add(new NarrativeBlock(markdown, "sv"));
                continue;
            }

            switch (directive)
            {
                case Directives.Scale:
                    blocks.Add(ScaleBlock());
                    break;
                case Directives.GoalSummary:
                    blocks.Add(GoalSummary());
                    _placed.Add(Directives.GoalSummary);
                    break;
                case Directives.Indicators when node is not null:
                    blocks.AddRange(IndicatorBlocks(node));
                    break;
                case Directives.Charts when node is not null:
                    blocks.AddRange(ChartBlocks(node));
                    break;
                case Directives.MeasureTables:
                    children.AddRange(MeasureTables.Chapters(_model, _year, _texts, _results));
                    _placed.Add(Directives.MeasureTables);
                    hasMeasureTables = true;
                    break;
                case Directives.Survey when _model.SurveyResultFor(_year) is { } result:
                    blocks.AddRange(SurveyBlocks.Appendix(_model, result, _texts));
                    break;
                case Directives.Survey:
                    blocks.Add(new ParagraphBlock(_texts.SurveyPending));
                    break;
                case Directives.ChildRights:
                    // A year without facts shows nothing here: the section's own text says what there is to say.
                    if (_model.ChildRights.FirstOrDefault(c => c.Year == _year) is { } facts)
                    {
                        blocks.AddRange(ChildRightsBlocks.For(_model, facts, _texts));
                    }

                    break;
                case Directives.Highlights:
                    children.AddRange(HighlightChapters.For(_model.Highlights, _year));
                    break;
                default:
                    // An unknown directive stays visible, so that its author sees the typo.
                    blocks.Add(new NarrativeBlock($"{{{{{directive}}}}}", "sv"));
                    break;
            }
        }

        if (node is not null && !_placed.Contains(Directives.Indicators + node.Id))
        {
            blocks.AddRange(IndicatorBlocks(node));
        }

        if (node is not null && !_placed.Contains(Directives.Charts + node.Id))
        {
            blocks.AddRange(ChartBlocks(node));
        }

        return new Chapter(section.Id, section.Title, blocks)
        {
            Children = children,
            IsAppendix = hasMeasureTables || section.Title.StartsWith("Bilaga", StringComparison.OrdinalIgnoreCase),
        };
    }

    private DefinitionListBlock ScaleBlock() =>
        new([.. _model.DefaultScale.Grades.Select(g => new Definition(g.LabelIn(_texts.Language), _texts.Meaning(g)))]);

    /// <summary>Every goal area (or top goal) with its goal and final assessment, and the overall assessment.</summary>
    private TableBlock GoalSummary()
    {
        // The goal a top node stands for: its own statement, or the name of the first goal below it.
        var statements = _model.Goals.Select(g => g.Statement ?? g.DescendantsAndSelf().FirstOrDefault(n => n.Kind == NodeKind.Goal && n != g)?.Name).ToList();
        var withStatements = statements.Any(s => s is not null);
        var grade = new Column($"{_model.DefaultScale.Name} {_year}", ColumnKind.Grade);
        List<Column> columns = withStatements ? [new(_texts.Area), new(_texts.SustainabilityGoal), grade] : [new(_texts.Area), grade];
        var rows = _model.Goals.Select((g, i) => new Row(withStatements
            ? [new Cell(g.Name), new Cell(statements[i] ?? string.Empty), GradeCell(Result(g.Id))]
            : [new Cell(g.Name), GradeCell(Result(g.Id))])).ToList();
        if (_overall.Final is not null)
        {
            rows.Add(new Row(withStatements ? [new Cell(_texts.Overall), Cell.Empty, GradeCell(_overall)] : [new Cell(_texts.Overall), GradeCell(_overall)], RowKind.Summary));
        }

        return new TableBlock(TableBlock.GoalSummaryId, _texts.GoalSummaryCaption(_year), columns, rows) { ShortName = _texts.Overall };
    }

    /// <summary>
    /// A goal area's goals ("Mål: ...") each with its indicators' final assessments and the goal's own;
    /// a goal without indicators shows its statement only.
    /// </summary>
    private IEnumerable<Block> IndicatorBlocks(GoalNode area)
    {
        _placed.Add(Directives.Indicators + area.Id);
        foreach (var goal in area.DescendantsAndSelf().Where(n => n.Kind != NodeKind.Indicator))
        {
            var statement = goal.Statement ?? (goal.Kind == NodeKind.Goal ? goal.Name : null);
            if (statement is not null)
            {
                yield return new ParagraphBlock(statement, _texts.Goal);
            }

            if (goal.Children.Where(c => c.Kind == NodeKind.Indicator).ToList() is not { Count: > 0 } indicators)
            {
                continue;
            }

            var rows = indicators.Select(i => new Row([new Cell(i.Name), GradeCell(Result(i.Id))])).ToList();
            rows.Add(new Row([new Cell(goal.Kind == NodeKind.Area ? _texts.OverallOfArea : _texts.OverallOfGoal), GradeCell(Result(goal.Id))], RowKind.Summary));
            yield return new TableBlock(
                $"indikatorer-{goal.Id}",
                // The caption names the goal as the "Mål:" line right above it does, not in another wording.
                _texts.IndicatorTableCaption(statement ?? goal.Name, _year),
                [new Column(_texts.Indicators), new Column($"{_model.Scale(goal.ScaleId).Name} {_year}", ColumnKind.Grade)],
                rows)
            { ShortName = goal.Name };
        }
    }

    private IEnumerable<Block> ChartBlocks(GoalNode area)
    {
        _placed.Add(Directives.Charts + area.Id);
        return area.DescendantsAndSelf()
            .SelectMany(n => n.Measures)
            .Where(m => m.Purpose == MeasurePurpose.Context && m.Kind == MeasureKind.Composite && m.IsReportedIn(_year))
            .Select(m => Charts.Distribution(m, _year, _texts))
            .OfType<ChartBlock>();
    }

    private AssessmentResult? Result(string id) => _results.GetValueOrDefault(id);

    private Cell GradeCell(AssessmentResult? result) => Cells.Grade(result, _texts);
}
