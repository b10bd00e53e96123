using Breakcard.Web.Links;

namespace Breakcard.Web.Monitoring;

/// <summary>Engines in this process (the default).</summary>
public sealed class LocalMonitorEngines : IMonitorEngineFactory
{
    /// <inheritdoc />
    public string Description => "in this process";

    /// <inheritdoc />
    public Task<IMonitorEngine> CreateAsync(string institutionId, string folder, ReferenceWorld? world, CancellationToken cancellationToken) =>
        Task.FromResult<IMonitorEngine>(new LocalMonitorEngine(folder, world));
}
