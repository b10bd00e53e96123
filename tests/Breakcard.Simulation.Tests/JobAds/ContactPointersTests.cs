using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 15's held-out disguise (development since round 16) <see cref="Evasion.ContactPointers"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class ContactPointersTests
{
    private const string Pointer = "(?:看我主页|主页简介里有|见头像|头像上有|看置顶评论|置顶评论里有)";

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void ContactPointers_TakeEveryContactOutAndLeaveItsWord(ulong seed)
    {
        const string original = "日结300，加微信：kk1234详聊，电话13800004567，QQ：123456789，TG：@lucky888，简历发hr12@163.com";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.ContactPointers], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.ContactPointers), applied);
        // Hand-checked: the contact words and the price stay, each of the five contacts is a pointer.
        Assert.Matches($"^日结300，加微信：{Pointer}详聊，电话{Pointer}，QQ：{Pointer}，TG：{Pointer}，简历发{Pointer}$", text);
        Assert.DoesNotContain("kk1234", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ContactPointers_HandleAHandleRightAfterAContactWord()
    {
        var (text, _) = EvasionEngine.Apply("私聊x12345，联系13912345678", [Evasion.ContactPointers], [], new SeededRandom(5));
        Assert.Matches($"^私聊{Pointer}，联系{Pointer}$", text);
    }

    [Theory]
    [InlineData(6UL)]
    [InlineData(7UL)]
    public void ContactPointers_PointInEnglishInAnEnglishText(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("Apply: jobs12@163.com or Telegram @kk2045", [Evasion.ContactPointers], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.ContactPointers), applied);
        Assert.Matches("^Apply: (?:link in my bio|see the pinned comment|on my profile page) or Telegram (?:link in my bio|see the pinned comment|on my profile page)$", text);
    }

    [Fact]
    public void ContactPointers_LeaveTextsWithoutAContactAlone()
    {
        // A booking number, a price, a short number after a contact word, a model name and 私聊 with nothing after it.
        const string original = "预订号BK1234，日结300元，QQ群12，iPhone16，有意者私聊";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.ContactPointers], [], new SeededRandom(8));
        Assert.Equal((original, EvasionSet.Empty), (text, applied));
    }
}
