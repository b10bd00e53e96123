using Breakcard.Detection.Reference;

namespace Breakcard.Detection.Tests.Identifiers;

/// <summary>
/// An interner can number an identifier without keeping its text, and let go of texts it holds
/// (ADR 0358): a shard numbers every identifier of the stream but keeps its own identifiers' texts.
/// </summary>
public sealed class StringInternerTests
{
    [Fact]
    public void Skip_NumbersWithoutText_LaterKeysStillFoundByTextAndIndex()
    {
        var interner = new StringInterner();
        Assert.Equal(0, interner.Intern("A"));
        Assert.Equal(1, interner.Skip());
        Assert.Equal(2, interner.Intern("C"));

        Assert.Equal(3, interner.Count);
        Assert.Equal(2, interner.Held);
        Assert.Equal("C", interner.KeyOf(2));
        Assert.Equal(2, interner.Find("C"));
        Assert.Equal(2, interner.Intern("C"));
        Assert.False(interner.TryKeyOf(1, out _));
        Assert.Throws<InvalidOperationException>(() => interner.KeyOf(1));
        Assert.Equal([new(0, "A"), new KeyValuePair<int, string>(2, "C")], interner.HeldFrom(0));
        Assert.Equal([new KeyValuePair<int, string>(2, "C")], interner.HeldFrom(1));
    }

    [Fact]
    public void Retain_DropsTheOthersTexts_KeepsTheIndexes()
    {
        var interner = new StringInterner();
        foreach (var key in (string[])["A", "B", "C", "D"])
        {
            interner.Intern(key);
        }

        var before = interner.EstimatedBytes();
        interner.Retain(i => i % 2 == 1);

        Assert.Equal(4, interner.Count);
        Assert.Equal(2, interner.Held);
        Assert.Equal(-1, interner.Find("A"));
        Assert.Equal(3, interner.Find("D"));
        Assert.Equal("B", interner.KeyOf(1));
        Assert.False(interner.TryKeyOf(2, out _));
        Assert.True(interner.EstimatedBytes() < before);
        Assert.Equal(4, interner.Intern("E"));
        Assert.Equal("E", interner.KeyOf(4));
    }

    [Fact]
    public void EstimatedBytes_GrowsWithHeldTexts_NotWithSkippedIndexes()
    {
        var interner = new StringInterner();
        interner.Intern("6222000000000001");
        var one = interner.EstimatedBytes();
        for (var i = 0; i < 1_000; i++)
        {
            interner.Skip();
        }

        Assert.Equal(one, interner.EstimatedBytes());
        interner.Intern("6222000000000002");
        // A 16-character number: its string (56 B), a dictionary entry and bucket (28 B) and a by-index
        // entry (28 B); and the bit per index that says which are held (ADR 0387): 1,002 indexes, 16 words.
        Assert.Equal(one + 56 + 28 + 28 + (16 * 8), interner.EstimatedBytes());
    }

    [Fact]
    public void Holds_AnswersAsTryKeyOf_ForEveryIndex_ThroughSkipsAndRetain()
    {
        var interner = new StringInterner();
        for (var i = 0; i < 300; i++)
        {
            if (i % 3 == 1 && i > 10)
            {
                interner.Skip();
            }
            else
            {
                interner.Intern("K" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        AssertAgrees(interner);
        Assert.True(interner.Holds(0));
        Assert.False(interner.Holds(13));
        Assert.True(interner.Holds(299));
        interner.Retain(i => i % 5 != 0);
        interner.Skip();
        interner.Intern("late");

        AssertAgrees(interner);
        Assert.False(interner.Holds(0));
        Assert.True(interner.Holds(1));
        Assert.False(interner.Holds(300));
        Assert.True(interner.Holds(301));
        Assert.Throws<ArgumentOutOfRangeException>(() => interner.Holds(302));

        static void AssertAgrees(StringInterner interner)
        {
            for (var i = 0; i < interner.Count; i++)
            {
                Assert.Equal(interner.TryKeyOf(i, out _), interner.Holds(i));
            }
        }
    }
}
