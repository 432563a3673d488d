using Hallbar.Domain;
using Hallbar.Domain.ChildRights;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>The barnbokslut's facts: child-rights pilots, the register of decisions, and the survey's child-rights theme.</summary>
internal static class ChildRightsBlocks
{
    public static IEnumerable<Block> For(OrganizationModel model, ChildRightsFacts facts, Texts texts)
    {
        var year = facts.Year;
        yield return new TableBlock($"barnrattspiloter-{year}", texts.PilotsCaption(year), [new Column(texts.PilotsCaption(year)), new Column(texts.Count, ColumnKind.Number)],
        [
            new Row([new Cell(texts.PilotsTrained(year)), Count(facts.PilotsTrained)]),
            new Row([new Cell(texts.PilotsInTotal), Count(facts.PilotsInTotal)]),
        ])
        {
            Sheet = texts.ChildRightsSheet,
        };

        if (facts.MostPilotsAt.Count > 0)
        {
            yield return new ParagraphBlock(string.Join(", ", facts.MostPilotsAt) + ".", texts.MostPilotsAt);
        }

        if (facts.UnitsWithoutPilots.Count > 0 || facts.WithoutPilotsNote is not null)
        {
            var names = facts.UnitsWithoutPilots.Count > 0 ? string.Join(", ", facts.UnitsWithoutPilots) + "." : null;
            yield return new ParagraphBlock(string.Join(" ", new[] { names, facts.WithoutPilotsNote }.OfType<string>()), texts.WithoutPilots);
        }

        if (facts.Decisions.Count > 0)
        {
            yield return new TableBlock($"provning-barnets-basta-{year}", texts.DecisionsCaption(year),
                [new Column(texts.Decision), new Column(texts.Reference), new Column(texts.Unit), new Column(texts.BestInterestAssessed)],
                [.. facts.Decisions.Select(d => new Row([
                    new Cell(d.Title),
                    new Cell(d.Reference ?? string.Empty),
                    new Cell(d.UnitId is null ? string.Empty : SurveyBlocks.UnitName(model, d.UnitId)),
                    new Cell(texts.YesNo(d.AssessmentMade)),
                ]))])
            {
                Sheet = texts.ChildRightsSheet,
            };

            // Demo data may name a unit the published report does not name; the reader must not take it as fact.
            if (facts.Decisions.Any(d => model.Organization.Units.Any(u => u.Id == d.UnitId && u.Illustrative)))
            {
                yield return new ParagraphBlock(texts.IllustrativeUnits, texts.Note);
            }
        }

        if (facts.SurveyThemeId is { } theme && model.SurveyResultFor(year) is { } result)
        {
            foreach (var block in SurveyBlocks.Theme(result, theme, texts))
            {
                yield return block;
            }
        }
    }

    private static Cell Count(int count) => new(count.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Number = count, Decimals = 0 };
}
