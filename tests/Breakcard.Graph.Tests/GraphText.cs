using System.Globalization;
using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tests;

/// <summary>
/// Builds small graphs from lines like <c>"10:00 V -> A 10000"</c> (time of day on 2024-03-01 in
/// China time, debit, credit, yuan, optional channel). Edge ids follow line order.
/// </summary>
internal static class GraphText
{
    public static readonly DateOnly Day = new(2024, 3, 1);

    private static long _next;

    public static (TemporalGraphBuilder Builder, TemporalGraph Graph) Build(params string[] lines)
    {
        var builder = new TemporalGraphBuilder();
        foreach (var line in lines)
        {
            builder.Add(Parse(line));
        }

        return (builder, builder.Build());
    }

    public static TransactionEvent Parse(string line)
    {
        var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (time, debit, arrow, credit, yuan) = (p[0], p[1], p[2], p[3], p[4]);
        if (arrow != "->")
        {
            throw new FormatException("expected ->");
        }

        var channel = p.Length > 5 && EventSchema.TryParseChannel(p[5], out var c) ? c : Channel.Transfer;
        return new TransactionEvent($"T{Interlocked.Increment(ref _next):D9}", At(time), debit, credit,
            Money.ParseYuan(yuan), channel, null);
    }

    public static DateTimeOffset At(string time)
    {
        // "d2 10:00" means two days after Day.
        var day = Day;
        if (time.StartsWith('d'))
        {
            var plus = time.IndexOf('+', StringComparison.Ordinal);
            day = day.AddDays(int.Parse(time[1..plus], CultureInfo.InvariantCulture));
            time = time[(plus + 1)..];
        }

        return Breakcard.Core.Time.ChinaTime.At(day, TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture));
    }

    public static int Id(this TemporalGraph graph, string account) =>
        graph.Accounts.TryGetId(account, out var id) ? id : throw new KeyNotFoundException(account);

    public static long Fen(string yuan) => Money.ParseYuan(yuan).Fen;
}
