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

    public static readonly Gen<Case> Cases =
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
}
