using System.Text.Json;
using Hallbar.Cli.Assess;

namespace Hallbar.Cli.Tests;

public sealed class AssessCommandTests
{
    private static AssessmentReport Json(string output) =>
        JsonSerializer.Deserialize<AssessmentReport>(output, AssessmentReport.JsonOptions)!;

    [Fact]
    public void Assess_DemoAsJson_GivesEveryLevelWithSuggestionAndFinal()
    {
        var (exitCode, output, _) = Cli.Run("assess", Cli.DemoFile, "--year", "2025", "--json");

        Assert.Equal(ExitCodes.Ok, exitCode);
        var report = Json(output);
        Assert.Equal(24, report.Measures.Count);
        Assert.Equal(9, report.Indicators.Count);
        Assert.Equal(4, report.Areas.Count);
        Assert.Equal("Oförändrad", report.Overall.Final?.Label);
        Assert.All(report.Measures, m => Assert.False(string.IsNullOrEmpty(m.Rationale.Text)));
    }

    [Fact]
    public void Assess_DemoAsJson_SummaryCountsAgreeWithTheItems()
    {
        var report = Json(Cli.Run("assess", Cli.DemoFile, "--year", "2025", "--json").Output);

        var agreeing = report.Measures.Count(m => m.FinalIsSet && m.Suggestion is not null && m.Suggestion.Id == m.Final?.Id);
        Assert.Equal(agreeing, report.Summary.Agreeing);
        Assert.Equal(report.Measures.Count(m => m.Differs), report.Summary.Differing);
        Assert.Equal(report.Summary.Measures, report.Summary.Agreeing + report.Summary.Differing + report.Summary.Manual + report.Summary.WithoutFinal);
    }

    [Fact]
    public void Assess_YearWithoutFinalAssessments_AgreesWithNothing()
    {
        // The demo holds no finals for 2024: suggestions cannot agree with assessments that were never set.
        var report = Json(Cli.Run("assess", Cli.DemoFile, "--year", "2024", "--json").Output);

        Assert.Equal(0, report.Summary.Agreeing);
        Assert.Equal(report.Measures.Count(m => !m.Manual), report.Summary.WithoutFinal);
        Assert.DoesNotContain(report.Measures, m => m.Name.Contains("exklusive NAV", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_DemoAsTables_MarksDivergencesAndListsTheirMotivations()
    {
        var (exitCode, output, _) = Cli.Run("assess", Cli.DemoFile, "--year", "2025");
        var report = Json(Cli.Run("assess", Cli.DemoFile, "--year", "2025", "--json").Output);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains($"{report.Summary.Agreeing} av 24", output);
        foreach (var measure in report.Measures.Where(m => m.Differs || m.Manual))
        {
            Assert.Contains(measure.Motivation!, output);
        }

        Assert.Contains("Minskning från 274 till 253", output);
    }

    [Fact]
    public void Assess_English_PrintsEnglishLabels()
    {
        var (_, output, _) = Cli.Run("assess", Cli.DemoFile, "--year", "2025", "--lang", "en");

        Assert.Contains("rule-based suggestions", output);
        Assert.Contains("Unchanged", output);
    }

    [Fact]
    public void Assess_WithoutYear_IsAUsageError()
    {
        var (exitCode, _, error) = Cli.Run("assess", Cli.DemoFile);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--year", error);
    }

    [Fact]
    public void Assess_MissingFile_IsAUsageError()
    {
        var (exitCode, _, error) = Cli.Run("assess", "/no/such/file.json", "--year", "2025");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("finns inte", error);
    }

    [Fact]
    public void Assess_ModelWithoutIndicators_ListsMeasuresUnderTheirGoalsAndShowsLevelNamesAndJudgements()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Models", "kommun-fyrgradig.json");
        var report = Json(Cli.Run("assess", file, "--year", "2025", "--json").Output);

        var (exitCode, output, _) = Cli.Run("assess", file, "--year", "2025");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.All(report.Measures, m => Assert.Contains(m.Name, output));
        Assert.All(report.Goals.Where(g => g.LevelName is not null), g => Assert.Contains(g.LevelName!, output));
        var judged = Assert.Single(report.Goals, g => g.Judgements.Count > 0 && g.Judgements[0].Grade.Label.Contains("inte", StringComparison.Ordinal));
        Assert.Contains(judged.Judgements[0].Grade.Label, output);
    }
}
