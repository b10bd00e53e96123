using Breakcard.Core.Events;
using Breakcard.Detection.Reference;
using Breakcard.Ingest;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>
/// Resolves events' account numbers, phone numbers and devices to the monitoring session's dense
/// indexes on the reading threads (ADR 0163), from read-only snapshots of the reference data's
/// interners taken before the first event reaches the engine. What the snapshots do not hold
/// (counterparties first seen in events) stays -1 for the session to intern in input order, so
/// every entity gets the same index as when the engine's thread interned it all.
/// </summary>
internal sealed class ReferenceKeyResolver(ReferenceData reference) : IEventKeyResolver
{
    private readonly InternedKeys _accounts = reference.Accounts.Snapshot();
    private readonly InternedKeys _phones = reference.Phones.Snapshot();
    private readonly InternedKeys _devices = reference.Devices.Snapshot();

    public EventKeys Resolve(in TransactionEvent e) => new(_accounts.Find(e.Debit), _accounts.Find(e.Credit), -1);

    public EventKeys Resolve(in CallEvent e) => new(_phones.Find(e.Caller), _phones.Find(e.Callee), e.Device is { } d ? _devices.Find(d.Reveal()) : -1);

    public EventKeys Resolve(in SmsEvent e) => new(_phones.Find(e.Receiver), _phones.Find(e.Sender), e.Device is { } d ? _devices.Find(d.Reveal()) : -1);

    public EventKeys Resolve(in LoginEvent e) => new(_accounts.Find(e.Account), _devices.Find(e.Device.Reveal()), -1);
}
