using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 372, on hand-written sentences that come from no simulator template: the reader's own login, mailbox, account,
/// computer or connection lent to others' use for pay, with what is done kept from view, is `access-lending`; an
/// assistant with delegate access to another's mailbox, IT staff and lab staff reaching the institution's machines
/// remotely, a repair counter and help for a served person on her own account are not.
/// </summary>
public sealed class AccessLendingReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m) => m.Hits.Any(h => h.Pattern.Id == "access-lending" && !h.Negated);

    [Theory]
    [InlineData("Weekend gig, 350 yuan a week: send us the password of your work e-mail and switch off the sign-in alerts; our people write to suppliers from your address. Don't ask what we send.")]
    [InlineData("Earn 600 yuan a month from your dorm: leave your computer online day and night with our agent installed so partners abroad browse from your connection. If your roommate asks, tell them it's rendering video.")]
    [InlineData("Side job, 300 yuan a week: our staff sign in to your student portal account and post messages in your name. No questions about the content.")]
    [InlineData("Students, RMB 500 a month: keep your laptop on and install our remote tool; a team overseas needs a local IP. No need to know what they browse.")]
    [InlineData("宿舍兼职每周300元：把你学校邮箱的账号密码借给我们，我们用你的邮箱给新生发通知，发什么内容别问。")]
    [InlineData("每周500元：宿舍电脑一直开着别关，装个远程，海外团队从你的网络登录，他们做什么不用管。")]
    public void OwnAccessLentForPayAndKeptFromView_IsAccessLending(string text) => Assert.True(Live(Match(text)));

    [Theory]
    [InlineData("Office assistant, RMB 6,500 a month: manage the director's inbox with the delegate access she grants you and draft replies signed on her behalf. IT never asks for your password, and no one else signs in to your own account.")]
    [InlineData("IT helpdesk technician, 7,000 yuan a month: keep the office PCs patched and, when a colleague calls, connect to their work laptop with the company's remote tool while they watch. Staff passwords stay with staff.")]
    [InlineData("Computer repair, 80 yuan a visit: we start TeamViewer on your laptop while you watch, fix the fault and close the session; you keep the password and every job is on the receipt.")]
    [InlineData("Family tech help, 200 yuan a month: sign in to your grandmother's own video account on her tablet when she asks and show her how to post her garden photos.")]
    [InlineData("机房值班员，月薪4800元：实验室服务器一直开着跑计算，课题组老师远程登录看结果，每次登录都有记录。")]
    [InlineData("学院办公室招助理，月薪4500元：院长授权你代管他的工作邮箱，代为回复会议邀请；邮箱密码不要交给任何人，学校也不会让你借出自己的账号。")]
    public void AccessOfOthersOrInTheOpen_IsNotAccessLending(string text) => Assert.False(Live(Match(text)));

    [Fact]
    public void LendingWithoutPay_IsNotAccessLending() =>
        Assert.False(Live(Match("Could you lend us your university email login for the club newsletter? If anyone asks, say it's the club's.")));

    [Fact]
    public void SchoolNamedWhereAccessIsLent_IsNotAnInstitutionSpeaking()
    {
        var m = Match("宿舍兼职每周300元：把你学校邮箱的账号密码借给我们，我们用你的邮箱给新生发通知，发什么内容别问。");
        Assert.True(Live(m));
        Assert.False(m.Honest.HasFlag(HonestContext.InstitutionVoice));
    }
}
