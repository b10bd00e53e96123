using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;
using CsCheck;

namespace Breakcard.Graph.Tests.Tracing;

/// <summary>Random small graphs and trace requests for property tests.</summary>
internal static class RandomGraphs
{
    public sealed record Case(TemporalGraph Graph, int Seed, TraceOptions Options)
    {
        public override string ToString() =>
            $"{Graph.EdgeCount} edges, seed {Seed}, {Options.Direction} {Options.Rule} hops {Options.MaxHops} by {Options.HopCounting} span {Options.MaxSpan} min {Options.MinAmount}";
    }

    private static readonly Gen<(int From, int To, int Minute, long Fen, int Channel)> EdgeGen =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, 8], Gen.Int[0, 3000], Gen.Long[1, 1_000_000], Gen.Int[0, 9],
            (f, t, m, a, c) => (f, t, m, a, c));

    private static readonly Gen<TraceOptions> OptionsGen =
        Gen.Select(Gen.Bool, Gen.Int[1, 3], Gen.Int[1, 6], Gen.Int[10, 5000], Gen.Long[0, 5000], Gen.Bool,
            (forward, rule, hops, spanMinutes, minFen, byLayer) => new TraceOptions
            {
                Direction = forward ? TraceDirection.Forward : TraceDirection.Backward,
                Rule = (ApportioningRule)rule,
                HopCounting = byLayer ? HopCounting.Layer : HopCounting.Path,
                MaxHops = hops,
                MaxSpan = TimeSpan.FromMinutes(spanMinutes),
                MinAmount = new(minFen),
            });

    /// <summary>Random graphs, half of them with a ring's centre planted in (<see cref="RingCases"/>).</summary>
    public static readonly Gen<Case> Cases = Gen.OneOf(PlainCases(), RingCases());

    private static Gen<Case> PlainCases() =>
        Gen.Select(EdgeGen.Array[1, 60], OptionsGen, Gen.Int[0, 1000], (edges, options, pick) =>
        {
            var builder = new TemporalGraphBuilder();
            for (var i = 0; i < 8; i++)
            {
                builder.Accounts.Intern("A" + i);
            }

            // Account 8 is a cash point.
            builder.Accounts.Intern("CASH:ATM");
            foreach (var (from, to, minute, fen, c) in edges)
            {
                // Channels: mostly transfers, some third-party, some cash-outs.
                var channel = c switch { < 6 => Channel.Transfer, < 8 => Channel.ThirdPartyPayment, 8 => Channel.AtmCash, _ => Channel.Pos };
                builder.Add(from, to, minute * TimeSpan.TicksPerMinute, fen, channel);
            }

            var graph = builder.Build();
            return new Case(graph, pick % graph.EdgeCount, options);
        });

    /// <summary>
    /// Random edges among A2–A8 plus a planted ring centre (ADRs 183, 191): A0 receives batches from
    /// A5–A7, pays 3% of its balance to A1 (the payout card) and the rest on to A2–A4 in one to three
    /// transfers, and A1 pays rounds of two or three helpers (A5–A7) minutes apart, so the cut and
    /// payout-round rules take part in the invariants.
    /// </summary>
    private static Gen<Case> RingCases() =>
        Gen.Select(EdgeGen.Array[0, 30], Gen.Long[1_000, 5_000_000].Array[3, 6], Gen.Int[1, 3].Array[3, 6], OptionsGen, Gen.Int[0, 1000], Gen.Int[0, 99].Array[12],
            (noise, batches, splits, options, pick, dice) =>
        {
            var builder = new TemporalGraphBuilder();
            for (var i = 0; i < 8; i++)
            {
                builder.Accounts.Intern("A" + i);
            }

            builder.Accounts.Intern("CASH:ATM");
            var roll = 0;
            int Dice() => dice[roll++ % dice.Length];
            long centre = 0, payout = 0;
            var minute = 0;
            for (var b = 0; b < batches.Length; b++)
            {
                minute += 30 + Dice();
                builder.Add(5 + (b % 3), 0, minute * TimeSpan.TicksPerMinute, batches[b], Channel.Transfer);
                centre += batches[b];
                var cut = centre * 3 / 100;
                builder.Add(0, 1, (minute + 10) * TimeSpan.TicksPerMinute, cut, Channel.Transfer);
                payout += cut;
                centre -= cut;

                // The rest in one to three parts; sometimes a little stays behind.
                var rest = Dice() < 20 ? centre - (centre / 50) : centre;
                var parts = splits[b % splits.Length];
                for (var k = 0; k < parts; k++)
                {
                    var part = k == parts - 1 ? rest : rest / (parts - k) * (50 + (Dice() % 50)) / 100;
                    if (part > 0)
                    {
                        builder.Add(0, 2 + k, (minute + 11 + k) * TimeSpan.TicksPerMinute, part, Channel.Transfer);
                        centre -= part;
                        rest -= part;
                    }
                }

                if (b % 2 == 1 && payout > 10)
                {
                    // A payout round: two or three helpers, minutes apart.
                    var helpers = 2 + (Dice() % 2);
                    for (var k = 0; k < helpers; k++)
                    {
                        var pay = payout * (30 + (Dice() % 30)) / 100;
                        if (pay > 0)
                        {
                            builder.Add(1, 5 + k, (minute + 200 + (3 * k)) * TimeSpan.TicksPerMinute, pay, Channel.Transfer);
                            payout -= pay;
                        }
                    }
                }
            }

            foreach (var (from, to, m, fen, c) in noise)
            {
                var channel = c switch { < 6 => Channel.Transfer, < 8 => Channel.ThirdPartyPayment, 8 => Channel.AtmCash, _ => Channel.Pos };
                builder.Add(2 + (from % 7), 2 + (to % 7), m * TimeSpan.TicksPerMinute, fen, channel);
            }

            var graph = builder.Build();
            return new Case(graph, pick % graph.EdgeCount, options);
        });
}
