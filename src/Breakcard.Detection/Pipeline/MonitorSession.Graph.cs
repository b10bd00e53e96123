using Breakcard.Detection.GraphFeatures;

namespace Breakcard.Detection.Pipeline;

/// <content>Graph typology findings (ADR 0125).</content>
public sealed partial class MonitorSession
{
    /// <summary>Applies one graph finding to its account in event time (see <see cref="GraphFeatureFeed"/>).</summary>
    public void Apply(in GraphPatternFinding finding)
    {
        if (string.IsNullOrEmpty(finding.Account))
        {
            return;
        }

        Engine.ApplyGraphFinding(_reference.InternAccount(finding.Account), finding.AvailableAt.ToUnixTimeSeconds(),
            finding.ScatterGather, finding.CycleLength, finding.StackDepth);
    }
}
