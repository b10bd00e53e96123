[assembly: AssemblyFixture(typeof(Breakcard.Simulation.Tests.Support.Worlds))]
