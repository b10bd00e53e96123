using Breakcard.Cli.Commands.Ingest;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Graph.Holders;
using Breakcard.Graph.Links;
using Breakcard.Graph.Temporal;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>
/// Reads an investigation's input through the Ingest readers — a world folder, Breakcard's own
/// event files, a bank's CSV through a mapping, JSON Lines or pacs.008 — plus the reference files,
/// and builds the transaction graph, the entity graph and the holder directory. Every event file
/// is opened (and so validated whole) before anything is read; bad records are quarantined with
/// file, line and field, and a repeated transaction id is quarantined rather than counted twice.
/// </summary>
internal static class WorldLoader
{
    /// <summary>Loads everything; <paramref name="skipTelecom"/> leaves out a world folder's calls.csv and sms.csv
    /// (the demo: the operator's phone-in-device links are in links.csv already).</summary>
    public static LoadedWorld Load(InvestigationInput input, bool keepEvents, CancellationToken cancellationToken, bool skipTelecom = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        var quarantine = new QuarantineList();
        var readers = skipTelecom && input.Input is DirectoryInfo worldFolder && EventFolder.Find(worldFolder.FullName) is { Files.Count: > 0 } found
            && found.Files.All(f => f.Format != InputFormat.Jsonl)
            ? OpenAll(found.Files.Where(f => f.Format is not (InputFormat.Calls or InputFormat.Sms)), quarantine)
            : IngestRun.Open(new IngestRequest(input.Input, input.Mapping, "auto", new DirectoryInfo(Path.GetTempPath()), "UTC", []), quarantine, IngestOptions.Default, new DuplicateTracker()).Readers;
        try
        {
            var reference = input.ReferenceFolder is { } folder ? WorldReference.Read(folder, quarantine, cancellationToken) : new WorldReference();
            var confirmed = input.Confirmed is null ? [] : ReadConfirmed(input.Confirmed.FullName);
            var entities = new EntityGraphBuilder();
            AddReference(entities, reference);

            var transactions = new TemporalGraphBuilder(expectedAccounts: reference.Accounts.Count);
            var ids = new TransactionIdIndex();
            long events = 0;
            var keptTransactions = new List<TransactionEvent>();
            var keptCalls = new List<CallEvent>();
            var online = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var reader in readers)
            {
                while (reader.Read())
                {
                    events++;
                    if ((events & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    switch (reader.Kind)
                    {
                        case IngestEventKind.Transaction:
                            var t = reader.Transaction;
                            if (ids.TryFind(t.Id, out _))
                            {
                                quarantine.Add(new QuarantinedRecord(new InputError(reader.Source, reader.Line, "id", $"transaction id {t.Id} was already read; the repeat is not counted again"),
                                    RejectReason.Inconsistent, t.ToString()));
                                continue;
                            }

                            ids.Add(t.Id);
                            transactions.Add(t);
                            if (keepEvents)
                            {
                                keptTransactions.Add(t);
                            }

                            break;
                        case IngestEventKind.Login:
                            entities.Add(reader.Login);
                            if (keepEvents)
                            {
                                online.Add(reader.Login.Account);
                            }

                            break;
                        case IngestEventKind.Call:
                            entities.Add(reader.Call);
                            if (keepEvents)
                            {
                                keptCalls.Add(reader.Call);
                            }

                            break;
                        case IngestEventKind.Sms:
                            entities.Add(reader.Sms);
                            break;
                    }
                }
            }

            var graph = transactions.Build();
            MarkAccounts(graph, reference, confirmed, input.Confirmed?.FullName);
            return new LoadedWorld
            {
                Transactions = graph, TransactionIds = ids, Entities = entities.Build(),
                Holders = new HolderDirectory(reference.Accounts, reference.People, reference.Companies), Reference = reference,
                Quarantine = quarantine, Sources = [.. readers.Select(r => r.Source)], Events = events, ConfirmedMules = confirmed,
                KeptTransactions = keptTransactions, KeptCalls = keptCalls, OnlineAccounts = online,
            };
        }
        finally
        {
            foreach (var r in readers)
            {
                r.Dispose();
            }
        }
    }

    private static List<EventReader> OpenAll(IEnumerable<(string Path, InputFormat Format)> files, QuarantineList quarantine)
    {
        var duplicates = new DuplicateTracker();
        var readers = new List<EventReader>();
        try
        {
            foreach (var (path, format) in files)
            {
                readers.Add(EventReaders.Open(path, format, quarantine, IngestOptions.Default, duplicates));
            }

            return readers;
        }
        catch
        {
            readers.ForEach(r => r.Dispose());
            throw;
        }
    }

    /// <summary>Adds the reference records in the order the entity graph needs (companies before phone cards).</summary>
    private static void AddReference(EntityGraphBuilder entities, WorldReference reference)
    {
        reference.People.ForEach(entities.Add);
        reference.Companies.ForEach(entities.Add);
        reference.Accounts.ForEach(entities.Add);
        reference.Phones.ForEach(entities.Add);
        reference.Devices.ForEach(entities.Add);
        reference.Links.ForEach(entities.Add);
    }

    /// <summary>Accounts outside the reference data are external (when there is reference data); listed mules are confirmed.</summary>
    private static void MarkAccounts(TemporalGraph graph, WorldReference reference, IReadOnlyList<string> confirmed, string? confirmedPath)
    {
        if (reference.HasAccounts)
        {
            var known = new HashSet<string>(reference.Accounts.Select(a => a.AccountNumber), StringComparer.Ordinal);
            for (var a = 0; a < graph.AccountCount; a++)
            {
                if (!graph.Accounts.Has(a, AccountFlags.Cash) && !known.Contains(graph.Accounts.NameOf(a)))
                {
                    graph.Accounts.Mark(a, AccountFlags.External);
                }
            }
        }

        for (var i = 0; i < confirmed.Count; i++)
        {
            if (!graph.Accounts.TryGetId(confirmed[i], out var id))
            {
                throw new InvalidInputException(new InputError(confirmedPath ?? "--confirmed", null, null,
                    $"the confirmed account {Core.Identifiers.Masking.KeepEnds(confirmed[i], 4, 4)} has no transaction in the input"));
            }

            graph.Accounts.Mark(id, AccountFlags.ConfirmedMule);
        }
    }

    /// <summary>One account per line; blank lines and lines starting with '#' are skipped.</summary>
    private static List<string> ReadConfirmed(string path)
    {
        var accounts = new List<string>();
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            var text = raw.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            if (text.Any(char.IsWhiteSpace) || text.Contains(',', StringComparison.Ordinal))
            {
                throw new InvalidInputException(new InputError(path, line, null, "expected one account number per line"));
            }

            accounts.Add(text);
        }

        return accounts;
    }
}
