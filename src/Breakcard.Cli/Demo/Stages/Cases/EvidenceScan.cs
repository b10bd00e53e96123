using Breakcard.Core.Events;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Demo.Stages.Cases;

/// <summary>
/// One validating pass over the world's transactions.csv (Breakcard.Ingest) collecting, for each
/// case subject, the transfers into and out of it — the evidence a bank pulls from its ledger.
/// Keeps the largest <see cref="MaxIn"/> incoming and <see cref="MaxOut"/> outgoing per subject.
/// </summary>
internal static class EvidenceScan
{
    /// <summary>Incoming transfers kept per subject (the money that passed through the card).</summary>
    public const int MaxIn = 40;

    /// <summary>Outgoing transfers kept per subject.</summary>
    public const int MaxOut = 10;

    /// <summary>Evidence per subject, and the records the reader quarantined.</summary>
    public static (Dictionary<string, List<TransactionEvent>> BySubject, int Quarantined) Collect(string worldFolder, IReadOnlySet<string> subjects, CancellationToken ct)
    {
        var incoming = subjects.ToDictionary(s => s, _ => new List<TransactionEvent>(), StringComparer.Ordinal);
        var outgoing = subjects.ToDictionary(s => s, _ => new List<TransactionEvent>(), StringComparer.Ordinal);
        var quarantine = new QuarantineList();
        var file = EventFolder.Find(worldFolder, InputFormat.Transactions).Files;
        foreach (var (path, format) in file)
        {
            using var reader = EventReaders.Open(path, format, quarantine);
            long n = 0;
            while (reader.Read())
            {
                if ((++n & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var t = reader.Transaction;
                if (incoming.TryGetValue(t.Credit, out var into))
                {
                    into.Add(t);
                }

                if (outgoing.TryGetValue(t.Debit, out var from))
                {
                    from.Add(t);
                }
            }
        }

        var result = subjects.ToDictionary(s => s, s => incoming[s].OrderByDescending(t => t.Amount.Fen).ThenBy(t => t.Id, StringComparer.Ordinal).Take(MaxIn)
            .Concat(outgoing[s].OrderByDescending(t => t.Amount.Fen).ThenBy(t => t.Id, StringComparer.Ordinal).Take(MaxOut))
            .OrderBy(t => t.Time).ToList(), StringComparer.Ordinal);
        return (result, quarantine.Records.Count);
    }
}
