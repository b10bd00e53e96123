using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Breakcard.EarlyWarning.Scoring;

namespace Breakcard.Benchmarks.EarlyWarning;

/// <summary>
/// Early warning on one thread over a simulated city (10,000 people, 14 days, seed 101): a fresh
/// scorer registers every holder, personal account and device, observes every transaction and
/// login in event time — each checked against the ten signals — and finishes the list. One
/// operation is the whole city; events scored per second per core = the city's events (printed by
/// the setup) / the time per operation. The city is simulated and loaded once, outside the
/// measurement; there is no I/O inside it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class EarlyWarningBenchmarks
{
    private EarlyWarningCity _city = null!;

    [GlobalSetup]
    public void Setup()
    {
        _city = EarlyWarningCity.SimulateAsync(10_000, 14, 101).GetAwaiter().GetResult();
        var warnings = Score();
        Console.WriteLine($"// city: {_city.Holders.Count:N0} holders, {_city.Accounts.Count:N0} personal accounts, {_city.Devices.Count:N0} devices, "
            + $"{_city.Transactions.Count:N0} transactions, {_city.Logins.Count:N0} logins; {warnings.Warnings} warnings with {warnings.Signals} signals");

        // Wall time on the shared machine counts the time spent waiting for a core; processor time
        // of this (single-threaded) loop does not. Five passes, median, printed beside the wall figures.
        var perCpuSecond = new List<double>();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var pass = 0; pass < 5; pass++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            Score();
            process.Refresh();
            perCpuSecond.Add(_city.Order.Count / Math.Max(1e-9, (process.TotalProcessorTime - before).TotalSeconds));
        }

        perCpuSecond.Sort();
        Console.WriteLine($"// processor time: median {perCpuSecond[2]:N0} events per CPU second (min {perCpuSecond[0]:N0}, max {perCpuSecond[4]:N0}) over {_city.Order.Count:N0} events");
    }

    /// <summary>The whole list for the city.</summary>
    [Benchmark]
    public int ScoreCity() => Score().Warnings;

    private (int Warnings, int Signals) Score()
    {
        var scorer = new EarlyWarningScorer(new WarningOptions(), _city.PeriodStart);
        foreach (var h in _city.Holders)
        {
            scorer.AddHolder(h);
        }

        foreach (var a in _city.Accounts)
        {
            scorer.AddAccount(a);
        }

        foreach (var (device, owner) in _city.Devices)
        {
            scorer.AddDevice(device, owner);
        }

        var transactions = _city.Transactions;
        var logins = _city.Logins;
        foreach (var (isLogin, index) in _city.Order)
        {
            if (isLogin)
            {
                scorer.Observe(logins[index]);
            }
            else
            {
                scorer.Observe(transactions[index]);
            }
        }

        var list = scorer.Finish();
        return (list.Count, list.Sum(w => w.Signals.Count));
    }

    /// <summary>
    /// In-process (no generated project to build on the loaded machine), one launch, short runs,
    /// the 90th percentile beside the median.
    /// </summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10));
            AddColumn(StatisticColumn.Median, StatisticColumn.P90);
        }
    }
}
