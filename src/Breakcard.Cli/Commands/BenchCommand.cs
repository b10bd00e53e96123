using System.CommandLine;
using Breakcard.Cli.Commands.Bench;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard bench</c>: end-to-end measurements of the product's capabilities, for
/// docs/benchmarks.md. Each capability adds one subcommand line here (its file in <c>Bench/</c>).
/// Micro-benchmarks live in tests/Breakcard.Benchmarks instead.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliContext cli) => new("bench", "Measure end-to-end throughput and memory (results go in docs/benchmarks.md).")
    {
        SimulateBench.Create(cli),
        MonitorBench.Create(cli),
    };
}
