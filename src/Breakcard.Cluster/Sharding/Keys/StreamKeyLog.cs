using Breakcard.Cluster.Grains;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The gateway's numbering of the stream's identifiers (ADR 0247): every identifier is interned
/// once, here, in the order <c>MonitorSession</c> interns them, into the gateway's own copy of the
/// entity files' reference data, so its index is the one every shard's engine (and the
/// single-process engine) gives it. Released events travel with these indexes
/// (<see cref="EventRefs"/>); what the batch's place round tells the shards of the identifiers new
/// to the stream (<see cref="Take"/>) is a count per kind and the texts of the new accounts and
/// numbers (ADR 0387). A new device, IP or cell is only counted: its text stays in the gateway's
/// interner, where the gateway names it for an alert, and is not collected again per batch (ADR 0394).
/// Not thread safe.
/// </summary>
public sealed class StreamKeyLog
{
    private readonly ReferenceData _reference;
    private readonly StringInterner[] _interners;
    private readonly ulong _entities;
    private readonly List<WireKey> _texts = [];
    private int[] _before;

    // Version 3's bytes of the batch's keys (KeyBatch.EveryTextBytes), summed as they are numbered.
    private long _keyBytes;

    /// <summary>A log over <paramref name="reference"/> (the entity files the silos load; nothing of the stream interned yet), which it interns into.</summary>
    public StreamKeyLog(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _reference = reference;
        _interners = EntityFingerprint.Interners(reference);
        _entities = EntityFingerprint.Of(reference);
        _before = Counts();
    }

    /// <summary>Interns the identifiers of <paramref name="e"/> and returns their indexes.</summary>
    public EventRefs Add(WireEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Kind)
        {
            case WireKind.Transaction when e.Value > 0:
                var debit = Intern(WireKeyKind.Account, e.A);
                return new EventRefs(debit, Intern(WireKeyKind.Account, e.B), -1, -1);
            case WireKind.Call:
                var caller = Intern(WireKeyKind.Phone, e.A);
                var callee = Intern(WireKeyKind.Phone, e.B);
                var callDevice = e.Device is { } cd ? Intern(WireKeyKind.Device, cd) : -1;
                return new EventRefs(caller, callee, callDevice, e.Place is { Length: > 0 } cc ? Intern(WireKeyKind.Cell, cc) : -1);
            case WireKind.Sms:
                // The receiver first: the engine's SMS is keyed by its receiver.
                var receiver = Intern(WireKeyKind.Phone, e.B);
                var sender = Intern(WireKeyKind.Phone, e.A);
                var smsDevice = e.Device is { } sd ? Intern(WireKeyKind.Device, sd) : -1;
                return new EventRefs(sender, receiver, smsDevice, e.Place is { Length: > 0 } sc ? Intern(WireKeyKind.Cell, sc) : -1);
            case WireKind.Login:
                var account = Intern(WireKeyKind.Account, e.A);
                var device = Intern(WireKeyKind.Device, e.Device ?? string.Empty);
                return new EventRefs(account, -1, device, e.Place is { } ip ? Intern(WireKeyKind.Ip, ip) : -1);
            default:
                return EventRefs.None;
        }
    }

    /// <summary>The identifiers interned since the last call: the counts before them, how many of each kind, the accounts' and numbers' texts in index order.</summary>
    public KeyBatch Take()
    {
        var after = Counts();
        var added = new int[after.Length];
        for (var k = 0; k < added.Length; k++)
        {
            added[k] = after[k] - _before[k];
        }

        var batch = new KeyBatch(_entities, _before, added, [.. _texts], KeyBatch.HeaderBytes(_before, added.Sum()) + _keyBytes);
        _texts.Clear();
        _keyBytes = 0;
        _before = after;
        return batch;
    }

    private int Intern(WireKeyKind kind, string key)
    {
        var interner = _interners[(int)kind - 1];
        var before = interner.Count;
        var index = kind switch
        {
            WireKeyKind.Account => _reference.InternAccount(key),
            WireKeyKind.Phone => _reference.InternPhone(key),
            _ => interner.Intern(key),
        };
        if (index == before)
        {
            _keyBytes += KeyBatch.KeyBytes(key);
            if (kind is WireKeyKind.Account or WireKeyKind.Phone)
            {
                _texts.Add(new WireKey(kind, key));
            }
        }

        return index;
    }

    private int[] Counts() => [.. _interners.Select(i => i.Count)];
}
