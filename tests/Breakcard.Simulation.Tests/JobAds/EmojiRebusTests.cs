using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 27's held-out disguise <see cref="Evasion.EmojiRebus"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class EmojiRebusTests
{
    [Theory]
    [InlineData("发验证码，日结", "发验证🐴，日结")]
    [InlineData("不看征信，不查流水", "不看征信，不🍵流水")]
    [InlineData("刷脸注册就送", "刷脸🐷册就送")]
    [InlineData("手机卡在手里", "手🐔卡在手里")]
    [InlineData("无需押金", "无需🦆金")]
    [InlineData("Must be 18+, DM me", "Must 🐝 18+, DM me")]
    [InlineData("Then I pay daily", "Then 👁\uFE0F pay daily")] // the capital pronoun, with its emoji selector
    [InlineData("You Can start today", "You 🥫 start today")] // a capital does not stop a whole word
    public void EmojiRebus_WritesTheOneSiteOfAnAdAsItsEmoji(string ad, string expected)
    {
        for (var seed = 1UL; seed <= 12; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.EmojiRebus], [], new SeededRandom(seed));
            Assert.Equal((expected, EvasionSet.Of(Evasion.EmojiRebus)), (text, applied)); // one place only: it is always changed
        }
    }

    [Fact]
    public void EmojiRebus_ChangesOneToFourPlacesOfMany_EachSeenChangedAndUnchanged()
    {
        const string ad = "想赚钱的兄弟私聊，刷单发验证码，不查征信，无押金";
        var sites = new[] { ('想', 0), ('赚', 1), ('兄', 2), ('单', 3), ('码', 4), ('查', 5), ('押', 6) };
        var changedAt = new HashSet<int>();
        var keptAt = new HashSet<int>();
        for (var seed = 1UL; seed <= 60; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.EmojiRebus], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.EmojiRebus), applied);
            // Hand-worked: each emoji of this ad stands for one character of it; undo them and the ad comes back whole.
            var undone = sites.Aggregate(text, (t, s) => t.Replace(EmojiRebus.Characters[s.Item1], s.Item1.ToString(), StringComparison.Ordinal));
            Assert.Equal(ad, undone);
            var emoji = sites.Select(s => EmojiRebus.Characters[s.Item1]).Distinct()
                .Sum(e => (text.Length - text.Replace(e, "", StringComparison.Ordinal).Length) / e.Length);
            Assert.InRange(emoji, 1, 4);
            foreach (var (c, i) in sites)
            {
                (text.Contains(c) ? keptAt : changedAt).Add(i);
            }
        }

        Assert.Equal(7, changedAt.Count); // each of the seven places is sometimes an emoji
        Assert.Equal(7, keptAt.Count); // and sometimes left
    }

    [Theory]
    [InlineData("出租银行卡，日结三百，私聊")]
    [InlineData("Become a member, cannot miss")] // "be" and "can" inside other words
    [InlineData("I'm in, it's OK")] // "I" before an apostrophe is no site
    [InlineData("Plan II. Section I.")] // a Roman numeral, and I before a full stop
    public void EmojiRebus_LeavesATextWithoutItsCharactersOrWholeWordsAlone(string ad)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.EmojiRebus], [], new SeededRandom(3));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void EmojiRebus_AreEmojiOfNoOtherDisguiseOrTemplate()
    {
        string[] rebus = [.. EmojiRebus.Characters.Values.Concat(EmojiRebus.Words.Values).Select(e => e.TrimEnd('\uFE0F')).Distinct()];
        string[] others =
        [
            .. EvasionTables.EmojiWords.Select(e => e.Emoji), .. EvasionTables.DecorationEmoji, .. EvasionTables.InterleaveEmoji,
            .. SquaredSigns.Characters.Values, .. SquaredSigns.Words.Values,
        ];
        Assert.All(rebus, e => Assert.DoesNotContain(others, o => o.Contains(e, StringComparison.Ordinal)));
        // Each is one pictograph (outside the BMP, or a BMP symbol with its emoji selector), never a character of any script.
        Assert.All(EmojiRebus.Characters.Values.Concat(EmojiRebus.Words.Values), e => Assert.True(char.IsSurrogatePair(e, 0) || e[^1] == '\uFE0F', e));
        Assert.All(EmojiRebus.Characters.Values.Concat(EmojiRebus.Words.Values), e => Assert.False(TextLanguage.IsChinese(e) || e.Any(char.IsAsciiLetterOrDigit), e));
    }
}
