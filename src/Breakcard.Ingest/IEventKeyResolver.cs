using Breakcard.Core.Events;

namespace Breakcard.Ingest;

/// <summary>
/// Gives events' entities their consumer's dense indexes on the thread that reads them (ADR 0163):
/// a <see cref="ParallelEventReader"/> calls it for every event it reads once the consumer has set
/// <see cref="ParallelEventReader.Resolver"/>, and the consumer finds the result in
/// <see cref="EventReader.Keys"/>. Called from several reading threads at once, so an
/// implementation must be safe for concurrent calls (a read-only table is).
/// </summary>
public interface IEventKeyResolver
{
    /// <summary>Debit and credit account indexes of <paramref name="e"/>, -1 where unknown.</summary>
    EventKeys Resolve(in TransactionEvent e);

    /// <summary>Caller, callee and device indexes of <paramref name="e"/>, -1 where unknown.</summary>
    EventKeys Resolve(in CallEvent e);

    /// <summary>Receiver, sender and device indexes of <paramref name="e"/>, -1 where unknown.</summary>
    EventKeys Resolve(in SmsEvent e);

    /// <summary>Account and device indexes of <paramref name="e"/>, -1 where unknown.</summary>
    EventKeys Resolve(in LoginEvent e);
}
