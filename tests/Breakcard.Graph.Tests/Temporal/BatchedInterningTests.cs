using System.Globalization;
using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Temporal.Internal;
using CsCheck;

namespace Breakcard.Graph.Tests.Temporal;

/// <summary>
/// Account numbers read four digits at a time, and account ids interned in batches by
/// <see cref="TemporalGraphBuilder.Add(ReadOnlySpan{char}, ReadOnlySpan{char}, long, long, Channel)"/>
/// (ADR 0195): the same keys and the same dense ids as reading and interning one by one.
/// </summary>
public sealed class BatchedInterningTests
{
    [Fact]
    public void TryKey_AnyText_SameAsDigitByDigitReading()
    {
        // Digits, their neighbours in UTF-16 ('/' and ':'), letters, a full-width digit and a space.
        var chars = Gen.OneOf('0', '1', '5', '9', '9', '0', '/', ':', 'A', '\uFF10', ' ', '\u0130');
        Gen.OneOf(chars.Array[0, 22], Gen.Char['0', '9'].Array[1, 21]).Sample(text =>
        {
            var s = new string(text);
            var expected = s.Length is >= 1 and <= 19 && s.All(char.IsAsciiDigit) && (s[0] != '0' || s.Length == 1);
            Assert.Equal(expected, NumericKeyTable.TryKey(s, out var key));
            Assert.Equal(expected ? ulong.Parse(s, CultureInfo.InvariantCulture) : 0UL, key);
        }, iter: 5_000);
    }

    [Fact]
    public void TryKey_CardNumberWithOneCharacterChanged_SameAsDigitByDigitReading()
    {
        // 16–19 digits, read sixteen at a time by the vector step (ADR 0250), with at most one
        // character replaced: digits' neighbours, and characters whose low byte is a digit's
        // ('\u0130', '\u0139', '\uFF10'), which must not pass as digits once narrowed to bytes.
        var bad = Gen.OneOf('/', ':', ' ', 'A', '\0', '\u0130', '\u0139', '\uFF10', '\uFF19', '\u1030');
        Gen.Select(Gen.Char['0', '9'].Array[16, 19], Gen.Int[0, 18], bad, Gen.Bool).Sample((digits, at, c, change) =>
        {
            if (change)
            {
                digits[at % digits.Length] = c;
            }

            var s = new string(digits);
            var expected = s.All(char.IsAsciiDigit) && s[0] != '0';
            Assert.Equal(expected, NumericKeyTable.TryKey(s, out var key));
            Assert.Equal(expected ? ulong.Parse(s, CultureInfo.InvariantCulture) : 0UL, key);
        }, iter: 20_000);
    }

    [Fact]
    public void TryKey_Boundaries_HandChecked()
    {
        Assert.True(NumericKeyTable.TryKey("9999999999999999999", out var max));
        Assert.Equal(9_999_999_999_999_999_999UL, max);
        Assert.True(NumericKeyTable.TryKey("6222021001234567894", out var card));
        Assert.Equal(6_222_021_001_234_567_894UL, card);
        Assert.True(NumericKeyTable.TryKey("1234", out var four));
        Assert.Equal(1234UL, four);
        Assert.True(NumericKeyTable.TryKey("1000000000000000", out var sixteen));
        Assert.Equal(1_000_000_000_000_000UL, sixteen);
        Assert.True(NumericKeyTable.TryKey("1234567890123456789", out var nineteen));
        Assert.Equal(1_234_567_890_123_456_789UL, nineteen);
        Assert.False(NumericKeyTable.TryKey("123456789012345:", out _));
        Assert.False(NumericKeyTable.TryKey("1234567/90123456", out _));
        Assert.False(NumericKeyTable.TryKey("12345678\u013090123456", out _));
        Assert.False(NumericKeyTable.TryKey("12345678901234567890", out _));
        Assert.False(NumericKeyTable.TryKey("0123", out _));
        Assert.False(NumericKeyTable.TryKey("12/4", out _));
        Assert.False(NumericKeyTable.TryKey("123:", out _));
    }

    [Fact]
    public void AddSpans_MixedIdsAcrossBatches_SameIdsAndGraphAsInterningOneByOne()
    {
        // Pool: card numbers, short numbers, text ids and a cash point; reads of Accounts and
        // snapshots in between must see every account added so far.
        string[] pool = ["6222021001234567894", "6222021001234567895", "7", "10", "A7", "CASH:ATM-1", "0", "6222021001234567896", "B-12"];
        var step = Gen.Select(Gen.Int[0, pool.Length - 1], Gen.Int[0, pool.Length - 1], Gen.Int[0, 500], Gen.Int[0, 40]);
        step.Array[1, 400].Sample(steps =>
        {
            var batched = new TemporalGraphBuilder();
            var reference = new TemporalGraphBuilder();
            for (var i = 0; i < steps.Length; i++)
            {
                var (d, c, minute, action) = steps[i];
                var ticks = minute * TimeSpan.TicksPerMinute;
                Assert.Equal(i, batched.Add(pool[d].AsSpan(), pool[c].AsSpan(), ticks, 100 + i, Channel.Transfer));
                reference.Add(reference.Accounts.Intern(pool[d]), reference.Accounts.Intern(pool[c]), ticks, 100 + i, Channel.Transfer);
                if (action == 0)
                {
                    Assert.Equal(reference.Accounts.Count, batched.Accounts.Count);
                }
                else if (action == 1)
                {
                    _ = batched.Snapshot();
                }
            }

            var expected = reference.Build();
            var actual = batched.Snapshot();
            Assert.Equal(expected.AccountCount, actual.AccountCount);
            for (var a = 0; a < expected.AccountCount; a++)
            {
                Assert.Equal(expected.Accounts.NameOf(a), actual.Accounts.NameOf(a));
                Assert.Equal(expected.FlagsOf(a), actual.FlagsOf(a));
            }

            for (var e = 0; e < expected.EdgeCount; e++)
            {
                Assert.Equal((expected.SourceOf(e), expected.TargetOf(e)), (actual.SourceOf(e), actual.TargetOf(e)));
            }
        }, iter: 300);
    }

    [Fact]
    public void AddSpans_EmptyId_ThrowsAndAddsNoEdge()
    {
        var builder = new TemporalGraphBuilder();
        builder.Add("6222021001234567894".AsSpan(), "6222021001234567895".AsSpan(), 0, 1, Channel.Transfer);
        Assert.Throws<ArgumentException>(() => builder.Add("6222021001234567894".AsSpan(), " ".AsSpan(), 0, 1, Channel.Transfer));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("1".AsSpan(), "2".AsSpan(), 0, 0, Channel.Transfer));
        Assert.Equal(1, builder.EdgeCount);
        var g = builder.Build();
        Assert.Equal(1, g.EdgeCount);
        Assert.Equal("6222021001234567895", g.Accounts.NameOf(g.TargetOf(0)));
    }
}
