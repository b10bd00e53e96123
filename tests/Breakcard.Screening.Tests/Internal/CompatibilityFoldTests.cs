using Breakcard.Screening.Internal;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Internal;

/// <summary>
/// A reading that copies a span of the original at a fixed reach can cut an emoji in two; .NET's NFKC refuses a string with
/// an unpaired surrogate and threw out of <see cref="AdScreener.Screen"/> on a development ad (a collection's payee written
/// а🌟с🌟c🌟o🌟u🌟n🌟t right after a list's item). The fold reads such a span with the lone half replaced, and screening
/// such a text does not throw.
/// </summary>
public sealed class CompatibilityFoldTests
{
    // A lone half cannot be written in an attribute's string (the compiler stores it as U+FFFD): <hi> and <lo> stand for the
    // two halves of 🌟 (U+1F31F).
    private static string Halves(string s) => s.Replace("<hi>", "\uD83C", StringComparison.Ordinal).Replace("<lo>", "\uDF1F", StringComparison.Ordinal);

    [Theory]
    [InlineData("ｏｒ 🌟", "or 🌟")]
    [InlineData("ｏｒ <hi>", "or \uFFFD")]
    [InlineData("<lo>ｏｒ", "\uFFFDor")]
    [InlineData("ａ<lo><hi>ｂ", "a\uFFFD\uFFFDb")]
    [InlineData("", "")]
    public void Of_FoldsFullWidth_AndReplacesOnlyLoneHalves(string span, string expected) =>
        Assert.Equal(expected, CompatibilityFold.Of(Halves(span)));

    [Theory]
    [InlineData("🌟", false)]
    [InlineData("a🌟b🌟", false)]
    [InlineData("<hi>", true)]
    [InlineData("a<lo>", true)]
    [InlineData("<lo><hi>", true)]
    public void HasUnpairedSurrogate_FindsOnlyLoneHalves(string s, bool expected) =>
        Assert.Equal(expected, CompatibilityFold.HasUnpairedSurrogate(Halves(s)));

    // The development ad that threw (dev-000873 at seed 20240302 after ADR 440), whole.
    private const string DevelopmentAd =
        "#⼤學生活##好物分享#五星好評！顏色分類：⽶⽩⾊；尺碼：М。上身很顯瘦，面料也舒服。\n【入群登記表】班級群：三年二班家校群　邀請人：本⼈（群里的家長）　入群⼈：我們的人（備注就叫“班主任孫⽼師”）\n步驟：\n群他賬用\n　拉號你\n　進拉的\n，管理員問起就說是學校的老師；\uD83C\uDE36管理員權限，給他升成管理員\n之後：他會發“研學費”⼆維碼，本人帶頭交再回復“已交”\n費用：拉進一個群三張⽑爺爺，群⾥交得多另加紅包；有⼈問起就說我核實過，貼在店⾥給人掃的那個⼆維碼進誰а\uD83C\uDF1Fс\uD83C\uDF1Fc\uD83C\uDF1Fo\uD83C\uDF1Fu\uD83C\uDF1Fn\uD83C\uDF1Ft別問\n性價⽐很高，推薦購買。";

    // The development ad that threw, shortened to its last lines: a list item (二維碼), then within 16 characters a word whose
    // letters are parted by emoji, so the list's look-ahead ends between the two halves of 🌟.
    [Theory]
    [InlineData(DevelopmentAd)]
    [InlineData("有人問起就說我核實過，貼在店裡給人掃的那個二維碼進誰а🌟с🌟c🌟o🌟u🌟n🌟t別問\n性價比很高，推薦購買。")]
    [InlineData("不收银行卡，手机卡 🌟🌟🌟🌟🌟🌟🌟🌟🌟 或别的")]
    [InlineData("不收银行卡，手机卡 <hi>")]
    public void Screen_ASpanCutInsideAnEmoji_DoesNotThrow(string text)
    {
        var screener = new AdScreener(TextNormaliser.Default, null);
        var result = screener.Screen(Halves(text));
        Assert.InRange(result.Score, 0, 100);
    }
}
