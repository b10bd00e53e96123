using Breakcard.Benchmarks.Screening;
using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/Breakcard.Benchmarks -- --filter '*Money*'
// Folders mirror src/: Core/, Simulation/, … Results go to docs/benchmarks.md with date and machine.
// `-- readings [--ads FILE] [--rounds R] [--top N] [--model FILE]`: the table of what each screening reading costs per text (ADR 426).
return args is ["readings", .. var rest]
    ? ReadingCosts.Run(rest, Console.Out, Console.Error)
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
