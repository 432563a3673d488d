using Hallbar.Domain;
using Hallbar.Domain.Surveys;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>
/// A year's self-assessment results on their own, made of the blocks of the report's Bilaga 1: for the
/// survey's results page (rendered by the HTML renderer) and for its spreadsheet (by the XLSX renderer).
/// </summary>
public static class SurveyReport
{
    /// <summary>The id of the page's chapter of free-text answers.</summary>
    public const string FreeTextsId = "fritextsvar";

    /// <summary>
    /// Two chapters: the results per statement (the notice for made-up answers, what the shares rest on,
    /// the chart with its text alternative and data, the counts behind it, the change from the year before),
    /// then the free-text answers, a table per question with the unit of each answer.
    /// </summary>
    public static Report Page(OrganizationModel model, SurveyResult result, string language = "sv")
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(result);
        var texts = new Texts(language);
        var id = $"sjalvskattning-{result.Survey.Id}";
        List<Block> statements =
        [
            .. SurveyBlocks.Lead(result, texts),
            SurveyBlocks.Chart(id, texts.SurveyChartTitle(result.Survey.Title), result, result.Statements, texts),
            SurveyBlocks.Distribution(result, texts),
        ];
        if (SurveyBlocks.Change(model, result, texts) is { } change)
        {
            statements.Add(change);
        }

        var freeTexts = new Chapter(FreeTextsId, texts.FreeTextsTitle, [.. result.FreeTexts.Select(q => SurveyBlocks.FreeTexts(model, result, q, texts))]);
        return Of(model, result, texts, [new Chapter("resultat", texts.ResultsTitle, statements), freeTexts]);
    }

    /// <summary>
    /// The results as a workbook's tables: a sheet of every statement's counts and shares per category with
    /// the change from the year before below them, and a sheet of every free-text answer with its question and unit.
    /// </summary>
    public static Report Workbook(OrganizationModel model, SurveyResult result, string language = "sv")
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(result);
        var texts = new Texts(language);
        List<Block> blocks = [.. SurveyBlocks.Lead(result, texts), SurveyBlocks.Distribution(result, texts) with { Sheet = texts.DistributionSheet }];
        if (SurveyBlocks.Change(model, result, texts) is { } change)
        {
            blocks.Add(change with { Sheet = texts.DistributionSheet });
        }

        blocks.Add(SurveyBlocks.AllFreeTexts(model, result, texts) with { Sheet = texts.FreeTextsTitle });
        return Of(model, result, texts, [new Chapter("resultat", texts.SurveyChartTitle(result.Survey.Title), blocks)]);
    }

    private static Report Of(OrganizationModel model, SurveyResult result, Texts texts, List<Chapter> chapters) => new()
    {
        Title = texts.SurveyChartTitle(result.Survey.Title),
        OrganizationName = model.Organization.Name,
        Year = result.Survey.Year,
        Language = texts.Language,
        Chapters = Charts.Numbered(chapters),
    };
}
