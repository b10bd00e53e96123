using Breakcard.Cluster.Grains;
using Breakcard.Core.Events;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// The shard's side of the gateway's numbering (ADR 0247): a batch's new identifiers are interned
/// at the indexes the gateway gave them, only over the same entity files and counts, and an item's
/// engine event is built from those indexes without looking an identifier up.
/// </content>
public sealed partial class ShardSession
{
    /// <summary>
    /// The texts of new identifiers this shard has been sent so far (ADR 0387): the accounts and
    /// numbers it owns, not every identifier of the stream. Not in checkpoints (a count for tests
    /// and measurements of the wire).
    /// </summary>
    public long KeyTextsReceived { get; private set; }

    /// <summary>
    /// Numbers a batch's new identifiers in the stream's order of first appearance (ADR 0247): each
    /// takes the index the gateway gave it, which the batch's items name; of those this shard owns
    /// it keeps the text it was sent, of the others only the index, and the cash flag of the
    /// accounts the gateway marked (ADR 0387). Refused unless this shard was made over the same
    /// entity files as the gateway's and holds exactly the identifiers the gateway had numbered
    /// before the batch — else an index would name another identifier here.
    /// </summary>
    /// <exception cref="InvalidDataException">The gateway and this silo read different entity files, or the shard missed a batch's identifiers.</exception>
    public void Intern(ShardKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Entities != _entities)
        {
            throw new InvalidDataException($"shard {_shard}: the gateway numbers the entity files' identifiers otherwise than this silo (entity fingerprint {keys.Entities:x16} at the gateway, {_entities:x16} here): give the gateway the world the silos load");
        }

        var interners = EntityFingerprint.Interners(_reference);
        for (var i = 0; i < interners.Length; i++)
        {
            var before = i < keys.Before.Length ? keys.Before[i] : -1;
            if (interners[i].Count != before)
            {
                throw new InvalidDataException($"shard {_shard} holds {interners[i].Count} identifiers of kind {(WireKeyKind)(i + 1)} where the gateway had numbered {before} before this batch: the shard missed a batch's identifiers");
            }

            if (i >= keys.Added.Length || keys.Added[i] < 0)
            {
                throw new InvalidDataException($"shard {_shard} was sent no count of the new identifiers of kind {(WireKeyKind)(i + 1)}");
            }
        }

        var held = 0;
        var cash = 0;
        for (var i = 0; i < interners.Length; i++)
        {
            var kind = (WireKeyKind)(i + 1);
            var end = keys.Before[i] + keys.Added[i];
            while (interners[i].Count < end)
            {
                var index = interners[i].Count;
                if (held < keys.Held.Length && keys.Held[held].Kind == kind && keys.Held[held].Index == index)
                {
                    Hold(keys.Held[held++]);
                    continue;
                }

                interners[i].Skip();
                if (i == 0 && cash < keys.Cash.Length && keys.Cash[cash] == index)
                {
                    _reference.MarkStreamCash(index);
                    cash++;
                }
            }
        }

        // The held keys come kind by kind, each kind's in index order (KeyBatch.Split): one left over
        // was out of that order or outside the batch.
        if (held != keys.Held.Length || cash != keys.Cash.Length)
        {
            throw new InvalidDataException($"shard {_shard} was sent held identifiers or cash accounts out of index order or outside the batch's new ones");
        }
    }

    /// <summary>Keeps the text of an identifier this shard owns at the index the gateway gave it.</summary>
    private void Hold(in HeldKey k)
    {
        if (k.Kind is not (WireKeyKind.Account or WireKeyKind.Phone))
        {
            throw new InvalidDataException($"shard {_shard} was sent the text of a {k.Kind}: a shard keeps the texts of accounts and numbers only");
        }

        KeyTextsReceived++;
        var index = k.Kind == WireKeyKind.Account ? _reference.AddAccount(k.Key, hold: true) : _reference.AddPhone(k.Key, hold: true);
        if (index != k.Index)
        {
            throw new InvalidDataException($"shard {_shard} already holds an identifier of kind {k.Kind} that the gateway numbers as new ({k.Index}): the gateway and the silos read different entity files");
        }
    }

    /// <summary>The engine event of an item, from the indexes the gateway gave its identifiers (ADR 0247): no identifier is looked up.</summary>
    private EngineEvent ToEngine(in ShardBatchItem w, ReadOnlySpan<char> id)
    {
        var (r, sequence) = (w.Refs, w.Sequence);
        var phones = w.Kind is WireKind.Call or WireKind.Sms;
        if (!Known(phones ? ScoredKind.Phone : ScoredKind.Account, r.A) || (w.Kind != WireKind.Login && !Known(phones ? ScoredKind.Phone : ScoredKind.Account, r.B))
            || r.Device >= _reference.Devices.Count || r.Place >= (w.Kind == WireKind.Login ? _reference.Ips.Count : _reference.Cells.Count))
        {
            throw new InvalidDataException($"shard {_shard} was sent event {sequence} naming an identifier index no batch announced to it");
        }

        return w.Kind switch
        {
            WireKind.Transaction => EngineEvent.Transaction(w.UnixSeconds, r.A, r.B, w.Value, (Channel)w.Sub,
                EventIdHash.Of(EventKind.Transaction, id), EventIdHash.TrailingNumber(id), sequence),
            WireKind.Call => EngineEvent.Call(w.UnixSeconds, r.A, r.B, (int)Math.Clamp(w.Value, 0, int.MaxValue), r.Device, r.Place,
                EventIdHash.Of(EventKind.Call, id), EventIdHash.TrailingNumber(id), sequence),
            WireKind.Sms => EngineEvent.Sms(w.UnixSeconds, r.B, r.A, (SmsKind)w.Sub, r.Device, r.Place,
                EventIdHash.Of(EventKind.Sms, id), EventIdHash.TrailingNumber(id), sequence),
            WireKind.Login => EngineEvent.Login(w.UnixSeconds, r.A, r.Device, r.Place, EventIdHash.Of(EventKind.Login, id), EventIdHash.TrailingNumber(id), sequence),
            _ => throw new InvalidOperationException($"event kind {w.Kind} is not monitored"),
        };
    }

    private bool Known(ScoredKind kind, int entity) =>
        entity >= 0 && entity < (kind == ScoredKind.Phone ? _reference.Phones.Count : _reference.Accounts.Count);
}
