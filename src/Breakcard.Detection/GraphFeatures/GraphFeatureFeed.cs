using Breakcard.Detection.Pipeline;

namespace Breakcard.Detection.GraphFeatures;

/// <summary>
/// Hands a provider's findings to a <see cref="MonitorSession"/> as the input's event time passes
/// them, so a daily graph analysis lands where a bank's overnight job would. Not thread safe.
/// </summary>
public sealed class GraphFeatureFeed
{
    private readonly IReadOnlyList<GraphPatternFinding> _findings;
    private int _next;

    /// <summary>Feeds <paramref name="provider"/>'s findings.</summary>
    public GraphFeatureFeed(IGraphFeatureProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _findings = provider.Findings;
        for (var i = 1; i < _findings.Count; i++)
        {
            if (_findings[i].AvailableAt < _findings[i - 1].AvailableAt)
            {
                throw new ArgumentException($"Graph findings must be ordered by time; finding {i} is earlier than the one before it.", nameof(provider));
            }
        }
    }

    /// <summary>Findings applied so far.</summary>
    public int Applied => _next;

    /// <summary>Applies every finding available at or before <paramref name="eventTime"/> (call before submitting an event of that time).</summary>
    public void Advance(MonitorSession session, DateTimeOffset eventTime)
    {
        ArgumentNullException.ThrowIfNull(session);
        while (_next < _findings.Count && _findings[_next].AvailableAt <= eventTime)
        {
            session.Apply(_findings[_next++]);
        }
    }

    /// <summary>Applies the findings left (at the end of the input).</summary>
    public void Finish(MonitorSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        while (_next < _findings.Count)
        {
            session.Apply(_findings[_next++]);
        }
    }
}
