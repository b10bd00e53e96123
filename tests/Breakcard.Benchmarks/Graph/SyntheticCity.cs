using Breakcard.Core.Events;
using Breakcard.Core.Links;
using Breakcard.Graph.Links;
using Breakcard.Graph.Temporal;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Benchmarks.Graph;

/// <summary>
/// A synthetic city for the graph benchmarks (not the product's simulator): ordinary people
/// paid by employers, paying shops by card and app, sending money to friends and drawing cash;
/// plus laundering rings where victims pay first-layer cards that forward through four layers
/// of mule cards (people with ordinary lives of their own) to cash machines within hours, and a
/// dealer's handset operating each ring's cards. About ten transactions per person per 30 days.
/// </summary>
internal sealed class SyntheticCity
{
    private static readonly int[] LayerSizes = [4, 6, 6, 4];
    private readonly List<(long Ticks, int From, int To, long Fen, Channel Channel, byte Kind)> _events = [];

    private SyntheticCity(int people) => People = people;

    public int People { get; }

    public int Merchants => Math.Max(10, People / 400);

    public int Employers => Math.Max(5, People / 1000);

    public int Atms => Math.Max(5, People / 5000);

    public int AccountCount => People + Merchants + Employers + Atms;

    public int[] From { get; private set; } = [];

    public int[] To { get; private set; } = [];

    public long[] Ticks { get; private set; } = [];

    public long[] Fen { get; private set; } = [];

    public Channel[] Channels { get; private set; } = [];

    public int EdgeCount => From.Length;

    /// <summary>Victims' transfers (edge ids once built in time order).</summary>
    public int[] VictimEdges { get; private set; } = [];

    /// <summary>Ring cash withdrawals (edge ids once built in time order).</summary>
    public int[] CashOutEdges { get; private set; } = [];

    /// <summary>Mule accounts of each ring.</summary>
    public List<int[]> Rings { get; } = [];

