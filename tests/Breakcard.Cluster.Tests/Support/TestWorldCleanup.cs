namespace Breakcard.Cluster.Tests.Support;

/// <summary>Deletes the simulated test worlds when the test run ends.</summary>
public sealed class TestWorldCleanup : IDisposable
{
    public void Dispose()
    {
        TestWorld.Delete();
        EntityWorld.Delete();
    }
}
