using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 390, on hand-written sentences that come from no simulator template: props of a police or prosecutor's office
/// supplied for callers who impersonate them, and adverts pushed to strangers' phones by proximity sharing — each against
/// honest work of the same shape (a prop house working for a filed production, a desk that sends its own map to visitors
/// who ask).
/// </summary>
public sealed class PropsAndPushReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("接个急单：法院执行局的背景布一块，法警制服两套，“限制高消费令”“逮捕证”各十份盖红章，一共3800元，收货人写服装店，用在哪里别打听。")]
    [InlineData("做一套派出所值班室的置景，挂墙上的警徽要亮，警号印我们发的那几个，每套2600元，做好寄到我们给的地址。")]
    [InlineData("Uniform job, $300 a set: two police uniforms, a backdrop of the detectives' office, badge numbers we give, used on video calls; no questions.")]
    public void PropsForImpersonation_AreFound(string text) => Assert.True(Live(Match(text), "impersonation-props"));

    [Theory]
    [InlineData("剧组招道具助理，月薪5500元：管理法院、派出所场景的背景布和制服，制服不带真实警号，每天收工登记回收，剧本和拍摄许可在制片处可查。")]
    [InlineData("话剧团定做演出服：三套仿制警服，不用真实警徽和警号，演出结束收回剧团仓库，整单1800元，发票开给剧团，道具不得用于视频通话。")]
    [InlineData("民警提醒：骗子穿着假警服，在“公安局”背景布前和你视频通话，出示盖着红章的“冻结令”，都是诈骗，请拨打96110。")]
    public void HonestProps_AreNotIt(string text) => Assert.False(Live(Match(text), "impersonation-props"));

    [Theory]
    [InlineData("晚高峰兼职：在地铁车厢里用隔空投送给大家推“百家乐”链接，一小时35元，推的是什么别问。")]
    [InlineData("商场兼职，时薪30元：用AirDrop把“极速贷款”海报发给商场里的人，手机名改成“免费领奶茶”，保安来管就走。")]
    [InlineData("Earn £10 an hour: AirDrop betting tips to strangers at the station; if security asks, walk away.")]
    public void StrangerPush_IsFound(string text) => Assert.True(Live(Match(text), "stranger-push-ads"));

    [Theory]
    [InlineData("图书馆活动志愿者，每天150元：读者到服务台索取时，用隔空投送发活动日程，不向陌生人投送。")]
    [InlineData("车展兼职，日薪200元：用平板隔空投送把本展位的车型手册发给主动索取的观众，不发别家的广告和链接。")]
    [InlineData("Conference helper, $120 a day: AirDrop the programme to attendees who ask at the registration desk; nothing is sent to strangers.")]
    public void ConsentingVisitors_AreNotIt(string text) => Assert.False(Live(Match(text), "stranger-push-ads"));
}
