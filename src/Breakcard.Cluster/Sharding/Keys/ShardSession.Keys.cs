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
    /// Interns a batch's new identifiers in the stream's order of first appearance (ADR 0247): each
    /// takes the index the gateway gave it, which the batch's items name. Refused unless this shard
    /// was made over the same entity files as the gateway's and holds exactly the identifiers the
    /// gateway had numbered before the batch — else an index would name another identifier here.
    /// </summary>
    /// <exception cref="InvalidDataException">The gateway and this silo read different entity files, or the shard missed a batch's identifiers.</exception>
    public void Intern(KeyBatch keys)
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
        }

        foreach (var k in keys.Keys)
        {
            var kind = (int)k.Kind - 1;
            if ((uint)kind >= (uint)interners.Length)
            {
                throw new InvalidDataException("a key of no kind");
            }

            var expected = interners[kind].Count;
            if (InternKey(k.Kind, k.Key) != expected)
            {
                throw new InvalidDataException($"shard {_shard} already holds an identifier of kind {k.Kind} that the gateway numbers as new ({expected}): the gateway and the silos read different entity files");
            }
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
