namespace Breakcard.Cluster.Tests.Support;

/// <summary>Deletes the simulated test world when the test run ends.</summary>
public sealed class TestWorldCleanup : IDisposable
{
    public void Dispose() => TestWorld.Delete();
}
