using Breakcard.Detection;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// The detection-options check (ADR 0218): before the first event is sent, every shard says which
/// options its silo runs, and a shard that runs other options than the gateway's sequencer and
/// place stage stops the stream with the settings that differ. A shard that moves to a silo not yet
/// checked (after a failover) is checked again after the batch, before any output is written.
/// </content>
public sealed partial class ShardedGateway
{
    private sealed partial class Run
    {
        private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
        private DetectionOptions? _expected;

        /// <summary>Asks every shard for its silo's options and throws when one differs from <paramref name="expected"/>.</summary>
        public async Task CheckSettingsAsync(DetectionOptions expected)
        {
            _expected = expected;
            var settings = await Task.WhenAll(grains.Select((g, k) => CallAsync(k, g.SettingsAsync))).ConfigureAwait(false);
            DetectionAgreement.Check(expected, stream, settings);
            _checked.UnionWith(settings.Select(s => s.Silo));
        }

        /// <summary>Checks again when a shard answered from a silo not checked yet (it moved after a failover).</summary>
        public Task RecheckIfMovedAsync() =>
            _expected is { } expected && _silos.Any(s => !_checked.Contains(s)) ? CheckSettingsAsync(expected) : Task.CompletedTask;
    }
}
