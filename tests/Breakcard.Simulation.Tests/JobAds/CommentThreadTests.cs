using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 17's held-out disguise (development since round 18) <see cref="Evasion.CommentThread"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class CommentThreadTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void CommentThread_PutsTheSecondSentenceInThePostersReplyUnderAnotherUsers(ulong seed)
    {
        const string ad = "出租银行卡，日结300。加微信：kk1234";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.CommentThread], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.CommentThread), applied);
        // Hand-worked: one sentence end, so the post keeps the first sentence and the poster's one reply the second.
        var lines = text.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("出租银行卡，日结300。", lines[0]);
        Assert.Contains(lines[1], EvasionTables.CommentThreadHeaders);
        Assert.Contains(lines[2], EvasionTables.CommentThreadReplies);
        Assert.Matches("^(?:楼主|作者)：加微信：kk1234$", lines[3]);
    }

    [Theory]
    [InlineData(4UL)]
    [InlineData(5UL)]
    [InlineData(6UL)]
    [InlineData(7UL)]
    public void CommentThread_KeepsEveryCharacterOfTheAdInOrder_WithAnotherUserBeforeEachReply(ulong seed)
    {
        const string ad = "招人。日结300！私聊详谈";
        var (text, _) = EvasionEngine.Apply(ad, [Evasion.CommentThread], [], new SeededRandom(seed));
        var lines = text.Split('\n');
        Assert.Contains(lines[1], EvasionTables.CommentThreadHeaders);
        var replies = lines.Skip(2).ToArray();
        Assert.InRange(replies.Length, 2, 4);
        Assert.Equal(0, replies.Length % 2);
        for (var i = 0; i < replies.Length; i += 2)
        {
            Assert.Contains(replies[i], EvasionTables.CommentThreadReplies);
            Assert.Matches("^(?:楼主|作者)：", replies[i + 1]);
        }

        // The post and the poster's replies, put back together, are the ad.
        var parts = new[] { lines[0] }.Concat(replies.Where((_, i) => i % 2 == 1).Select(r => r[3..]));
        Assert.Equal(ad, string.Concat(parts));
    }

    [Fact]
    public void CommentThread_CutsAtALineBreak_WhichItDrops()
    {
        var (text, _) = EvasionEngine.Apply("【招工】日结\n私聊详谈", [Evasion.CommentThread], [], new SeededRandom(10));
        var lines = text.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("【招工】日结", lines[0]);
        Assert.Matches("^(?:楼主|作者)：私聊详谈$", lines[3]);
    }

    [Fact]
    public void CommentThread_IsEnglishInAnEnglishText()
    {
        var (text, _) = EvasionEngine.Apply("Drivers wanted. Call 07700900123", [Evasion.CommentThread], [], new SeededRandom(8));
        var lines = text.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("Drivers wanted.", lines[0]);
        Assert.Contains(lines[1], EvasionTables.EnglishCommentThreadHeaders);
        Assert.Contains(lines[2], EvasionTables.EnglishCommentThreadReplies);
        Assert.Matches("^(?:OP|Author): Call 07700900123$", lines[3]);
    }

    [Theory]
    [InlineData("出租银行卡，日结300，加微信：kk1234")]
    [InlineData("费率1.5%，1. 注册账号，2. 绑定")]
    [InlineData("Rent your card, $300 a day, app v1.5, 2.5 km away")]
    public void CommentThread_LeavesASingleSentenceAlone(string ad)
    {
        // No sentence end: commas, a decimal point and a numbered list's "1. " do not cut.
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.CommentThread], [], new SeededRandom(9));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void CommentThread_LinesHoldNoKeyWordDigitOrContact()
    {
        foreach (var line in EvasionTables.CommentThreadHeaders.Concat(EvasionTables.CommentThreadAuthors).Concat(EvasionTables.CommentThreadReplies)
                     .Concat(EvasionTables.EnglishCommentThreadHeaders).Concat(EvasionTables.EnglishCommentThreadAuthors).Concat(EvasionTables.EnglishCommentThreadReplies))
        {
            Assert.DoesNotContain(EvasionTables.RiskyWords.Concat(EvasionTables.OrdinaryWords), w => line.Contains(w, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(line, char.IsAsciiDigit);
            Assert.DoesNotContain(new[] { "钱", "卡", "码", "号", "元", "私聊", "联系", "money", "pay", "cash", "call", "DM" }, w => line.Contains(w, StringComparison.OrdinalIgnoreCase));
        }
    }
}
