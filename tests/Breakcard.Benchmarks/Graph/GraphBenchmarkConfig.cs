using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Breakcard.Benchmarks.Graph;

/// <summary>
/// The graph benchmarks' settings: the 90th percentile beside the median, and a build timeout
/// long enough for the shared 2-core machine (the default two minutes is often exceeded while
/// other engineers compile).
/// </summary>
internal sealed class GraphBenchmarkConfig : ManualConfig
{
    public GraphBenchmarkConfig()
    {
        AddColumn(StatisticColumn.P90);
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
