namespace Breakcard.Cluster.Sharding;

/// <content>
/// The place side of the shard grain (ADR 0188): a numbered place round before each batch. A
/// round's results are kept until the batch is applied, so a repeated call answers the same; the
/// place state is part of the session snapshot, so a shard resumed from a checkpoint is sent the
/// rounds and batches after it again, like the batches alone (ADR 0178).
/// </content>
public sealed partial class ShardGrain : IPlaceGrain
{
    // The last batch whose place round this activation applied (the batch before the next one after a restore).
    private long _placed = -1;
    // Kept encoded (ADR 0267): a repeated call answers the same bytes.
    private byte[] _placeResults = [];

    // A round's place items, decoded into a list this activation keeps (ADR 0394).
    private readonly List<PlaceItem> _placeItems = [];

    /// <inheritdoc />
    public async Task<PlaceAck> PlaceAsync(long number, long firstEventUnixSeconds, byte[] round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (_state.State.Result is not null)
        {
            throw new InvalidOperationException($"shard {this.GetPrimaryKeyString()} has ended; batch {number} cannot be applied");
        }

        if (number > _next)
        {
            await CatchUpFromStorageAsync().ConfigureAwait(true);
        }

        if (number != _next)
        {
            return new PlaceAck(_next, null);
        }

        if (_placed != number)
        {
            _session ??= Open(firstEventUnixSeconds);
            _session.Intern(ShardWire.UnpackRound(round, _placeItems));
            _placeResults = ShardWire.PackResults(_session.Place(_placeItems));
            _placed = number;
        }

        return new PlaceAck(_next, _placeResults);
    }

    /// <summary>Starts the session on the stream's first batch (place round or batch, whichever comes first).</summary>
    private ShardSession Open(long firstEventUnixSeconds)
    {
        _state.State.FirstEventUnixSeconds = firstEventUnixSeconds;
        return Start(firstEventUnixSeconds);
    }
}
