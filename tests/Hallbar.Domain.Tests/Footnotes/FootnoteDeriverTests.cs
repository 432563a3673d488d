using Hallbar.Domain.Assessment;
using Hallbar.Domain.Footnotes;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Tests.Footnotes;

public sealed class FootnoteDeriverTests
{
    private static readonly Measure Emissions = new()
    {
        Id = "co2e",
        Name = "Regionens totala utsläpp av CO2e",
        Kind = MeasureKind.ChangeFromBase,
        Direction = Direction.Decrease,
        Baseline = new Baseline(2019, 0),
        Outcomes = Years.From(2023, -2, 0, -2),
        Restatements = [new Restatement(Period.OfYear(2024), null, 0, 2025, "Justerat sedan föregående hållbarhetsredovisning pga sent inkommen statistik")],
    };

    [Fact]
    public void ForMeasure_RestatedThisYear_FootnoteComesFromTheRestatementReason()
    {
        var notes = FootnoteDeriver.ForMeasure(Emissions, 2025, 3);

        var restated = Assert.Single(notes, n => n.Kind == FootnoteKind.Restated);
        Assert.Equal(Emissions.Restatements[0].Reason, restated.Text);
        Assert.Equal(Period.OfYear(2024), restated.Period);
    }

    [Fact]
    public void ForMeasure_RestatementFromAnEarlierReport_IsNotRepeated()
    {
        Assert.DoesNotContain(FootnoteDeriver.ForMeasure(Emissions, 2026, 3), n => n.Kind == FootnoteKind.Restated);
    }

    [Fact]
    public void ForMeasure_ChangeFromBase_SaysWhichBaseYear()
    {
        Assert.Contains(FootnoteDeriver.ForMeasure(Emissions, 2025, 3), n => n.Kind == FootnoteKind.AgainstBaseYear && n.Text == "Mäts gentemot basår 2019.");
    }

    [Fact]
    public void ForMeasure_MissingValueShown_GivesItsReason()
    {
        var measure = Emissions with
        {
            Kind = MeasureKind.Numeric,
            Restatements = [],
            Outcomes = [new Outcome(Period.OfYear(2023), missingReason: "Mätetal saknas på grund av bristande datakvalitet"), new Outcome(Period.OfYear(2024), 3)],
        };

        var missing = Assert.Single(FootnoteDeriver.ForMeasure(measure, 2025, 3), n => n.Kind == FootnoteKind.Missing);
        Assert.Equal(Period.OfYear(2023), missing.Period);
        Assert.DoesNotContain(FootnoteDeriver.ForMeasure(measure, 2026, 2), n => n.Kind == FootnoteKind.Missing);
    }

    [Fact]
    public void ForMeasure_NewThisYear_SaysSo()
    {
        var measure = Emissions with { IntroducedIn = 2025 };

        Assert.Contains(FootnoteDeriver.ForMeasure(measure, 2025, 3), n => n.Kind == FootnoteKind.NewMeasure && n.Text == "Nytt mätetal från 2025.");
        Assert.DoesNotContain(FootnoteDeriver.ForMeasure(measure, 2026, 3), n => n.Kind == FootnoteKind.NewMeasure);
    }

    [Fact]
    public void ForMeasure_MarginalSuggestionKept_GetsTheMarginalNote()
    {
        var measure = new Measure
        {
            Id = "avfall",
            Name = "Andel källsorterat avfall",
            Unit = "%",
            Direction = Direction.Increase,
            Rule = new PreviousYearRule(),
            Threshold = Threshold.Absolute(0.5m),
            Outcomes = Years.From(2024, 36.8m, 36.9m),
        };
        var assessment = ModelAssessor.AssessMeasure(measure, 2025, AssessmentScale.Default);

        Assert.Contains(FootnoteDeriver.ForMeasure(measure, 2025, 3, assessment), n => n.Kind == FootnoteKind.MarginalChange);
    }

    [Fact]
    public void ForNode_MeasureRemovedThisYear_IsNoted()
    {
        var node = new GoalNode
        {
            Id = "krav",
            Kind = NodeKind.Indicator,
            Name = "Hållbarhetskrav beaktas vid inköp",
            Measures = [Emissions with { Id = "eko", Name = "Andel ekologiska livsmedel", RemovedIn = 2025 }],
        };

        var note = Assert.Single(FootnoteDeriver.ForNode(node, 2025));
        Assert.Equal(FootnoteKind.RemovedMeasure, note.Kind);
        Assert.Contains("Andel ekologiska livsmedel", note.Text);
    }
}
