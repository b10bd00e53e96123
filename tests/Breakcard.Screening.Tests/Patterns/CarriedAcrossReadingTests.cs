using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 448, on hand-written texts that come from no simulator template: goods carried across a border and others' code-sending
/// endpoints collected, each for pay with the receiver or the target not to be asked; one's own face or licence as own means;
/// a payment terminal opened with a key and something fitted inside it — and the honest forms of the same words.
/// </summary>
public sealed class CarriedAcrossReadingTests
{
    private static bool Live(string text, string pattern) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("夜里到边境江边用一台无人机把几个小包送到对岸，一趟800元，当晚就结。包里是啥不用管。")]
    [InlineData("Drone pilots wanted: fly small waterproof packs across the river at the border after dark, $400 a trip. Don't ask who picks them up.")]
    [InlineData("会飞航拍的兄弟：晚上到河边拿我们的无人机帮几个小包飞到河对面，一趟大几百，对面是谁别问。")]
    public void CarriedAcross_ReceiverUnasked_IsRead(string text) => Assert.True(Live(text, "carried-across-unasked"));

    [Theory]
    [InlineData("夜里到边境江边用一台无人机把几个小包送到对岸，一趟800元，当晚就结。每个包都登记在飞行日志里，收件站点写清楚。")]
    [InlineData("Drone pilots wanted: fly small water-sample packs across the river to the survey team's station on our side, $400 a trip. Every pick-up is named in the flight log.")]
    public void CarriedAcross_Logged_IsNotRead(string text) => Assert.False(Live(text, "carried-across-unasked"));

    [Theory]
    [InlineData("会写脚本的来：收集各个网站登录发短信的接口，能给一个手机连发就行，每个20元，轰谁别问。")]
    [InlineData("懂技术的来：整理各大平台注册发验证码的api，一条api给30元，别问用来干嘛。")]
    public void SendEndpoints_TargetUnasked_IsRead(string text) => Assert.True(Live(text, "send-endpoints-collected"));

    [Fact]
    public void SendEndpoints_OwnServiceTested_IsNotRead() =>
        Assert.False(Live("懂技术的来：测试我司平台注册发验证码的api，确认不能对同一个号码循环发，每个漏洞奖励30元，报告写清复现步骤。", "send-endpoints-collected"));

    [Theory]
    [InlineData("招AI分身模特：用你本人对着镜头读十分钟台词，签一份肖像授权，每人三位数，拍完就结。做成数字人拿去干啥不用管。")]
    [InlineData("有驾照的朋友：用你的驾驶证在租车软件上租台车，取车后钥匙给对接人，一天小几百，谁开不用管。")]
    public void OwnFaceOrLicence_UseUnasked_IsRead(string text) => Assert.True(Live(text, "own-means-unasked"));

    [Fact]
    public void OwnFace_UsesWrittenIntoLicence_IsNotRead() =>
        Assert.False(Live("招AI分身模特：用你本人对着镜头读十分钟台词，签一份肖像授权，每人三位数，拍完就结。每个使用方都写进授权书，先经你同意。", "own-means-unasked"));

    [Theory]
    [InlineData("Easy cash, tools provided: open a pump with our key and install a little board we give you, 10 minutes each. $150 a pump, cash. No need to know what it does.")]
    [InlineData("What to do: open the dispenser panel with the key we give you, clip the little module onto the keypad wire. $150 per pump; don't ask where the data goes.")]
    public void PumpOpened_BoardFitted_IsRead(string text) => Assert.True(Live(text, "stock-placed-concealed"));

    [Fact]
    public void PumpOpened_ServiceLogged_IsNotRead() =>
        Assert.False(Live("Pump service: open a pump with the station's key and install the replacement board the depot gives you, then sign the station log and show your badge. $150 a pump.", "stock-placed-concealed"));
}
