using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>Regional and dialect writing read as the standard words (ADR 402, regional.tsv).</summary>
public sealed class RegionalWritingTests
{
    private static readonly TextNormaliser Normaliser = TextNormaliser.Default;

    private static string Fold(string text) => Normaliser.Normalise(text).Text;

    [Theory]
    [InlineData("借你嘅銀行戶口", "借你的银行账户")] // Hong Kong: 戶口 is a bank account; 嘅 is 的
    [InlineData("提款咭畀我哋", "银行卡给我们")] // 提款卡 an ATM card, 咭 the card, 畀 give, 哋 the plural
    [InlineData("過數去指定嘅戶口", "转账去指定的账户")] // 過數 a transfer
    [InlineData("簡訊認證碼", "短信验证码")] // Taiwan: 簡訊 an SMS, 認證碼 a verification code
    [InlineData("收門號", "收手机号卡")] // Taiwan: 門號 a mobile number and its SIM
    [InlineData("唔使理", "不用理")] // Cantonese 唔使: need not
    [InlineData("唔好話畀人知", "不要告诉别人")] // Cantonese: don't tell anyone
    [InlineData("啥子都不用管", "什么都不用管")] // Sichuanese
    [InlineData("莫得风险，不要让屋头晓得", "没有风险不要让屋头知道")] // Sichuanese
    [InlineData("嘎哈用的", "干什么用的")] // north-eastern
    [InlineData("不超过数百元", "不超过数百元")] // 过数 is a Hong Kong transfer only where no Mandarin word runs across it
    [InlineData("通过数据核对", "通过数据核对")]
    [InlineData("其他系统", "其他系统")] // 係 after a pronoun is not read
    [InlineData("每日领取奖励", "每日领取奖励")] // 日领 is a day's pay only outside 领取
    public void Normalise_RegionalAndDialectWords_ReadAsTheStandardWords(string text, string expected)
    {
        Assert.Equal(expected, Fold(text));
    }

    [Theory]
    [InlineData("带户口本和身份证来面试", "户口本")] // Mainland: the household register, no account
    [InlineData("本地户口优先", "本地户口")]
    [InlineData("户口所在地派出所", "户口所在地")]
    [InlineData("农村户口也可以", "农村户口")]
    [InlineData("用户口碑很好", "用户口碑")] // 用户 + 口碑, not 用 + 户口
    [InlineData("他是赛车手", "赛车手")] // a racing driver, not Taiwan's 车手
    public void Normalise_MainlandWords_KeepTheirOwnMeaning(string text, string kept)
    {
        var folded = Fold(text);
        Assert.Contains(kept, folded, StringComparison.Ordinal);
        Assert.DoesNotContain("账户", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("取现", folded, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_RegionalWord_IsNotADisguise_AndQuotesTheOriginal()
    {
        var n = Normaliser.Normalise("高價收香港銀行戶口");
        var term = n.Terms.Single(t => t.Term.Text == "银行账户");
        Assert.Equal(FoldKind.Spelling, term.Fold);
        Assert.False(term.IsDisguised);
        Assert.Equal("銀行戶口", n.Quote(term.Start, term.End));
    }

    [Fact]
    public void Parse_RegionalTable_FoldsCharactersAndWords()
    {
        var lexicon = ScreeningLexicon.Parse(
            "银行账户\tBankCard\n", "", "", "銀\t银\n", "", "嘅\t的\tchar\tyue\n戶口\t账户\tword\thk\n户口本\t户口本\tkeep\tmainland\n");
        var normaliser = new TextNormaliser(lexicon);
        Assert.Equal("你的银行账户", normaliser.Normalise("你嘅銀行戶口").Text);
        Assert.Equal("带户口本去", normaliser.Normalise("带户口本去").Text);
        Assert.Equal("带账户去", normaliser.Normalise("带戶口去").Text); // this small table folds no 戶 → 户
        Assert.Equal(3, lexicon.RegionalRows);
        Assert.Equal(1, lexicon.TraditionalMappings); // the regional characters are not counted as traditional forms
    }

    [Theory]
    [InlineData("嘅\t的\tchar\n", "regional.tsv:1: expected 4 tab-separated columns, found 3")]
    [InlineData("# note\n嘅嘅\t的\tchar\tyue\n", "regional.tsv:2: a char row maps one UTF-16 character to one")]
    [InlineData("銀\t银\tchar\thk\n", "regional.tsv:1: '銀' is already folded by the character tables")]
    [InlineData("戶口\t账户\tphrase\thk\n", "regional.tsv:1: unknown scope 'phrase'")]
    [InlineData("戶口\t\tword\thk\n", "regional.tsv:1: surface and standard form must not be empty")]
    [InlineData("户口本\t户口\tkeep\tmainland\n", "regional.tsv:1: a keep row must name the same word in both columns")]
    public void Parse_BadRegionalRow_NamesFileAndLine(string regional, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => ScreeningLexicon.Parse("", "", "", "銀\t银\n", "", regional));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }
}
