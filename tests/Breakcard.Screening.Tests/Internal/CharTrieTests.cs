using Breakcard.Screening.Internal;

namespace Breakcard.Screening.Tests.Internal;

/// <summary>
/// ADR 382: the trie's edges live in one open-addressing table probed linearly. Thousands of keys over Chinese, Latin and
/// edge-of-range characters force collisions and wrap-around probes; every key must still be found with its own payload,
/// and every step that no key takes must fail.
/// </summary>
public sealed class CharTrieTests
{
    private static readonly char[] Alphabet = [.. "银行卡出租收款码账户号abcxyz0189", '\0', '\uFFFF', '\uD800', '\u3000', '\uFF41'];

    private static List<string> RandomKeys(int count, int seed)
    {
        var random = new Random(seed);
        var keys = new List<string>();
        for (var k = 0; k < count; k++)
        {
            var chars = new char[random.Next(1, 7)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            keys.Add(new string(chars));
        }

        return keys;
    }

    private static int Walk(CharTrie trie, string key)
    {
        var node = CharTrie.Root;
        foreach (var c in key)
        {
            if (!trie.TryStep(node, c, out node))
            {
                return -2;
            }
        }

        return trie.PayloadAt(node);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3_000, 2)]
    [InlineData(20_000, 3)]
    public void EveryKey_IsFoundWithTheFirstPayloadGivenIt(int count, int seed)
    {
        var keys = RandomKeys(count, seed);
        var trie = CharTrie.Build(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            first.TryAdd(keys[i], i);
        }

        Assert.All(first, kv => Assert.Equal(kv.Value, Walk(trie, kv.Key)));
    }

    [Fact]
    public void StepsNoKeyTakes_FailAndPrefixesCarryNoPayload()
    {
        var keys = RandomKeys(5_000, 4);
        var trie = CharTrie.Build(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            first.TryAdd(keys[i], i);
        }

        var prefixes = keys.SelectMany(k => Enumerable.Range(1, k.Length).Select(n => k[..n])).ToHashSet(StringComparer.Ordinal);
        var probes = RandomKeys(20_000, 5);
        var checkedAbsent = 0;
        foreach (var probe in probes)
        {
            var expected = !prefixes.Contains(probe) ? -2 : first.GetValueOrDefault(probe, -1);
            Assert.Equal(expected, Walk(trie, probe));
            checkedAbsent += expected == -2 ? 1 : 0;
        }

        Assert.True(checkedAbsent > 1_000, $"only {checkedAbsent} absent probes");
        Assert.False(trie.TryStep(CharTrie.Root, '\u4E00', out var next));
        Assert.Equal(0, next);
    }
}
