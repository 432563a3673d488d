using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Periods;

namespace Hallbar.Benchmarks;

/// <summary>
/// A large organization for benchmarks: areas × goals × indicators × measures, each measure with
/// a yearly series and a rule from the whole rule set, so every code path of the engine is timed.
/// </summary>
public static class SyntheticModel
{
    public const int FirstYear = 2011;

    public static OrganizationModel Create(int fanOut, int measuresPerIndicator, int years, int seed = 42)
    {
        var random = new Random(seed);
        var bands = ModelAssessor.DefaultBands(AssessmentScale.Default);
        var measureCount = 0;

        GoalNode Indicator(string id) => new()
        {
            Id = id,
            Kind = NodeKind.Indicator,
            Name = id,
            RollUp = measureCount % 7 == 0 ? new KeyChildRollUp($"{id}-m0") : new AverageRollUp(bands),
            Measures = Enumerable.Range(0, measuresPerIndicator).Select(i => Measure($"{id}-m{i}", measureCount++)).ToList(),
        };

        Measure Measure(string id, int index)
        {
            var start = 50 + random.Next(100);
            var outcomes = Enumerable.Range(0, years)
                .Select(y => new Outcome(Period.OfYear(FirstYear + y), Math.Round(start + (decimal)(random.NextDouble() * 20 - 10) - y, 1)))
                .ToList();
            AssessmentRule rule = (index % 7) switch
            {
                0 => new PreviousYearRule(),
                1 => new BaseValueRule(),
                2 => new TargetRule(),
                3 => new PathRule(),
                4 => new AnnualChangeRule(),
                5 => new TrendRule(5),
                _ => new ProgressRatioRule(bands),
            };
            return new Measure
            {
                Id = id,
                Name = id,
                Unit = "st",
                Direction = Direction.Decrease,
                Baseline = new Baseline(FirstYear, start),
                Targets = [new LevelTarget(start / 2m, ComparisonOperator.AtLeastAsGood, FirstYear + years + 5), new AnnualChangeTarget(-2.5m)],
                Rule = rule,
                Threshold = Threshold.Relative(0.02m),
                Outcomes = outcomes,
            };
        }

        var areas = Enumerable.Range(0, fanOut).Select(a => new GoalNode
        {
            Id = $"a{a}",
            Kind = NodeKind.Area,
            Name = $"a{a}",
            RollUp = new AverageRollUp(bands),
            Children = Enumerable.Range(0, fanOut).Select(g => new GoalNode
            {
                Id = $"a{a}-g{g}",
                Kind = NodeKind.Goal,
                Name = $"a{a}-g{g}",
                RollUp = new AverageRollUp(bands),
                Children = Enumerable.Range(0, fanOut).Select(i => Indicator($"a{a}-g{g}-i{i}")).ToList(),
            }).ToList(),
        }).ToList();

        return new OrganizationModel
        {
            Organization = new Organization("synthetic", "Syntetisk region", "region", []),
            Scales = [AssessmentScale.Default],
            DefaultScaleId = AssessmentScale.Default.Id,
            Goals = areas,
            OverallRollUp = new AverageRollUp(bands),
        };
    }
}
