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

    [Benchmark]
    public AssessmentResult Assess10000MeasuresWithRollUps() =>
        ModelAssessor.Assess(_model, SyntheticModel.FirstYear + 14);
}
