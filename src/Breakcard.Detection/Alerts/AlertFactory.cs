using System.Globalization;
using Breakcard.Core.Identifiers;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Alerts;

/// <summary>
/// Turns the engine's <see cref="AlertDraft"/> (indexes and sequences) into an <see cref="Alert"/>
/// (ids, times in the institution's zone, reasons with sources, legal basis, control measure).
/// Alert ids are "A" and a running number, so a replay from a checkpoint reproduces them.
/// </summary>
public sealed class AlertFactory(ReferenceData reference, IEventIdLookup ids, TimeSpan utcOffset)
{
    /// <summary>Masks an account number or phone number for display.</summary>
    public static string Mask(ScoredKind kind, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return kind == ScoredKind.Phone ? Masking.KeepEnds(id, 3, 4) : Masking.KeepEnds(id, 4, 4);
    }

    /// <summary>Text form of an entity kind.</summary>
    public static string KindText(ScoredKind kind) => kind == ScoredKind.Phone ? "phone" : "account";

    /// <summary>Builds alert number <paramref name="number"/> (from 1).</summary>
    public Alert Create(AlertDraft draft, long number)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var entity = KeyOf(draft.Kind, draft.Entity);
        var facts = draft.Facts.ToDictionary(f => f.Indicator);
        var reasons = draft.Contributions.Select(c =>
        {
            var info = IndicatorCatalog.Of(c.Indicator);
            facts.TryGetValue(c.Indicator, out var fact);
            return new AlertReason
            {
                Code = info.Code,
                Name = info.Name,
                Strength = c.Strength,
                Points = Math.Round(c.Points, 1),
                Measure = fact?.Measure,
                Value = fact?.Value,
                Threshold = fact?.Threshold,
                Source = info.Source,
            };
        }).ToList();

        var measure = ControlMeasure.For(draft.Kind, draft.Band);
        var basis = new List<string> { draft.Kind == ScoredKind.Phone ? LegalBasis.AntiFraudArt11 : LegalBasis.AntiFraudArt18 };
        foreach (var c in draft.Contributions)
        {
            foreach (var b in IndicatorCatalog.Of(c.Indicator).Basis.Split("; ", StringSplitOptions.RemoveEmptyEntries))
            {
                if (!basis.Contains(b))
                {
                    basis.Add(b);
                }
            }
        }

        AlertLink? link = null;
        if (draft.Linked is { } l)
        {
            link = new AlertLink
            {
                EntityKind = KindText(l.Kind),
                Entity = KeyOf(l.Kind, l.Entity),
                Risk = l.Risk,
                Reason = "same holder of record (" + reference.Holders.KeyOf(l.Holder) + ")",
            };
        }

        return new Alert
        {
            AlertId = "A" + number.ToString("D6", CultureInfo.InvariantCulture),
            EntityKind = KindText(draft.Kind),
            Entity = entity,
            EntityMasked = Mask(draft.Kind, entity),
            Holder = draft.Holder >= 0 ? reference.Holders.KeyOf(draft.Holder) : null,
            Time = FormatTime(draft.Time),
            TriggerEventId = ids.IdOf(draft.TriggerSequence),
            Risk = draft.Risk,
            Band = draft.Band,
            Model = draft.Model,
            Reasons = reasons,
            Evidence = draft.Evidence.Select(r => Evidence(draft.Kind, r)).ToList(),
            Linked = link,
            LegalBasis = basis,
            ControlMeasure = measure,
        };
    }

    /// <summary>Formats a stored time in the institution's zone.</summary>
    public string FormatTime(int stored) =>
        EngineTime.ToInstant(stored).ToOffset(utcOffset).ToString(Core.Events.EventSchema.TimeFormat, CultureInfo.InvariantCulture);

    private AlertEvidence Evidence(ScoredKind kind, EvidenceRecord r) => new()
    {
        EventId = ids.IdOf(r.Sequence),
        Sequence = r.Sequence,
        Time = FormatTime(r.Time),
        Type = r.EventKind switch
        {
            EventKind.Call => "call",
            EventKind.Sms => "sms",
            EventKind.Login => "login",
            _ => "transaction",
        },
        Direction = r.Direction switch
        {
            EvidenceDirection.In => "in",
            EvidenceDirection.Out => "out",
            EvidenceDirection.Related => "related",
            _ => "login",
        },
        AmountFen = r.EventKind == EventKind.Transaction ? r.Value : null,
        DurationSeconds = r.EventKind == EventKind.Call ? r.Value : null,
        // A related event names the entity whose event it was: the account of a login or
        // transaction, the number of a call or SMS.
        Counterparty = r.Counterparty < 0 ? null : (r.EventKind, r.Direction) switch
        {
            (EventKind.Transaction, _) or (EventKind.Login, EvidenceDirection.Related) => NameOf(reference.Accounts, DeferredName.Account, r.Counterparty),
            (EventKind.Login, _) => NameOf(reference.Devices, DeferredName.Device, r.Counterparty),
            _ => NameOf(reference.Phones, DeferredName.Phone, r.Counterparty),
        },
    };

    /// <summary>An identifier's text, or its index as a <see cref="DeferredName"/> where this process does not hold the text (a shard, ADR 0358).</summary>
    private static string NameOf(StringInterner keys, char kind, int index) =>
        keys.TryKeyOf(index, out var key) ? key : DeferredName.Of(kind, index);

    private string KeyOf(ScoredKind kind, int entity) =>
        kind == ScoredKind.Phone ? reference.Phones.KeyOf(entity) : reference.Accounts.KeyOf(entity);
}