    public string NameOf(int account) =>
        account < People ? "A" + account.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)
        : account < People + Merchants ? "M" + (account - People).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)
        : account < People + Merchants + Employers ? "E" + (account - People - Merchants).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)
        : CashPoints.For("ATM-" + (account - People - Merchants - Employers).ToString("D5", System.Globalization.CultureInfo.InvariantCulture));

    public static SyntheticCity Generate(int people, int days = 30, ulong seed = 20_240_301)
    {
        var city = new SyntheticCity(people);
        var start = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)).UtcTicks;
        city.NormalLife(new SeededRandom(seed).Fork("normal"), start, days);
        city.Laundering(new SeededRandom(seed).Fork("rings"), start, days);
        city.Seal();
        return city;
    }

    /// <summary>Builds the temporal graph (exact capacities, as a bulk load would).</summary>
    public TemporalGraph BuildGraph()
    {
        var builder = new TemporalGraphBuilder(EdgeCount, AccountCount);
        for (var a = 0; a < AccountCount; a++)
        {
            builder.Accounts.Intern(NameOf(a));
        }

        for (var e = 0; e < EdgeCount; e++)
        {
            builder.Add(From[e], To[e], Ticks[e], Fen[e], Channels[e]);
        }

        return builder.Build();
    }

    /// <summary>Builds the entity graph: households at shared addresses and home IPs, own handsets,
    /// phones naming accounts, a fifth of people also on one of a thousand public IPs, dealers' handsets.</summary>
    public EntityGraph BuildEntities(ulong seed = 7)
    {
        var rng = new SeededRandom(seed);
        var b = new EntityGraphBuilder();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        for (var p = 0; p < People; p++)
        {
            var person = "P" + p.ToString("D8", inv);
            var account = NameOf(p);
            var household = (p / 3).ToString("D7", inv);
            b.Link(EntityKind.Person, person, LinkKind.HoldsAccount, EntityKind.Account, account);
            b.Link(EntityKind.Person, person, LinkKind.LocatedAt, EntityKind.Address, "Home " + household);
            b.Link(EntityKind.Person, person, LinkKind.OwnsDevice, EntityKind.Device, "DEV" + person);
            b.Link(EntityKind.Account, account, LinkKind.UsedFromDevice, EntityKind.Device, "DEV" + person);
            b.Link(EntityKind.Account, account, LinkKind.UsedFromIp, EntityKind.Ip, "10." + household);
            b.Link(EntityKind.Person, person, LinkKind.HoldsPhone, EntityKind.Phone, "PH" + person);
            b.Link(EntityKind.Account, account, LinkKind.AccountPhone, EntityKind.Phone, "PH" + person);
            if (rng.Chance(0.2))
            {
                b.Link(EntityKind.Account, account, LinkKind.UsedFromIp, EntityKind.Ip, "171.88." + rng.NextInt(1000).ToString(inv));
            }
        }

        for (var r = 0; r < Rings.Count; r++)
        {
            var dealer = "P" + rng.NextInt(People).ToString("D8", inv);
            b.Link(EntityKind.Person, dealer, LinkKind.OwnsDevice, EntityKind.Device, "DLR" + r.ToString(inv));
            foreach (var mule in Rings[r])
            {
                b.Link(EntityKind.Account, NameOf(mule), LinkKind.UsedFromDevice, EntityKind.Device, "DLR" + r.ToString(inv));
            }
        }

        return b.Build();
    }

    private void NormalLife(SeededRandom rng, long start, int days)
    {
        var employer0 = People + Merchants;
        var atm0 = People + Merchants + Employers;
        for (var p = 0; p < People; p++)
        {
            Add(At(start, 9, 9, rng), employer0 + (p % Employers), p, Yuan(rng.LogNormal(6000, 0.4)), Channel.Transfer);
            for (var i = rng.Poisson(7.0); i > 0; i--)
            {
                var u = rng.NextDouble();
                Add(At(start, rng.NextInt(days), 8 + rng.NextInt(14), rng), p, People + (int)(Merchants * u * u), Yuan(rng.LogNormal(80, 0.8)),
                    rng.Chance(0.5) ? Channel.Pos : Channel.ThirdPartyPayment);
            }

            for (var i = rng.Poisson(1.2); i > 0; i--)
            {
                Add(At(start, rng.NextInt(days), 8 + rng.NextInt(14), rng), p, (p + 1 + rng.NextInt(200)) % People, Yuan(rng.LogNormal(300, 0.8)), Channel.Transfer);
            }

            for (var i = rng.Poisson(0.5); i > 0; i--)
            {
                Add(At(start, rng.NextInt(days), 8 + rng.NextInt(14), rng), p, atm0 + (p % Atms), 100 * Yuan(Math.Max(1, rng.LogNormal(8, 0.6))), Channel.AtmCash);
            }
        }

        // Shops pay their supplier (an employer account) every week.
        for (var m = 0; m < Merchants; m++)
        {
            for (var week = 0; week < days / 7; week++)
            {
                Add(At(start, (week * 7) + 6, 18, rng), People + m, employer0 + (m % Employers), Yuan(rng.LogNormal(20_000, 0.5)), Channel.Transfer);
            }
        }
    }

    private void Laundering(SeededRandom rng, long start, int days)
    {
        var rings = Math.Max(1, People / 2000);
        var atm0 = People + Merchants + Employers;
        for (var r = 0; r < rings; r++)
        {
            var layers = LayerSizes.Select(n => Enumerable.Range(0, n).Select(_ => rng.NextInt(People)).ToArray()).ToArray();
            Rings.Add([.. layers.SelectMany(l => l)]);
            for (var v = 0; v < 20; v++)
            {
                var victim = rng.NextInt(People);
                for (var k = 1 + rng.NextInt(2); k > 0; k--)
                {
                    var t = At(start, 1 + rng.NextInt(Math.Max(1, days - 3)), 9 + rng.NextInt(10), rng);
                    var amount = Yuan(Math.Min(500_000, rng.LogNormal(30_000, 0.8)));
                    var firstMule = layers[0][rng.NextInt(layers[0].Length)];
                    Add(t, victim, firstMule, amount, Channel.Transfer, kind: 1);
                    Forward(rng, layers, 0, firstMule, amount, t, atm0);
                }
            }
        }
    }

    private void Forward(SeededRandom rng, int[][] layers, int layer, int mule, long fen, long t, int atm0)
    {
        var onward = fen * (98 - rng.NextInt(2)) / 100;
        if (layer == layers.Length - 1)
        {
            for (var left = onward; left > 0;)
            {
                var chunk = Math.Min(left, 2_000_000);
                t += TimeSpan.TicksPerMinute * (5 + rng.NextInt(60));
                Add(t, mule, atm0 + rng.NextInt(Atms), chunk, Channel.AtmCash, kind: 2);
                left -= chunk;
            }

            return;
        }

        var parts = Math.Min(1 + rng.NextInt(3), (int)Math.Max(1, onward / 100_000));
        var next = layers[layer + 1];
        for (var i = 0; i < parts; i++)
        {
            var part = i == parts - 1 ? onward - (onward / parts * (parts - 1)) : onward / parts;
            var when = t + (TimeSpan.TicksPerMinute * (2 + rng.NextInt(58)));
            var to = next[rng.NextInt(next.Length)];
            Add(when, mule, to, part, Channel.Transfer);
            Forward(rng, layers, layer + 1, to, part, when, atm0);
        }
    }

    private void Add(long ticks, int from, int to, long fen, Channel channel, byte kind = 0)
    {
        if (from != to && fen > 0)
        {
            _events.Add((ticks, from, to, fen, channel, kind));
        }
    }

    private void Seal()
    {
        _events.Sort((a, b) => a.Ticks.CompareTo(b.Ticks));
        var n = _events.Count;
        From = new int[n];
        To = new int[n];
        Ticks = new long[n];
        Fen = new long[n];
        Channels = new Channel[n];
        var victims = new List<int>();
        var cashOuts = new List<int>();
        for (var e = 0; e < n; e++)
        {
            var x = _events[e];
            (Ticks[e], From[e], To[e], Fen[e], Channels[e]) = (x.Ticks, x.From, x.To, x.Fen, x.Channel);
            if (x.Kind == 1)
            {
                victims.Add(e);
            }
            else if (x.Kind == 2)
            {
                cashOuts.Add(e);
            }
        }

        VictimEdges = [.. victims];
        CashOutEdges = [.. cashOuts];
        _events.Clear();
        _events.TrimExcess();
    }

    private static long At(long start, int day, int hour, SeededRandom rng) =>
        start + (day * TimeSpan.TicksPerDay) + (hour * TimeSpan.TicksPerHour) + (rng.NextInt(3600) * TimeSpan.TicksPerSecond);

    private static long Yuan(double yuan) => Math.Max(1, (long)Math.Round(yuan * 100));
}
