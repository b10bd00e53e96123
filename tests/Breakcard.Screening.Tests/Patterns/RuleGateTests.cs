using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 382: the rule blocks return nothing, without walking the terms, when the text's union of concepts lacks one they
/// need. The union is taken over the normalised text's terms, so words that reach their concept only through
/// normalisation (traditional, full-width, spaced, pinyin) still open the gate, and the gated blocks answer exactly what
/// walking every term answers.
/// </summary>
public sealed class RuleGateTests
{
    public static TheoryData<string> Texts => new()
    {
        "出租銀行卡，一天300",            // traditional
        "銀行卡出租，日结",               // object first, the verb after it
        "出 租 银 行 卡 一 天 300",       // spaced
        "ｙｈｋ出租，ｖｘ联系",            // full-width pinyin abbreviation
        "收卡，价格私聊",                  // one term carrying trade slang, a verb and a card
        "收款以后转到银行卡",              // a verb and a card in different terms
        "奶茶店招店员，时薪20元",          // neither
    };

    private static PatternContext Context(string text) => new(TextNormaliser.Default.Normalise(text));

    private static List<(int First, int Last)> AllPairs(PatternContext c, Concept a, Concept b, int window)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < c.Terms.Count; i++)
        {
            for (var j = 0; j < c.Terms.Count; j++)
            {
                if (j != i && c.Terms[i].Has(a) && c.Terms[j].Has(b) && c.Gap(c.Terms[i], c.Terms[j]) <= window)
                {
                    found.Add((Math.Min(i, j), Math.Max(i, j)));
                }
            }
        }

        return found;
    }

    private static List<(int First, int Last)> AllVerbObjects(PatternContext c, Concept verb, Concept obj, int window, Concept verbAfter, int afterWindow)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < c.Terms.Count; i++)
        {
            for (var j = 0; j < c.Terms.Count; j++)
            {
                var t = c.Terms;
                if (j != i && t[i].Has(obj)
                    && ((j < i && t[j].Has(verb) && c.Span(t[j].End, t[i].Start) <= window) || (j > i && t[j].Has(verbAfter) && c.Span(t[i].End, t[j].Start) <= afterWindow)))
                {
                    found.Add((Math.Min(i, j), Math.Max(i, j)));
                }
            }
        }

        return found;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void GatedBlocks_AnswerWhatWalkingEveryTermAnswers(string text)
    {
        var c = Context(text);
        Concept[] concepts = [Concept.BankCard, Concept.RentOut | Concept.Sell, Concept.CardGeneric | Concept.BankCard, Concept.CollectMoney, Concept.CardTradeSlang | Concept.CardGeneric, Concept.EncryptedContact, Concept.None];
        foreach (var a in concepts)
        {
            Assert.Equal(Enumerable.Range(0, c.Terms.Count).Where(i => c.Terms[i].Has(a)).Select(i => (i, i)), Rules.Single(c, a));
            Assert.Equal(Enumerable.Range(0, c.Terms.Count).Where(i => (c.Terms[i].Concepts & a) == a).Select(i => (i, i)), Rules.SingleAll(c, a));
            foreach (var b in concepts)
            {
                Assert.Equal(AllPairs(c, a, b, 8), Rules.Pair(c, a, b, 8));
                // A verb that only comes after its object (银行卡出租) opens the gate through verbAfter alone.
                Assert.Equal(AllVerbObjects(c, Concept.Purchase, a, 8, b, 4), Rules.VerbObject(c, Concept.Purchase, a, 8, b, 4));
            }
        }
    }

    [Theory]
    [InlineData("出租銀行卡，一天300")]
    [InlineData("銀行卡出租，日结")]
    [InlineData("出 租 银 行 卡 一 天 300")]
    [InlineData("ｙｈｋ出租，ｖｘ联系")]
    [InlineData("收卡，价格私聊")]
    public void CardTrade_FiresWhereItsWordsAppearOnlyAfterNormalisation(string text)
    {
        var c = Context(text);
        Assert.True(c.Has(Concept.BankCard | Concept.CardGeneric));
        var hits = PatternMatcher.Match(c.Text).Hits;
        Assert.Contains(hits, h => h.Pattern.Id == "card-trade" && !h.Negated);
    }

    [Fact]
    public void SingleAll_NeedsOneTermWithEveryConcept_NotTheUnion()
    {
        var c = Context("收款以后转到银行卡");
        Assert.True(c.HasAll(Concept.CollectMoney | Concept.BankCard));
        Assert.Empty(Rules.SingleAll(c, Concept.CollectMoney | Concept.BankCard));
        Assert.False(Context("奶茶店招店员").HasAll(Concept.CollectMoney | Concept.BankCard));
    }
}
