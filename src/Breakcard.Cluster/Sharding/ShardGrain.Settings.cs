namespace Breakcard.Cluster.Sharding;

/// <content>The shard's detection options and risk model, for the gateway's check before a stream starts (ADR 0218).</content>
public sealed partial class ShardGrain
{
    /// <inheritdoc />
    public Task<ShardSettings> SettingsAsync() => Task.FromResult(DetectionAgreement.Of(_runtime.Options, _runtime.ModelIdentity, RuntimeIdentity));
}
