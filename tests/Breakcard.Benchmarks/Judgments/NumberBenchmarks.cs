using BenchmarkDotNet.Attributes;
using Breakcard.Judgments.Numbers;

namespace Breakcard.Benchmarks.Judgments;

/// <summary>Parsing cost of the number forms courts write.</summary>
[MemoryDiagnoser]
public class NumberBenchmarks
{
    [Benchmark]
    public bool ChineseAmount() => ChineseNumbers.TryParseAmount("三万二千二百元", out _);

    [Benchmark]
    public bool WanLowerBound() => ChineseNumbers.TryParseAmount("1100余万元", out _);

    [Benchmark]
    public bool Months() => ChineseNumbers.TryParseMonths("一年二个月", out _);

    [Benchmark]
    public bool SignatureDate() => ChineseNumbers.TryParseDate("二〇二二年五月十八日", out _);
}
