using Breakcard.Detection;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// The detection-options check (ADR 0218, and the risk model's, ADR 0327): before the first event is
/// sent, every shard says which options and model its silo runs, and a shard that runs other ones than the gateway's sequencer and
/// place stage stops the stream with the settings that differ. A shard that moves to a silo not yet
/// checked (after a failover) is checked again after the batch, before any output is written.
/// </content>
public sealed partial class ShardedGateway
{
    private sealed partial class Run
    {
        private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
        private DetectionOptions? _expected;
        private string _expectedModel = DetectionAgreement.PointsIdentity;

        /// <summary>Asks every shard for its silo's options and model and throws when one differs from <paramref name="expected"/> or <paramref name="model"/>.</summary>
        public async Task CheckSettingsAsync(DetectionOptions expected, string model)
        {
            _expected = expected;
            _expectedModel = model;
            var settings = await Task.WhenAll(grains.Select((g, k) => CallAsync(k, g.SettingsAsync))).ConfigureAwait(false);
            DetectionAgreement.Check(expected, model, stream, settings);
            _checked.UnionWith(settings.Select(s => s.Silo));
        }

        /// <summary>Checks again when a shard answered from a silo not checked yet (it moved after a failover).</summary>
        public Task RecheckIfMovedAsync() =>
            _expected is { } expected && _silos.Any(s => !_checked.Contains(s)) ? CheckSettingsAsync(expected, _expectedModel) : Task.CompletedTask;
    }
}
