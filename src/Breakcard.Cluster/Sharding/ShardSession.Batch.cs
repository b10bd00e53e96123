using Breakcard.Cluster.Grains;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// A shard's batches (ADR 0185, 0203): the items of a batch with their readiness keys, applied in
/// rounds — every item whose annotation (for a credit side) has arrived and that shares no state
/// with an earlier item still waiting — and the annotations of the debit sides applied.
/// </content>
public sealed partial class ShardSession
{
    private readonly Dictionary<long, TransferNote> _notes = [];
    private readonly List<TransferNote> _produced = [];
    private readonly HashSet<long> _waiting = [];

    // A filter over _waiting's keys (ADR 0427), one bit per hash of a key: once an item waits, every
    // later item of the round asks for each of its keys, and most of them are not waiting; a clear
    // bit answers without probing the set. 4,096 bits, so a round with a few hundred waiting keys
    // still leaves most bits clear.
    private readonly ulong[] _waitingBits = new ulong[64];
    private readonly ShardBatch _batch = new();
    private EngineEvent[] _events = [];
    private readonly List<long> _keys = [];
    private int[] _keyStart = [];
    private int[] _pending = [];
    private int _pendingCount;
    private long _release;
    private long _step;

    // The largest release of every batch begun (or, after a restore, of the event ids kept): the
    // next batch's must all lie above it, and rise (ADR 0411).
    private long _begun = -1;

    // The first of the current (between batches, the last) batch's alerts: the ones BatchFacts reports.
    private int _batchAlerts;

    /// <summary>True while a batch is part-applied (waiting for an annotation).</summary>
    public bool Holding => _pendingCount > 0;

    /// <summary>The annotations of the debit sides applied in the current (or, between batches, the last) batch.</summary>
    public IReadOnlyList<TransferNote> Produced => _produced;

    /// <summary>Starts a batch: takes its items (applied by <see cref="Run"/>), whose identifiers the batch's place round interned (<see cref="Intern"/>).</summary>
    /// <exception cref="InvalidDataException">An item names an identifier index no batch has announced to this shard.</exception>
    public void Begin(IReadOnlyList<ShardItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        NotHolding();
        _batch.Load(items);
        StartBatch();
    }

    /// <summary>Starts a batch from its items as <see cref="ShardWire.PackItems"/> encoded them, decoded into the shard's reused storage (ADR 0286).</summary>
    /// <exception cref="InvalidDataException">The message is damaged, or an item names an identifier index no batch has announced to this shard.</exception>
    public void Begin(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        NotHolding();
        ShardWire.UnpackItems(packed, _batch);
        StartBatch();
    }

    private void NotHolding()
    {
        if (Holding)
        {
            throw new InvalidOperationException("the shard still holds part of the previous batch");
        }
    }

    private void StartBatch()
    {
        var count = _batch.Count;
        if (_keyStart.Length <= count)
        {
            // Grown to twice the largest batch seen and reused (ADR 0286, 0411): grown to exactly
            // the batch's size, every batch larger than all before reallocated the three arrays.
            var size = Math.Max(count, 2 * _events.Length);
            _events = new EngineEvent[size];
            _keyStart = new int[size + 1];
            _pending = new int[size];
        }

        RisingReleases(count);
        _keys.Clear();
        Span<long> own = stackalloc long[ShardReadiness.MaxKeys];
        var strict = false;
        for (var i = 0; i < count; i++)
        {
            _events[i] = ToEngine(in _batch[i], _batch.IdOf(i));
            _keyStart[i] = _keys.Count;
            _readiness.KeysOf(in _events[i], _batch[i].Side, own);
            foreach (var k in own)
            {
                if (k != ShardReadiness.None)
                {
                    _keys.Add(k);
                }
            }

            strict |= _readiness.Pushes && !ReceiverKeys(i, _keyStart[i]);
            _pending[i] = i;
        }

        _keyStart[count] = _keys.Count;
        if (strict)
        {
            // An item's engine would count on its own place stores and could push anywhere: strict order.
            _keys.Clear();
            for (var i = 0; i < count; i++)
            {
                _keyStart[i] = i;
                _keys.Add(ShardReadiness.Common);
            }

            _keyStart[count] = count;
        }

        _pendingCount = count;
        _batchAlerts = _alertKeys.Count;
        _notes.Clear();
        _produced.Clear();
    }

    /// <summary>
    /// Refuses a batch that would have this shard apply a release twice (ADR 0411): its items'
    /// releases must rise, all above every earlier batch's. The gateway releases each sequence once,
    /// at one release, and gives a shard at most one item per release (a transfer split over two
    /// shards sends each a side; a call, a relay group or a push receiver already holding the release
    /// gets nothing more); a grain applies batch numbers once, and a shard resumed from a checkpoint
    /// is sent only the batches after it. So a shard's event ids never see one sequence twice and
    /// keep no search for it; a fault breaking that is an error here, never an event applied twice.
    /// </summary>
    /// <exception cref="InvalidDataException">A release not above the one before it in the batch, or not above an earlier batch's.</exception>
    private void RisingReleases(int count)
    {
        var last = _begun;
        for (var i = 0; i < count; i++)
        {
            var release = _batch[i].Release;
            if (release <= last)
            {
                throw new InvalidDataException(
                    $"shard {_shard} was sent item {i} (sequence {_batch[i].Sequence}) at release {release}, not after release {last} it was given before: a shard applies each release once, in rising order (a batch repeated, or the gateway's routing at fault)");
            }

            last = release;
        }

        _begun = last;
    }

