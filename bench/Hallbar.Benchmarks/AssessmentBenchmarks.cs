using BenchmarkDotNet.Attributes;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;

namespace Hallbar.Benchmarks;

/// <summary>Assessing 10 000 measures × 15 years with roll-ups on one core. Target: under 50 ms.</summary>
[Config(typeof(OneCoreConfig))]
public class AssessmentBenchmarks
{
    private OrganizationModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = SyntheticModel.Create(fanOut: 10, measuresPerIndicator: 10, years: 15);
    }

    [Benchmark(Baseline = true)]
    public AssessmentResult Assess10000MeasuresWithRollUps() =>
        ModelAssessor.Assess(_model, SyntheticModel.FirstYear + 14);

    /// <summary>The same, and every rationale written in Swedish, as a page or report listing them all does.</summary>
    [Benchmark]
    public int AssessAndWriteEverySwedishRationale()
    {
        var length = 0;
        foreach (var result in ModelAssessor.Assess(_model, SyntheticModel.FirstYear + 14).DescendantsAndSelf())
        {
            length += result.Rationale.Text.Length;
        }

        return length;
    }
}
