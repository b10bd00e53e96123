namespace Breakcard.Web.Monitoring;

/// <summary>Makes the engine of each institution's monitor; registered once per host.</summary>
public interface IMonitorEngineFactory
{
    /// <summary>What the engines run on, for the host's start-up log (e.g. "in this process").</summary>
    string Description { get; }

    /// <summary>
    /// The engine of <paramref name="institutionId"/>'s monitor, writing its files into
    /// <paramref name="folder"/>; with a <paramref name="world"/>, its reference data.
    /// </summary>
    Task<IMonitorEngine> CreateAsync(string institutionId, string folder, Links.ReferenceWorld? world, CancellationToken cancellationToken);
}
