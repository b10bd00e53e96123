using System.Globalization;
using Breakcard.Core.Events;
using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Tests.Support;

/// <summary>
/// An independent replay of a world's fund-flow truth (ADRs 191, 253): reads the written files
/// only, replays the ring's labelled transactions in event order (the file's order: time, then
/// the order within a second) first in first out over victim money only at every account, and
/// says where each fen of each victim payment ends. It shares no code with the simulator's
/// ledger, so agreeing with <c>truth/fund_flows.csv</c> to the fen shows the truth is what
/// happened in event time.
/// </summary>
/// <remarks>
/// The rules are read from the data and the event labels, as an investigator with the ring's
/// books would: a victim payment (a labelled fan-in that is not a dealer's test transfer) puts a
/// parcel on its receiver; any other labelled transfer carries the victim money its sender then
/// holds, oldest first, up to its amount — into a cash point it is cashed out, as a helper's fee
/// (card dealing, technical support, SIM box) it is paid out, otherwise it moves to the receiver;
/// after a settlement mule forwards, the victim money left with the mule is its commission.
/// Unlabelled transfers (the holder's own spending) and a mule's margin deposit (memo 保证金,
/// paid from the mule's own money when it starts) carry none.
/// </remarks>
internal static class FundFlowReplay
{
    private static readonly HashSet<string> HelperFees = ["card_dealing", "technical_support", "sim_box"];
    private static readonly string MarginDeposit = Life.Memos.Text[Life.Memos.Deposit];

    /// <summary>Replays the world in <paramref name="folder"/> and compares it with its truth.</summary>
    public static Comparison Compare(string folder)
    {
        var labels = new Dictionary<string, (string Typology, string Pattern)>(StringComparer.Ordinal);
        var events = CsvFile.Read(Path.Combine(folder, TruthSchema.Folder, TruthSchema.EventsCsv));
        foreach (var row in events.Rows.Where(r => events.Get(r, "type") == "transaction"))
        {
            labels[events.Get(row, "event_id")] = (events.Get(row, "typology"), events.Get(row, "pattern"));
        }

        var replay = Replay(Path.Combine(folder, EventSchema.TransactionsCsv), labels);
        var truth = new Dictionary<FlowKey, long>();
        var flows = CsvFile.Read(Path.Combine(folder, TruthSchema.Folder, TruthSchema.FundFlowsCsv));
        foreach (var row in flows.Rows)
        {
            var key = new FlowKey(flows.Get(row, "source_event_id"), flows.Get(row, "end"), flows.Get(row, "end_event_id"), flows.Get(row, "end_account"));
            truth[key] = truth.GetValueOrDefault(key) + long.Parse(flows.Get(row, "amount_fen"), CultureInfo.InvariantCulture);
        }

        return new Comparison(truth, replay);
    }

    private static Dictionary<FlowKey, long> Replay(string transactions, Dictionary<string, (string Typology, string Pattern)> labels)
    {
        var held = new Dictionary<string, Queue<Parcel>>(StringComparer.Ordinal);
        var ends = new Dictionary<FlowKey, long>();
        var lastTime = "";
        foreach (var line in File.ReadLines(transactions).Skip(1))
        {
            var f = CsvFile.Parse(line + "\n")[0];
            var (id, time, debit, credit) = (f[0], f[1], f[2], f[3]);
            if (string.CompareOrdinal(time, lastTime) < 0)
            {
                throw new InvalidDataException($"{transactions}: {id} is earlier than the transaction before it; the replay needs event order.");
            }

            lastTime = time;
            if (!labels.TryGetValue(id, out var label))
            {
                continue;
            }

            var fen = long.Parse(f[4], CultureInfo.InvariantCulture);
            if (label.Pattern == "fan_in" && label.Typology != "card_dealing")
            {
                Queue(held, credit).Enqueue(new Parcel(id, fen));
                continue;
            }

            if (f[6] == MarginDeposit || !held.TryGetValue(debit, out var from))
            {
                continue;
            }

            while (fen > 0 && from.TryPeek(out var head))
            {
                var part = Math.Min(fen, head.Fen);
                fen -= part;
                head.Fen -= part;
                if (head.Fen == 0)
                {
                    from.Dequeue();
                }

                if (CashPoints.IsCash(credit))
                {
                    Add(ends, new FlowKey(head.Source, TruthSchema.FlowEnds.CashOut, id, debit), part);
                }
                else if (HelperFees.Contains(label.Typology))
                {
                    Add(ends, new FlowKey(head.Source, TruthSchema.FlowEnds.Payout, id, credit), part);
                }
                else
                {
                    Queue(held, credit).Enqueue(new Parcel(head.Source, part));
                }
            }

            if (label.Typology == "payment_settlement" && label.Pattern == "fan_out")
            {
                while (from.TryDequeue(out var kept))
                {
                    Add(ends, new FlowKey(kept.Source, TruthSchema.FlowEnds.Commission, "", debit), kept.Fen);
                }
            }
        }

        foreach (var (account, queue) in held)
        {
            foreach (var parcel in queue)
            {
                Add(ends, new FlowKey(parcel.Source, TruthSchema.FlowEnds.Held, "", account), parcel.Fen);
            }
        }

        return ends;
    }

