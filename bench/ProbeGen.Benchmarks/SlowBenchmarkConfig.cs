using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace ProbeGen.Bench;

/// <summary>
/// Few, long iterations: a 10,000-workload compile takes seconds, and the 2-core machine is shared, so medians over a
/// handful of iterations in one process are what we can afford (the whole suite runs in about ten minutes).
/// </summary>
public sealed class SlowBenchmarkConfig : ManualConfig
{
    public SlowBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(7)
            .WithId("slow"));
        // Medians and extremes: on a shared machine the mean is pulled by the slow outliers.
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(20));
    }
}