    /// <summary>Takes annotations for credit sides of the current batch (a repeated one is harmless).</summary>
    public void Receive(IEnumerable<TransferNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        foreach (var n in notes)
        {
            _notes[n.Sequence] = n;
        }
    }

    /// <summary>
    /// Applies, in the batch's order, every item not yet applied that can be: a credit side once its
    /// annotation has arrived, and any item only when no earlier item still waiting shares one of its
    /// readiness keys (so each entity's, holder's and place's items keep the stream's order). Returns
    /// the annotations of the debit sides applied in this call.
    /// </summary>
    public TransferNote[] Run()
    {
        var from = _produced.Count;
        if (_waiting.Count > 0)
        {
            _waiting.Clear();
            Array.Clear(_waitingBits);
        }

        var kept = 0;
        for (var j = 0; j < _pendingCount; j++)
        {
            var i = _pending[j];
            var keys = KeysOf(i);
            if ((_batch[i].Side == ShardSide.Credit && !_notes.ContainsKey(_batch[i].Sequence)) || Blocked(keys))
            {
                foreach (var k in keys)
                {
                    if (k != ShardReadiness.None)
                    {
                        _waiting.Add(k);
                        var bit = WaitingBit(k);
                        _waitingBits[bit >> 6] |= 1UL << bit;
                    }
                }

                _pending[kept++] = i;
                continue;
            }

            Apply(i);
        }

        _pendingCount = kept;
        if (!Holding)
        {
            _batch.Reset(0);
            _keys.Clear();
        }

        return from == _produced.Count ? [] : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_produced)[from..].ToArray();
    }

    private ReadOnlySpan<long> KeysOf(int item) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_keys)[_keyStart[item].._keyStart[item + 1]];

    /// <summary>
    /// Adds to the keys of <paramref name="item"/> (from <paramref name="start"/>) the state groups of
    /// the push receivers this shard owns (ADR 0207): the place round put the device's whole push
    /// list on the item, so what the engine will write is known before it applies it. False when a
    /// login, call or SMS has no counts: its engine would count on its own stores (strict order).
    /// </summary>
    private bool ReceiverKeys(int item, int start)
    {
        if (_batch[item].Kind is not (WireKind.Login or WireKind.Call or WireKind.Sms))
        {
            return true;
        }

        if (_batch.PlacesOf(item) is not { } places)
        {
            return false;
        }

        foreach (var p in places.Pushes ?? [])
        {
            var kind = (ScoredKind)p.Kind;
            if (!Known(kind, p.Entity))
            {
                // A receiver the stream has not named yet cannot be: keep the strict order.
                return false;
            }

            if (!Owns(kind, p.Entity))
            {
                continue;
            }

            var key = _readiness.ReceiverKey(kind == ScoredKind.Phone, p.Entity);
            if (System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_keys)[start..].IndexOf(key) < 0)
            {
                _keys.Add(key);
            }
        }

        return true;
    }

    private bool Blocked(ReadOnlySpan<long> keys)
    {
        if (_waiting.Count == 0)
        {
            return false;
        }

        foreach (var k in keys)
        {
            if (k == ShardReadiness.None)
            {
                continue;
            }

            var bit = WaitingBit(k);
            if ((_waitingBits[bit >> 6] & (1UL << bit)) != 0 && _waiting.Contains(k))
            {
                return true;
            }
        }

        return false;
    }

    // The top 12 bits of a multiplicative hash: a key's tag sits in its top byte and its index in
    // the low bits, and both reach the top bits of the product.
    private static int WaitingBit(long key) => (int)(unchecked((ulong)key * 0x9E37_79B9_7F4A_7C15UL) >> 52);

    private void Apply(int i)
    {
        ref readonly var item = ref _batch[i];
        // Taken by the engine through IPlaceInput when it applies the event (ADR 0188, 0201).
        _placing = _batch.PlacesOf(i);
        _placingSequence = item.Sequence;
        try
        {
            ApplyCore(in item, _batch.IdOf(i), in _events[i]);
        }
        finally
        {
            // An event whose entity the engine skips (a cash point's login) leaves no counts behind.
            _placing = null;
        }
    }

    private void ApplyCore(in ShardBatchItem item, ReadOnlySpan<char> id, in EngineEvent e)
    {
        _ids.Add(item.Sequence, id, item.Release);
        _release = item.Release;
        switch (item.Side)
        {
            case ShardSide.Debit:
                Expect(item.Refs.A);
                _step = AlertStep.Debit;
                var annotation = Engine.ApplyDebit(in e, item.ProcessTime);
                _step = AlertStep.DebitFollowUps;
                Engine.CompleteReleased(in e, item.ProcessTime);
                _produced.Add(TransferNote.Of(item.Sequence, item.Peer, in annotation));
                break;
            case ShardSide.Credit:
                Expect(item.Refs.B);
                _step = AlertStep.Credit;
                Engine.ApplyCredit(in e, item.ProcessTime, _notes[item.Sequence].Annotation);
                _step = AlertStep.CreditFollowUps;
                Engine.CompleteReleased(in e, item.ProcessTime);
                break;
            default:
                _step = AlertStep.Whole;
                Engine.ApplyReleased(in e, item.ProcessTime);
                break;
        }
    }

    /// <summary>A side of a transfer reaches the shard that owns its account, or the gateway and the silos disagree on the entity files.</summary>
    private void Expect(int account)
    {
        if (!Owns(ScoredKind.Account, account))
        {
            throw new InvalidOperationException($"shard {_shard} was sent a transfer side of an account it does not own: the gateway and the silos read different entity files (give the gateway the world the silos load)");
        }
    }
}
