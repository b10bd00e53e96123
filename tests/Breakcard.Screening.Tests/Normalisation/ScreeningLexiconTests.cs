using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Tests.Normalisation;

public sealed class ScreeningLexiconTests
{
    [Fact]
    public void Default_LoadsTheShippedTables()
    {
        var lexicon = ScreeningLexicon.Default;
        Assert.True(lexicon.TraditionalMappings > 2500, "the ICU table maps about 2,800 characters");
        Assert.True(lexicon.Terms.Count > 500);
        Assert.True(lexicon.FoldFormCount > lexicon.Terms.Count, "variants and pinyin add surface forms");
        Assert.Equal(Concept.BankCard, lexicon.ConceptsOf("银行卡"));
        Assert.Equal(Concept.Decoy, lexicon.ConceptsOf("出租车"));
        Assert.Equal(Concept.None, lexicon.ConceptsOf("不是一个词"));
    }

    [Fact]
    public void Fingerprint_DependsOnTheTablesOnly()
    {
        Assert.Matches("^[0-9a-f]{64}$", ScreeningLexicon.Default.Fingerprint);
        var a = ScreeningLexicon.Parse("卡\tCardGeneric\n", "", "", "");
        var again = ScreeningLexicon.Parse("卡\tCardGeneric\n", "", "", "");
        var other = ScreeningLexicon.Parse("卡\tBankCard\n", "", "", "");
        Assert.Equal(a.Fingerprint, again.Fingerprint);
        Assert.NotEqual(a.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void Parse_SmallTables_FoldAndExpandVariants()
    {
        var lexicon = ScreeningLexicon.Parse(
            "出租\tRentOut\n银行卡\tBankCard\n",
            "祖\t租\thomophone\n航\t行\thomophone\n",
            "银行卡\tyin hang ka\tyhk\n",
            "銀\t银\n");
        var normaliser = new Breakcard.Screening.Normalisation.TextNormaliser(lexicon);
        Assert.Equal("出租银行卡", normaliser.Normalise("出祖銀航卡").Text);
        Assert.Equal("出租银行卡", normaliser.Normalise("出租yhk").Text);
        Assert.Equal("祖国", normaliser.Normalise("祖国").Text); // one-character variants apply only inside terms
    }

    [Theory]
    [InlineData("出租\tNoSuchConcept\n", "", "", "", "terms.tsv:1: unknown concept 'NoSuchConcept'")]
    [InlineData("出租\tRentOut\n出租\tRentOut\n", "", "", "", "terms.tsv:2: term '出租' is empty or repeated")]
    [InlineData("", "祖\t租\n", "", "", "variants.tsv:1: expected 3 tab-separated columns, found 2")]
    [InlineData("", "祖\t租\tsound\n", "", "", "variants.tsv:1: unknown variant kind 'sound'")]
    [InlineData("", "", "银行卡\tyin hang\t-\n", "", "pinyin.tsv:1: '银行卡' has 3 characters but 2 syllables")]
    [InlineData("", "", "", "銀行\t银\n", "t2s.tsv:1: each side must be one UTF-16 character")]
    public void Parse_BadRow_NamesFileAndLine(string terms, string variants, string pinyin, string t2s, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => ScreeningLexicon.Parse(terms, variants, pinyin, t2s));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }
}
