using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/Breakcard.Benchmarks -- --filter '*Money*'
// Folders mirror src/: Core/, Simulation/, … Results go to docs/benchmarks.md with date and machine.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
