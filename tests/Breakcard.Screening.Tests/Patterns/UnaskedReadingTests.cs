using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 423, on hand-written sentences that come from no simulator template: the reader paid to hand something over or publish
/// it, told not to ask what becomes of it or given a story for whoever asks — in Chinese and English, in acts no other reading
/// names; against honest work of the same shape (a use asked and written down, the truth told, the offer described and
/// refused), and against the offer with nothing kept from view.
/// </summary>
public sealed class UnaskedReadingTests
{
    private const string Id = "handed-over-unasked";

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m) => m.Hits.Any(h => h.Pattern.Id == Id && !h.Negated);

    [Theory]
    [InlineData("驿站兼职：把每天拆下来的旧快递面单拍照发给我们，一张2毛，拿去做什么少打听。")]
    [InlineData("招公众号代发：用你自己的公众号推我们写好的理财文章，一篇100元，文章哪来的不关你的事。")]
    [InlineData("图文店兼职：顾客的证件扫描件别删，每晚传到我们的网盘，一套8元，证件拿去干啥不用问。")]
    [InlineData("收闲置的会员账号：登录后把账号密码交给对接人，一个30元，审核问起就说自己在用。")]
    [InlineData("Weekend job at a copy shop: keep a copy of every passport customers scan and email the files to our address, $5 a set. No questions asked.")]
    [InlineData("Post the reviews we write from your own account, $8 per review. What the shop does with them is none of your business.")]
    [InlineData("Easy money: hand the parcels over to our driver, $20 a box, paid daily. If the neighbours ask, just say they are yours.")]
    public void PaidHandOverWithItsFateUnasked_IsFound(string text) => Assert.True(Live(Match(text)));

    [Theory]
    // The use asked and written down, the truth told, the offer described and refused.
    [InlineData("图文店登记规定：顾客证件复印前，证件用途要问清并登记，扫描件当场删除，不传给任何人，每单收费2元。")]
    [InlineData("驿站兼职：把每天拆下来的旧快递面单拍照发给总部对账，时薪20元，用途写在交接单上，站长问起就如实说明。")]
    [InlineData("【反诈提醒】有人出钱收图文店顾客的证件扫描件，一套8元，让你每晚传到他的网盘，还说拿去干啥不用问的，一律拒绝并报警。")]
    [InlineData("Print shop rule: scan passports only for the customer's own order, $2 a page, never email copies to anyone; if someone offers $5 a set with no questions asked, refuse and report it.")]
    [InlineData("招公众号撰稿：用你自己的公众号推你自己写的理财科普，一篇100元，文章要标明出处，读者问起就如实说明是约稿。")]
    public void HonestWorkOfTheSameShape_IsNotIt(string text) => Assert.False(Live(Match(text)));

    [Theory]
    // The same hand-overs with nothing kept from view: left to the model and other readings.
    [InlineData("驿站兼职：把每天拆下来的旧快递面单拍照发给我们，一张2毛。")]
    [InlineData("Weekend job at a copy shop: email the scans to our address, $5 a set.")]
    public void WithNothingKeptFromView_IsNotIt(string text) => Assert.False(Live(Match(text)));

    [Theory]
    // The one reading, read once per context, stands only where the poster says it.
    [InlineData("拿去干啥不用管，一套8元。", true)]
    [InlineData("有人让你别问用途的，一律拒绝。", false)]
    [InlineData("顾客证件用途要问清。", false)]
    [InlineData("If anyone asks, say it's yours.", true)]
    [InlineData("Scammers tell you: don't ask what it's for.", false)]
    public void ToldNotToAsk_IsReadAsStructure(string text, bool expected)
    {
        var c = new PatternContext(TextNormaliser.Default.Normalise(text));
        Assert.Equal(expected, c.ToldNotToAsk.Count > 0);
    }
}
