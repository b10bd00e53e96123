namespace Breakcard.Cluster.Sharding;

/// <content>
/// A batch's transfer rounds through the shard grains (ADR 0185), with the failover of ADR 0178:
/// a shard that resumed from an older checkpoint is sent the batches after it again whole (every
/// annotation of a finished batch is known), then the current batch in full with every annotation
/// routed to it so far, and goes on from there.
/// </content>
public sealed partial class ShardedGateway
{
    private sealed partial class Run
    {
        private readonly List<int> _rounds = [];

        // Reused from batch to batch (ADR 0411); SendAsync runs one batch at a time.
        private readonly TransferRounds _transfers = new(grains.Length);

        // The answers of one round's calls are taken on thread-pool threads at once (no
        // synchronisation context): what they change — the replay buffer's trim, the silos seen,
        // the alert facts — and the buffer reads a retry makes meanwhile go through this (ADR 0267).
        private readonly Lock _gate = new();

        /// <summary>Rounds each batch took.</summary>
        public IReadOnlyList<int> Rounds => _rounds;

        /// <summary>Numbers and keeps the next batch, then runs its rounds until every shard has applied it.</summary>
        public async Task SendAsync(List<ShardItem>[] perShard)
        {
            byte[][] packed = [.. perShard.Select(ShardWire.PackItems)];
            Wire = Wire.AddItems(perShard, packed.Sum(p => (long)p.Length));
            var number = _buffer.Add(packed);
            var rounds = await _transfers.RunAsync((k, notes, first) => StepAsync(k, number, notes, first), _buffer.NotesOf(number)).ConfigureAwait(false);
            _rounds.Add(rounds);
        }

        /// <summary>One round of batch <paramref name="number"/> at shard <paramref name="shard"/>.</summary>
        private async Task<(bool Done, TransferNote[] Notes)> StepAsync(int shard, long number, TransferNote[] fresh, bool first)
        {
            var grain = grains[shard];
            var full = first;
            while (true)
            {
                var (items, routed) = full ? Held(number, shard) : ([], []);
                var notes = full ? routed : fresh;
                var send = full;
                var ack = await CallAsync(shard, () => grain.StepAsync(number, First, items, notes, send)).ConfigureAwait(false);
                Note(shard, ack);
                if (ack.Next > number + 1)
                {
                    throw Reused(shard, ack.Next, number + 1);
                }

                if (ack.Next == number + 1 || (ack.Next == number && ack.Holding))
                {
                    return (!ack.Holding, ack.Notes);
                }

                if (ack.Next < number)
                {
                    await DeliverAsync(shard, ack.Next, number - 1).ConfigureAwait(false);
                }

                // The shard is at this batch without holding it (it resumed from a checkpoint): its
                // place round again (ADR 0201), then the batch in full. Should the round find the
                // shard further back still, the next call says so.
                _ = await PlaceAgainAsync(shard, number).ConfigureAwait(false);
                full = true;
            }
        }

        /// <summary>Sends shard <paramref name="shard"/> the batches from <paramref name="from"/> until it has applied <paramref name="last"/>, each whole with all its annotations.</summary>
        private async Task DeliverAsync(int shard, long from, long last)
        {
            var grain = grains[shard];
            while (from <= last)
            {
                if (from < _buffer.Base)
                {
                    throw new InvalidOperationException($"stream {stream}: shard {shard} resumed at batch {from}, before the gateway's replay buffer (from {_buffer.Base}); its checkpoint storage lost data");
                }

                _resends[shard]++;
                var number = from;
                var (items, notes) = Held(number, shard);
                if (await PlaceAgainAsync(shard, number).ConfigureAwait(false) is { } earlier)
                {
                    from = earlier;
                    continue;
                }

                var ack = await CallAsync(shard, () => grain.StepAsync(number, First, items, notes, true)).ConfigureAwait(false);
                Note(shard, ack);
                if (ack.Next > last + 1)
                {
                    throw Reused(shard, ack.Next, last + 1);
                }

                if (ack.Holding)
                {
                    throw new InvalidOperationException($"stream {stream}: shard {shard} could not apply replayed batch {number} whole (an annotation is missing)");
                }

                // ack.Next == number: the shard resumed again between the place round and the batch; both again.

                from = ack.Next;
            }
        }

        private void Note(int shard, ShardRoundAck ack)
        {
            lock (_gate)
            {
                // Null from a silo of an older build (the field is new, ADR 0266): its alerts' facts would be lost.
                facts.Take(shard, ack.Facts ?? throw new InvalidOperationException($"stream {stream}: shard {shard} answered from {ack.Silo} without its alerts' device facts; every silo must run the gateway's build"));
                _buffer.Checkpointed(shard, ack.Checkpointed);
                AddSilo(ack.Silo);
            }
        }

        private (byte[] Items, TransferNote[] Notes) Held(long number, int shard)
        {
            lock (_gate)
            {
                return _buffer.For(number, shard);
            }
        }
    }
}
