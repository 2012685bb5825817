using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Frontline.Bench;

/// <summary>
/// In process, 3 warm-ups and 3 measured iterations: for benchmarks whose setup reads real maps or starts a
/// database, so it is done once per case on a shared 2-core machine, not once per launched process.
/// </summary>
public sealed class InProcessShortConfig : ManualConfig
{
    public InProcessShortConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
