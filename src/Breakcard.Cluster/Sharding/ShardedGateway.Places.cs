namespace Breakcard.Cluster.Sharding;

/// <content>
/// The place rounds of the sharded mode (ADR 0188, 0201): before a batch's transfer rounds, every
/// shard is sent (at once) the released logins, calls and SMS naming the devices, IPs and cells it
/// owns (<see cref="PlaceStage"/>, fed by the stream's sequencer); the counts come back and travel
/// on the batch's items. Rounds are numbered like the batches and kept with them for replay: a
/// shard resumed from an older checkpoint is sent, for every batch since, the place round and then
/// the batch (ADR 0178).
/// </content>
public sealed partial class ShardedGateway
{
    private sealed partial class Run
    {
        private readonly Dictionary<long, byte[][]> _placeRounds = [];

        // Each shard's answer to the last place round, decoded into a list kept per shard (ADR 0394): read by the place stage before the next round.
        private readonly List<PlaceResult>[] _placeResults = [.. grains.Select(_ => new List<PlaceResult>())];

        /// <summary>What this stream sent its shards so far (first sends).</summary>
        public WireCounts Wire { get; private set; }

        /// <summary>Sends every shard its part of the batch's new identifiers (<paramref name="keys"/>, <paramref name="batch"/> split) and its items of the next batch's place round (at once) and returns each shard's results.</summary>
        public async Task<IReadOnlyList<PlaceResult>[]> PlaceRoundAsync(KeyBatch batch, ShardKeys[] keys, List<PlaceItem>[] items)
        {
            var number = Batches;
            foreach (var old in _placeRounds.Keys.Where(b => b < _buffer.Base).ToList())
            {
                _placeRounds.Remove(old);
            }

            var keyBytes = new int[items.Length];
            var rounds = items.Select((mine, k) => ShardWire.PackRoundCounting(keys[k], mine, out keyBytes[k])).ToArray();
            _placeRounds[number] = rounds;
            Wire = Wire.AddRound(batch, keys, items, rounds, keyBytes);
            return await Task.WhenAll(rounds.Select(async (mine, k) =>
            {
                while (true)
                {
                    var ack = await CallAsync(k, () => Place(k).PlaceAsync(number, First, mine)).ConfigureAwait(false);
                    if (ack.Results is not null)
                    {
                        ShardWire.UnpackResults(ack.Results, _placeResults[k]);
                        return (IReadOnlyList<PlaceResult>)_placeResults[k];
                    }

                    if (ack.Next >= number)
                    {
                        throw Reused(k, ack.Next, number);
                    }

                    // The shard resumed from an older checkpoint: it gets the rounds and batches since.
                    await DeliverAsync(k, ack.Next, number - 1).ConfigureAwait(false);
                }
            })).ConfigureAwait(false);
        }

        /// <summary>Sends shard <paramref name="shard"/> batch <paramref name="number"/>'s place round again; null when applied, else the earlier batch the shard wants first.</summary>
        private async Task<long?> PlaceAgainAsync(int shard, long number)
        {
            var round = _placeRounds[number][shard];
            var ack = await CallAsync(shard, () => Place(shard).PlaceAsync(number, First, round)).ConfigureAwait(false);
            if (ack.Results is not null)
            {
                return null;
            }

            return ack.Next < number ? ack.Next : throw Reused(shard, ack.Next, number);
        }

        private IPlaceGrain Place(int shard) => grains[shard].AsReference<IPlaceGrain>();
    }
}
