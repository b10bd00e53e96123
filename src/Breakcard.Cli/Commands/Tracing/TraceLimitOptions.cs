using System.CommandLine;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core;
using Breakcard.Graph.Tracing;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>The per-trace rules and limits shared by <c>breakcard trace</c> and <c>breakcard trace evaluate</c>.</summary>
internal sealed class TraceLimitOptions
{
    public TraceLimitOptions()
    {
        Rule.AcceptOnlyFromAmong("standing-fifo", "fifo", "proportional");
        HopCounting.AcceptOnlyFromAmong("layer", "path");
    }

    public Option<string> Rule { get; } = new("--rule") { Description = "How money mixes in an account: standing-fifo (the account's standing balance stays; the money above it leaves oldest first), fifo (oldest money leaves first) or proportional (pro rata).", DefaultValueFactory = _ => "standing-fifo" };

    public Option<string> HopCounting { get; } = new("--hop-counting") { Description = "layer (money leaving an account is one hop beyond the account's layer; cycles use no hops) or path (every transfer on the money's path).", DefaultValueFactory = _ => "layer" };

    public Option<int> MaxHops { get; } = new Option<int>("--max-hops") { Description = "Hops from the start.", DefaultValueFactory = _ => TraceOptions.DefaultMaxHops }.InRange(1, 64);

    public Option<int> MaxSpan { get; } = new Option<int>("--max-span") { Description = "Hours after the latest start transfer (backward: before the earliest).", DefaultValueFactory = _ => (int)TraceOptions.DefaultMaxSpan.TotalHours }.InRange(1, 24 * 366);

    public Option<decimal> MinAmount { get; } = new Option<decimal>("--min-amount") { Description = "Smallest part followed, in yuan.", DefaultValueFactory = _ => 1m }.InRange(0m, 1_000_000_000m);

    public IEnumerable<Option> All => [Rule, HopCounting, MaxHops, MaxSpan, MinAmount];

    /// <summary>The trace options given on the command line, in <paramref name="direction"/>.</summary>
    public TraceOptions Read(ParseResult parse, TraceDirection direction) => new()
    {
        Direction = direction,
        Rule = parse.GetValue(Rule) switch
        {
            "proportional" => ApportioningRule.Proportional,
            "fifo" => ApportioningRule.Fifo,
            _ => ApportioningRule.StandingFifo,
        },
        HopCounting = parse.GetValue(HopCounting) == "path" ? Graph.Tracing.HopCounting.Path : Graph.Tracing.HopCounting.Layer,
        MaxHops = parse.GetValue(MaxHops),
        MaxSpan = TimeSpan.FromHours(parse.GetValue(MaxSpan)),
        MinAmount = Money.FromFen((long)Math.Round(parse.GetValue(MinAmount) * 100m, MidpointRounding.AwayFromZero)),
    };
}
