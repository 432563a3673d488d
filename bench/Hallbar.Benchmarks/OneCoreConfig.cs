using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Hallbar.Benchmarks;

/// <summary>The benchmark process pinned to one core, as the targets are stated for one core.</summary>
public sealed class OneCoreConfig : ManualConfig
{
    public OneCoreConfig()
    {
        AddJob(Job.Default.WithAffinity(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
