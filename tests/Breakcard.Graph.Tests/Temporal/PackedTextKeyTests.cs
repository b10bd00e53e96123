using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Temporal.Internal;
using CsCheck;

namespace Breakcard.Graph.Tests.Temporal;

/// <summary>
/// Short text ids packed into 64-bit keys (ADR 0225): the packing is one to one and gives back the
/// exact text, ids that do not fit fall back to the dictionary, and a graph built through the
/// packed keys is the graph built by interning every id as a string.
/// </summary>
public sealed class PackedTextKeyTests
{
    // Packable ids, ids that do not fit (too long, a space, non-ASCII, DEL) and account numbers.
    private static readonly string[] Pool =
    [
        "A00000123", "M000042", "A00000124", "~", "!", "CASH:A1", "a-b_c.d", "A1",
        "A000001234", "ACCT-000000123", "A1 ", "a b", "账户1", "A\u007F", "CASH:ATM-00001",
        "6222021001234567894", "7", "0", "007",
    ];

    [Fact]
    public void TryPack_AnyText_PacksShortPrintableAsciiAndUnpacksToTheSameText()
    {
        // The edges of the range ('!', '~') and their neighbours (space, DEL), letters, a digit,
        // a full-width letter and a Latin-1 letter.
        var chars = Gen.OneOf(Gen.Const('!'), Gen.Const('~'), Gen.Const(' '), Gen.Const('\u007F'), Gen.Char['A', 'Z'], Gen.Char['a', 'z'], Gen.Const('5'), Gen.Const('\uFF21'), Gen.Const('é'));
        chars.Array[0, 12].Sample(text =>
        {
            var s = new string(text);
            var expected = s.Length is >= 1 and <= 9 && s.All(c => c is >= '!' and <= '~');
            Assert.Equal(expected, PackedTextKey.TryPack(s, out var key));
            if (expected)
            {
                Assert.Equal(s, PackedTextKey.Unpack(key));
                Assert.True(key is > 0 and < (1UL << 63));
            }
            else
            {
                Assert.Equal(0UL, key);
            }
        }, iter: 5_000);
    }

    [Fact]
    public void TryPack_DistinctTexts_DistinctKeys()
    {
        // Few characters and short lengths, so that samples share prefixes and differ by length.
        var texts = Gen.OneOf(Gen.Const('!'), Gen.Const('A'), Gen.Const('B'), Gen.Const('~')).Array[1, 9].Select(c => new string(c));
        Gen.Select(texts, texts).Sample((x, y) =>
        {
            Assert.True(PackedTextKey.TryPack(x, out var kx));
            Assert.True(PackedTextKey.TryPack(y, out var ky));
            Assert.Equal(x == y, kx == ky);
        }, iter: 5_000);
    }

    [Fact]
    public void TryPack_HandChecked()
    {
        Assert.True(PackedTextKey.TryPack("A", out var a));
        Assert.Equal(0x41UL, a);
        Assert.True(PackedTextKey.TryPack("AB", out var ab));
        Assert.Equal(0x41UL + (0x42UL << 7), ab); // 65 + 8,448
        Assert.True(PackedTextKey.TryPack("~~~~~~~~~", out var top));
        Assert.Equal(9_150_747_060_186_627_966UL, top); // 126 × (2^63 − 1) / 127
        Assert.Equal("~~~~~~~~~", PackedTextKey.Unpack(top));
        foreach (var text in (string[])["", " ", "A B", "ABCDEFGHIJ", "A\u007F", "é", "A\t"])
        {
            Assert.False(PackedTextKey.TryPack(text, out _));
        }
    }

    [Fact]
    public void AccountTable_PackedFallbackAndNumericIds_OneIdPerDistinctTextAndExactNames()
    {
        var table = new AccountTable(4);
        var dense = Pool.Select(table.Intern).ToArray();
        Assert.Equal(Enumerable.Range(0, Pool.Length), dense);
        Assert.Equal(dense, Pool.Select(p => table.Intern(p.AsSpan())));
        for (var i = 0; i < Pool.Length; i++)
        {
            Assert.Equal(Pool[i], table.NameOf(i));
            Assert.True(table.TryGetId(Pool[i], out var found));
            Assert.Equal(i, found);
        }

        // Packed and dictionary cash points are both flagged.
        Assert.True(table.Has(table.Intern("CASH:A1"), AccountFlags.Cash));
        Assert.True(table.Has(table.Intern("CASH:ATM-00001"), AccountFlags.Cash));
        Assert.False(table.Has(table.Intern("A1"), AccountFlags.Cash));
        Assert.False(table.TryGetId("A2", out _));
        Assert.False(table.TryGetId("A00000125", out _));
        Assert.Throws<ArgumentException>(() => table.Intern("   "));
    }

