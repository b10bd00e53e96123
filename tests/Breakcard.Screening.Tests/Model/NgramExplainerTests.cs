using Breakcard.Screening.Internal;
using Breakcard.Screening.Model;

namespace Breakcard.Screening.Tests.Model;

/// <summary>
/// ADR 382: the explainer walks a trie of the model's n-grams from every position and picks the heaviest non-overlapping
/// ones without sorting. Its answer must be the one of looking up every substring and walking them sorted by weight
/// (stable: the earlier found first among equals), which is what it did before.
/// </summary>
public sealed class NgramExplainerTests
{
    private static List<(int Start, int End, double Weight)> Reference(IReadOnlyDictionary<string, float> weights, string text, int count)
    {
        var found = new List<(int Start, int End, double Weight)>();
        var longest = weights.Keys.Max(k => k.Length);
        for (var i = 0; i < text.Length; i++)
        {
            for (var n = 2; n <= longest && i + n <= text.Length; n++)
            {
                if (weights.TryGetValue(text.Substring(i, n), out var w))
                {
                    found.Add((i, i + n, w));
                }
            }
        }

        var chosen = new List<(int Start, int End, double Weight)>();
        foreach (var f in found.OrderByDescending(f => f.Weight))
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (!chosen.Any(c => f.Start < c.End && c.Start < f.End))
            {
                chosen.Add(f);
            }
        }

        return chosen;
    }

    [Fact]
    public void Explain_PicksTheHeaviestNonOverlapping_ThroughKeysWhosePrefixesAreNotKeys()
    {
        var weights = new Dictionary<string, float> { ["出租"] = 2.5f, ["租银"] = 0.5f, ["银行"] = 1f, ["银行卡号码"] = 3f, ["行卡"] = 2f };
        var explainer = NgramExplainer.FromWeights(weights);

        // 银行卡号 is no key: the walk passes through it to 银行卡号码.
        Assert.Equal([(2, 7, 3.0), (0, 2, 2.5)], explainer.Explain("出租银行卡号码", 3));
        Assert.Equal([(0, 2, 2.5), (2, 4, 1.0)], explainer.Explain("出租银行", 3));
    }

    [Fact]
    public void Explain_AmongEqualWeights_TakesTheEarlierFirst()
    {
        var explainer = NgramExplainer.FromWeights(new Dictionary<string, float> { ["ab"] = 1f, ["bc"] = 1f, ["cd"] = 1f });
        Assert.Equal([(0, 2, 1.0)], explainer.Explain("abcd", 1));
        Assert.Equal([(0, 2, 1.0), (2, 4, 1.0)], explainer.Explain("abcd", 3));
        Assert.Empty(explainer.Explain("abcd", 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Explain_AgreesWithLookingUpEverySubstring(int seed)
    {
        const string Alphabet = "银行卡出租日结abc";
        var random = new Random(seed);
        string RandomText(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        while (weights.Count < 150)
        {
            // Few distinct weights, so ties are common.
            weights[RandomText(2, 6)] = random.Next(1, 6) / 4f;
        }

        var explainer = NgramExplainer.FromWeights(weights);
        for (var k = 0; k < 300; k++)
        {
            var text = RandomText(0, 40);
            var count = random.Next(0, 5);
            Assert.Equal(Reference(weights, text, count), explainer.Explain(text, count));
        }
    }
    // ADR 452: the scorer's table of the model's n-grams (prefix-closed, every gram at its slot), with grams that explain
    // nothing among them (single characters, markers, negative weights), as the model holds.
    private static GramTable TableOf(IEnumerable<string> grams, int seed)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in grams)
        {
            for (var n = 1; n <= g.Length; n++)
            {
                keys.Add(g[..n]);
            }
        }

        keys.Add("\u0002银");
        keys.Add("卡\u0003");
        var order = new Random(seed);
        var shuffled = keys.OrderBy(_ => order.Next()).ToArray();
        return new GramTable([.. shuffled.Select((k, slot) => KeyValuePair.Create(GramTable.Pack(k), slot))]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Explain_OverTheScorersTable_FindsWhatTheTrieFinds(int seed)
    {
        const string Alphabet = "银行卡出租日结abc";
        var random = new Random(seed);
        string RandomText(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        while (weights.Count < 150)
        {
            weights[RandomText(2, 5)] = random.Next(1, 6) / 4f;
        }

        // Grams the model holds that explain nothing: longer ones and ones sharing the explaining grams' prefixes.
        var others = Enumerable.Range(0, 100).Select(_ => RandomText(2, 5)).Where(g => !weights.ContainsKey(g)).ToArray();
        var trie = NgramExplainer.FromWeights(weights);
        var table = trie.OverTable(TableOf(weights.Keys.Concat(others), seed));
        Assert.True(table.UsesTable);
        for (var k = 0; k < 300; k++)
        {
            var text = RandomText(0, 40);
            var count = random.Next(0, 5);
            Assert.Equal(Reference(weights, text, count), table.Explain(text, count));
        }
    }

    [Fact]
    public void OverTable_KeepsTheTrie_WhenAnExplainingGramIsNotInTheTable()
    {
        var explainer = NgramExplainer.FromWeights(new Dictionary<string, float> { ["出租"] = 1f, ["银行卡"] = 2f, ["银行卡号码"] = 3f });
        // 银行卡号码 has five characters: no key of the table can hold it.
        var over = explainer.OverTable(TableOf(["出租", "银行卡"], 1));
        Assert.False(over.UsesTable);
        Assert.Equal([(2, 7, 3.0), (0, 2, 1.0)], over.Explain("出租银行卡号码", 3));
    }
}