    private static Queue<Parcel> Queue(Dictionary<string, Queue<Parcel>> held, string account)
    {
        if (!held.TryGetValue(account, out var queue))
        {
            held[account] = queue = new Queue<Parcel>();
        }

        return queue;
    }

    private static void Add(Dictionary<FlowKey, long> ends, FlowKey key, long fen) => ends[key] = ends.GetValueOrDefault(key) + fen;

    private sealed class Parcel(string source, long fen)
    {
        public string Source { get; } = source;

        public long Fen { get; set; } = fen;
    }

    /// <summary>Where a victim payment's money ended: how, by which event, in which account.</summary>
    internal readonly record struct FlowKey(string Source, string End, string EndEvent, string EndAccount);

    /// <summary>The truth's and the replay's fen per end, with the figures ADR 191 reported.</summary>
    internal sealed class Comparison(Dictionary<FlowKey, long> truth, Dictionary<FlowKey, long> replay)
    {
        public Dictionary<FlowKey, long> Truth { get; } = truth;

        public Dictionary<FlowKey, long> Replay { get; } = replay;

        public long TruthFen => Truth.Values.Sum();

        /// <summary>Fen the replay puts in the same end (how, event, account) as the truth.</summary>
        public long AgreeingFen => Truth.Sum(t => Math.Min(t.Value, Replay.GetValueOrDefault(t.Key)));

        /// <summary>The truth's end cards: distinct (victim payment, end account) pairs.</summary>
        public HashSet<(string Source, string Account)> TruthEndCards => EndCards(Truth);

        public HashSet<(string Source, string Account)> ReplayEndCards => EndCards(Replay);

        /// <summary>Withdrawals (cash-out events) whose victim fen differ between truth and replay.</summary>
        public List<(string Event, long TruthFen, long ReplayFen)> DifferingWithdrawals()
        {
            static Dictionary<string, long> ByEvent(Dictionary<FlowKey, long> ends) => ends.Where(e => e.Key.End == TruthSchema.FlowEnds.CashOut)
                .GroupBy(e => e.Key.EndEvent).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
            var truth = ByEvent(Truth);
            var replay = ByEvent(Replay);
            return [.. truth.Keys.Union(replay.Keys).Order(StringComparer.Ordinal)
                .Select(e => (e, truth.GetValueOrDefault(e), replay.GetValueOrDefault(e)))
                .Where(d => d.Item2 != d.Item3)];
        }

        public override string ToString()
        {
            var cards = TruthEndCards;
            return string.Create(CultureInfo.InvariantCulture,
                $"fen agreeing {AgreeingFen} of {TruthFen} ({100.0 * AgreeingFen / Math.Max(1, TruthFen):0.0}%), end cards named {cards.Count(ReplayEndCards.Contains)} of {cards.Count}, " +
                $"replay-only end cards {ReplayEndCards.Count(c => !cards.Contains(c))}, withdrawals differing {DifferingWithdrawals().Count} (¥{DifferingWithdrawals().Sum(d => Math.Abs(d.TruthFen - d.ReplayFen)) / 100})");
        }

        private static HashSet<(string, string)> EndCards(Dictionary<FlowKey, long> ends) =>
            [.. ends.Where(e => e.Value > 0).Select(e => (e.Key.Source, e.Key.EndAccount))];
    }
}
