using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// Round 14's readings (ADR 293), on hand-written sentences that come from no simulator template: zhuyin read as pinyin,
/// digits written as look-alike letters inside a number, pay promised to the reader in a text that borrows the words of
/// a warning, a card handed over when it is called 卡 alone, an account the reader opened handed on, coached answers to
/// a checker, and a served person's own face check. Each reading comes with its honest or risky twin.
/// </summary>
public sealed class RoundFourteenReadingTests
{
    private static string[] Live(string text) =>
        [.. PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    private static string Folded(string text) => TextNormaliser.Default.Normalise(text).Text;

    // --- zhuyin (bopomofo) read as pinyin

    [Fact]
    public void ZhuyinSpelling_ReadsAsTheWord() =>
        Assert.Contains("card-trade", Live("高价收购银行ㄎㄚ，一张八百，当面交易。"));

    // ADR 455: a syllable outside the listed key words, beside a Chinese character, reads as its character too (ㄑㄩㄣ 群).
    [Fact]
    public void ZhuyinSyllables_FoldToPinyin() =>
        Assert.Equal("加微信聊群", Folded("加ㄨㄟㄒㄧㄣ聊ㄑㄩㄣ"));

    [Fact]
    public void ALoneZhuyinI_StaysAStrokeSeparator() =>
        Assert.Equal("出租", Folded("出ㄧ租"));

    [Fact]
    public void AWordInZhuyin_IsASpellingNotADisguise() =>
        Assert.DoesNotContain("disguised-vocabulary", Live("超市理货员，月薪4500元，每月10号发到你本人的银行ㄎㄚ。"));

    [Fact]
    public void AWordInLatinPinyin_StaysADisguise() =>
        Assert.Contains("disguised-vocabulary", Live("超市理货员，月薪4500元，每月10号发到你本人的yinhangka。"));

    // --- digits written as look-alike letters inside a number

    [Fact]
    public void LookalikeLettersAfterADigit_AreDigits() =>
        Assert.Equal("时薪3005点下班", Folded("时薪3OO 5点下班"));

    [Fact]
    public void LookalikeLettersBeforeAMoneyUnit_AreDigits() =>
        Assert.Contains("1000元", Folded("每人IOOO元"));

    [Fact]
    public void WordsOfLookalikeLetters_StayWords() =>
        Assert.Equal("b2b销售iso9001认证boss直聘90s", Folded("B2B销售 ISO9001认证 BOSS直聘 90s"));

    // --- pay promised to the reader is an offer, even among a warning's words

    [Fact]
    public void PayPromisedAmongPoliceWords_IsNotNews() =>
        Assert.Contains("card-handover", Live("开卡陪练：教你怎么应付反诈中心民警的回访，涉嫌诈骗的事一概说不知道，卡交出来后再给你1500元。"));

    [Fact]
    public void PoliceNewsWithTheGainOfOthers_StaysNews() =>
        Assert.DoesNotContain("card-trade", Live("警方通报：某学生出租银行卡获利2000元，涉嫌帮信罪被刑事拘留，民警提醒切勿出借银行卡。"));

    // --- whose card: 卡 alone handed over

    [Fact]
    public void ACardCalledKaHandedOverForPay_IsCardHandover() =>
        Assert.Contains("card-handover", Live("办好以后把卡交出来，当场给你800元。"));

    [Fact]
    public void ACardNamedButKeptForPay_IsNotCardHandover() =>
        Assert.DoesNotContain("card-handover", Live("食堂帮厨，饭卡自己保管，月薪3200元。"));

    // --- whose account: opened by the reader, handed on

    [Fact]
    public void AnAccountOpenedAndHandedOn_IsInstrumentControl() =>
        Assert.Contains("instrument-control", Live("用你的执照去运营商办线路，办下来账号交给上家，每月给你3000。"));

    [Fact]
    public void AWorkAccountHandedToTheReader_IsNotInstrumentControl() =>
        Assert.DoesNotContain("instrument-control", Live("入职当天IT部门开好企业邮箱，账号交给你使用，月薪8000元。"));

    // --- coached answers to a checker

    [Fact]
    public void ACheckAnsweredAsTold_IsSecrecy() =>
        Assert.Contains("secrecy", Live("去营业厅办两张手机卡，工作人员核实时别说是帮朋友办的，每张给你100元。"));

    [Fact]
    public void ConcealingWhoDirectsIt_IsSecrecy() =>
        Assert.Contains("secrecy", Live("明早陪你去网点开户，不要说有人让你开，开完结300。"));

    [Fact]
    public void ACheckAnsweredTruthfully_IsNotSecrecy() =>
        Assert.DoesNotContain("secrecy", Live("客服专员月薪5000元：客户回访时请如实回答，验证码不要说给别人。"));

    // --- whose face: the served person's own check

    [Fact]
    public void AServedPersonsOwnFaceCheck_IsNotIdentityLending() =>
        Assert.DoesNotContain("identity-lending", Live("宽带装维：上门给客户装机，刷脸客户自己来，每单提成20元。"));

    [Fact]
    public void TheReadersFaceCheckForOthers_IsIdentityLending() =>
        Assert.Contains("identity-lending", Live("帮我们注册网站，刷脸你本人来，每个给你500元。"));
}
