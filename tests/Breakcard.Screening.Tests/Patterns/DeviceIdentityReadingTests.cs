using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 355, on hand-written sentences that come from no simulator template: a device's identity rewritten or a block on
/// it lifted, for pay, for others who leave the devices' origin or purpose unaccounted for, is technical support
/// (`device-identity`); repair counters, test labs and trade-in desks that name the same acts — refused, or done on their
/// own devices with records — are not, and their refusals do not count as the act for the model either.
/// </summary>
public sealed class DeviceIdentityReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m) => m.Hits.Any(h => h.Pattern.Id == "device-identity" && !h.Negated);

    [Theory]
    [InlineData("宝妈在家做：客户寄来的旧平板和手机，帮他们改MAC地址、刷基带，让应用商店识别成新手机，每部15块，周结；机子哪来的不用问。")]
    [InlineData("招会刷机的：被风控的号和机器帮忙绕过风控、改设备码，一单40元，不登记，做完就删记录。")]
    [InlineData("Weekend side job: a partner ships you boxes of locked second-hand phones; bypass iCloud and change the IMEI so the carriers see a brand new phone. $25 per phone, paid in USDT every Friday, no questions asked.")]
    public void DeviceActForOthersUnaccounted_IsTechnicalSupport(string text)
    {
        var m = Match(text);
        Assert.True(Live(m));
        Assert.True(m.HasOffenceStructure);
    }

    [Theory]
    [InlineData("手机厂商测试部招实习生：给公司自己的测试机刷机、改MAC地址做网络兼容测试，每台改前改后都登记在测试台账里，实习补贴每天150元，签实习协议。")]
    [InlineData("二手机回收店招验机员：核对机主身份证，检查串号与机身一致，改过串号的机器一律不收，每台验机有记录，月薪5000元。")]
    public void DeviceWorkWithRecords_IsNotTheAct(string text) => Assert.False(Live(Match(text)));

    [Theory]
    [InlineData("维修须知：本店只修机主本人的手机，我们不改串号、刷基带，修好凭单取机，换屏180元起。", "改串号")]
    [InlineData("Phone repair technician (full-time): fix customers' phones at our counter; we never change the IMEI or bypass iCloud locks, every job logged with the owner's ID. £13 an hour.", "bypassicloud")]
    public void RefusedDeviceAct_IsNegatedForTheModel(string text, string act)
    {
        var normalised = TextNormaliser.Default.Normalise(text);
        var m = PatternMatcher.Match(normalised);
        Assert.Contains(normalised.Terms, t => t.Term.Text == act);
        Assert.False(Live(m));
        Assert.Equal(Concept.None, m.LiveConcepts & Concept.Equipment);
    }
}
