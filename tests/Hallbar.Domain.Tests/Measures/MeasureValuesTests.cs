using Hallbar.Domain.Measures;
using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Tests.Measures;

public sealed class MeasureValuesTests
{
    private static Measure Per(Aggregation units, Aggregation periods, params Outcome[] outcomes) => new()
    {
        Id = "m",
        Name = "m",
        UnitAggregation = units,
        PeriodAggregation = periods,
        Outcomes = outcomes,
    };

    [Fact]
    public void ForYear_QuartersPerUnitSummed_AddsUpEverything()
    {
        var measure = Per(Aggregation.Sum, Aggregation.Sum,
        [
            .. Quarters("a", 1, 2, 3, 4),
            .. Quarters("b", 10, 10, 10, 10),
        ]);

        Assert.Equal(50m, MeasureValues.ForYear(measure, 2025));
    }

    [Fact]
    public void ForYear_SumOfAnIncompleteYear_HasNoValue()
    {
        // Two quarters summed would read as a halved year.
        var measure = Per(Aggregation.None, Aggregation.Sum, new Outcome(Period.OfQuarter(2025, 1), 10), new Outcome(Period.OfQuarter(2025, 2), 10));

        Assert.Null(MeasureValues.ForYear(measure, 2025));
    }

    private static Outcome[] Quarters(string unit, params decimal[] values) =>
        values.Select((v, i) => new Outcome(Period.OfQuarter(2025, i + 1), v, unitId: unit)).ToArray();

    [Fact]
    public void ForYear_WholeOrganizationValue_WinsOverUnits()
    {
        // A reported total is what the organization published; units are its breakdown.
        var measure = Per(Aggregation.Sum, Aggregation.Last,
            new Outcome(Period.OfYear(2025), 100),
            new Outcome(Period.OfYear(2025), 40, unitId: "a"));

        Assert.Equal(100m, MeasureValues.ForYear(measure, 2025));
    }

    [Fact]
    public void ForYear_WeightedAverage_WeighsByUnit()
    {
        var measure = Per(Aggregation.WeightedAverage, Aggregation.Last,
            new Outcome(Period.OfYear(2025), 10, unitId: "small", weight: 1),
            new Outcome(Period.OfYear(2025), 20, unitId: "large", weight: 3));

        Assert.Equal((10m * 1 + 20m * 3) / 4, MeasureValues.ForYear(measure, 2025));
    }

    [Fact]
    public void ForYear_NoAggregationAndOnlyUnits_HasNoWholeValue()
    {
        var measure = Per(Aggregation.None, Aggregation.Last, new Outcome(Period.OfYear(2025), 10, unitId: "a"));

        Assert.Null(MeasureValues.ForYear(measure, 2025));
    }

    [Fact]
    public void ForYear_MonthsWithLast_TakesTheLatestMonth()
    {
        var measure = Per(Aggregation.None, Aggregation.Last,
            new Outcome(Period.OfMonth(2025, 12), 7),
            new Outcome(Period.OfMonth(2025, 3), 5));

        Assert.Equal(7m, MeasureValues.ForYear(measure, 2025));
    }

    [Fact]
    public void ForYear_LastAcrossUnits_GivesNoWhole()
    {
        // Units have no order: "the last unit" would depend on how the file happens to list them.
        var measure = Per(Aggregation.Last, Aggregation.Last,
            new Outcome(Period.OfYear(2025), 1, unitId: "a"),
            new Outcome(Period.OfYear(2025), 2, unitId: "b"));

        Assert.Null(MeasureValues.ForYear(measure, 2025));
    }

    [Fact]
    public void CompareTo_QuarterAndMonthWithTheSameMidpoint_AreNotEqual()
    {
        Assert.NotEqual(0, Period.OfQuarter(2025, 1).CompareTo(Period.OfMonth(2025, 2)));
    }
}
