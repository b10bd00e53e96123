using Breakcard.Cluster.Tests.Support;

// Each test starts a cluster of silos with second-scale failure detection; run one at a time so
// clusters do not starve each other of the two cores (a starved silo misses probes).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: AssemblyFixture(typeof(TestWorldCleanup))]