    [Fact]
    public void AccountTable_FirstKeyTableTakesTheExpectedSlots_TheOtherGrowsOnDemand()
    {
        // Sized for 100,000 accounts: 262,144 slots of 16 bytes (4 MiB) for the first table used.
        var numbersFirst = new AccountTable(100_000);
        numbersFirst.Intern("6222021001234567894");
        var withNumbers = numbersFirst.ApproximateBytes();
        Assert.True(withNumbers > 262_144L * 16);
        numbersFirst.Intern("A1");
        numbersFirst.Intern("B2");
        Assert.True(numbersFirst.ApproximateBytes() - withNumbers < 4_096, "a few text ids among card numbers take a small table");

        var textFirst = new AccountTable(100_000);
        textFirst.Intern("A1");
        var withText = textFirst.ApproximateBytes();
        Assert.True(withText > 262_144L * 16);
        var numbers = Enumerable.Range(0, 100).Select(i => (6_222_021_001_234_567_000UL + (ulong)i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var n in numbers)
        {
            textFirst.Intern(n);
        }

        Assert.True(textFirst.ApproximateBytes() - withText < 100 * 200, "100 card numbers among text ids grow their table by doubling");
        Assert.Equal(Enumerable.Range(1, 100), numbers.Select(n => textFirst.Intern(n.AsSpan())));
        Assert.Equal(0, textFirst.Intern("A1"));
    }

    [Fact]
    public void AddSpans_PackedFallbackAndNumericIdsMixed_SameGraphAsInterningEveryIdAsAString()
    {
        var step = Gen.Select(Gen.Int[0, Pool.Length - 1], Gen.Int[0, Pool.Length - 1], Gen.Int[0, 500], Gen.Int[0, 30]);
        step.Array[1, 400].Sample(steps =>
        {
            // Three ways in: keys queued in batches, each id interned from its span, and each id
            // interned as a string — all must give the same ids, names, flags and adjacency.
            var batched = new TemporalGraphBuilder();
            var spans = new TemporalGraphBuilder();
            var strings = new TemporalGraphBuilder();
            for (var i = 0; i < steps.Length; i++)
            {
                var (d, c, minute, action) = steps[i];
                var ticks = minute * TimeSpan.TicksPerMinute;
                var channel = (i % 5 == 0) ? Channel.AtmCash : Channel.Transfer;
                Assert.Equal(i, batched.Add(Pool[d].AsSpan(), Pool[c].AsSpan(), ticks, 100 + i, channel));
                spans.Add(spans.Accounts.Intern(Pool[d].AsSpan()), spans.Accounts.Intern(Pool[c].AsSpan()), ticks, 100 + i, channel);
                strings.Add(strings.Accounts.Intern(Pool[d]), strings.Accounts.Intern(Pool[c]), ticks, 100 + i, channel);
                if (action == 0)
                {
                    _ = batched.Snapshot();
                }
            }

            var expected = strings.Build();
            AssertSameGraph(expected, spans.Build());
            AssertSameGraph(expected, batched.Snapshot());
            AssertSameGraph(expected, batched.Build());
        }, iter: 200);
    }

    private static void AssertSameGraph(TemporalGraph expected, TemporalGraph actual)
    {
        Assert.Equal(expected.AccountCount, actual.AccountCount);
        Assert.Equal(expected.EdgeCount, actual.EdgeCount);
        for (var a = 0; a < expected.AccountCount; a++)
        {
            Assert.Equal(expected.Accounts.NameOf(a), actual.Accounts.NameOf(a));
            Assert.Equal(expected.FlagsOf(a), actual.FlagsOf(a));
            Assert.Equal(Ids(expected.OutEdges(a)), Ids(actual.OutEdges(a)));
            Assert.Equal(Ids(expected.InEdges(a)), Ids(actual.InEdges(a)));
        }

        for (var e = 0; e < expected.EdgeCount; e++)
        {
            Assert.Equal(
                (expected.SourceOf(e), expected.TargetOf(e), expected.TicksOf(e), expected.FenOf(e), expected.ChannelOf(e), expected.IsCashOut(e)),
                (actual.SourceOf(e), actual.TargetOf(e), actual.TicksOf(e), actual.FenOf(e), actual.ChannelOf(e), actual.IsCashOut(e)));
        }
    }

    private static int[] Ids(EdgeRuns runs)
    {
        var ids = new int[runs.Count];
        Assert.Equal(ids.Length, runs.CopyTo(ids));
        return ids;
    }
}
