using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 410, on hand-written sentences that come from no simulator template: the reader's broadband line run by strangers — a box
/// left running on it, a bridge or antenna wired to it, a tunnel opened — for pay, with a cover story for whoever checks or what
/// runs on it left unasked; against honest work of the same shape, where the line stays with its holder, and against the offer
/// with one of its parts missing. Read as <c>registration-lent</c> beside ADR 401's registrations.
/// </summary>
public sealed class LineHostedReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m) => m.Hits.Any(h => h.Pattern.Id == "registration-lent" && !h.Negated);

    [Theory]
    // A box on the home line, tunnelled by us, a story for the telecom technician.
    [InlineData("副业：家里宽带放台机器挂着就行。我们寄一台小盒子，插你家路由器上，frp内网穿透我们远程弄好，每月给你600电费。盒子上跑什么别问，电信师傅问起就说是NAS存照片。")]
    // A residential IP sold as a relay, who uses it not to be asked.
    [InlineData("收住宅IP：用你家宽带帮我们挂个软路由做中转，跑多少流量、给谁用都不用管，每月包宽带费再给你四百。")]
    // A signal beamed across a river from a line in one's name, the fee paid by us.
    [InlineData("江边有房子的老表：宽带用你名字报装，屋顶架个设备把信号打到江对面，那边的人拿来干什么你别打听，网费我们出，每月另给你五千。")]
    // Peanut-shell DDNS set up remotely, paid in banknotes only, the police told a story.
    [InlineData("家里有光纤的朋友，光猫上接我们的小主机，花生壳我们远程配，每月给你八张红票子，片警上门就说娃儿学编程。")]
    // In English: a box on the home router, run remotely, the ISP told a story.
    [InlineData("Earn $150 a month: plug our small box into your home router and leave it on 24/7. We manage it remotely. Don't ask what traffic it carries; if your ISP calls, say it's a smart-home hub.")]
    public void LineRunByStrangers_IsFound(string text) => Assert.True(Live(Match(text)));

    [Theory]
    // The household's own NAS, no tunnel, no outsiders.
    [InlineData("NAS上门安装：家里宽带放台NAS，插你家路由器上，只存你自己家的照片，不做内网穿透、不给外人用，装好归你自己管，每台收安装费150元。")]
    // A contractor's work order for a householder's own line.
    [InlineData("装维工单：宽带用户本人到营业厅报装，光猫装在用户自家屋里，不接网桥、不往河对面架天线，有人出钱让你拉线过河请拍照报警，每单结算80元。")]
    // An IT firm's slip for a client's own server on its own line.
    [InlineData("服务器安装单：客户公司自己的宽带，服务器放客户机房，只给客户自己员工用，不做端口映射给外部网站，每台安装费500元。")]
    public void HonestLines_AreNotIt(string text) => Assert.False(Live(Match(text)));

    [Theory]
    // Nothing kept from view: the box and the pay alone.
    [InlineData("家里宽带放台机器挂着就行，我们寄一台小盒子，插你家路由器上，我们远程弄好，每月给你600电费。")]
    // Nobody else runs it: the cover story and the pay alone.
    [InlineData("家里宽带放台NAS存你自己的照片，每月省600云盘费，电信师傅问起就说是NAS。")]
    // The recruiter's use refused in its clause.
    [InlineData("家里宽带放台NAS，插你家路由器上，不做内网穿透，每台收安装费150元，主机上跑什么别问我。")]
    public void OfferWithAPartMissing_IsNotIt(string text) => Assert.False(Live(Match(text)));

    [Fact]
    public void PoliceNamedWhereALineIsHosted_IsNotAnInstitutionSpeaking()
    {
        var m = Match("家里有光纤的朋友，光猫上接我们的小主机，花生壳我们远程配，每月给你八张红票子，派出所上门就说孩子学编程。");
        Assert.True(Live(m));
        Assert.False(m.Honest.HasFlag(HonestContext.InstitutionVoice));
    }
}
