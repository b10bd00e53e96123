using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 25's held-out disguise <see cref="Evasion.SquaredSigns"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class SquaredSignsTests
{
    [Theory]
    [InlineData("月入过万，私聊", "🈷\uFE0F入过万，私聊")]
    [InlineData("有意者私聊", "🈶意者私聊")]
    [InlineData("日结，可长期", "日结，🉑长期")]
    [InlineData("无押金，日结", "🈚押金，日结")]
    [InlineData("Free training, DM me", "🆓 training, DM me")] // a capital does not stop a whole word
    [InlineData("Send a photo ID to start", "Send a photo 🆔 to start")]
    [InlineData("Spots filling soon", "Spots filling 🔜")]
    public void SquaredSigns_WriteTheOneSignOfAnAdAsItsEmoji(string ad, string expected)
    {
        for (var seed = 1UL; seed <= 12; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.SquaredSigns], [], new SeededRandom(seed));
            Assert.Equal((expected, EvasionSet.Of(Evasion.SquaredSigns)), (text, applied)); // one place only: it is always changed
        }
    }

    [Fact]
    public void SquaredSigns_ChangeOneToFourPlacesOfMany_EachSeenChangedAndUnchanged()
    {
        const string ad = "有意者私聊，月入过万，可长期，无押金，得空就做";
        var changedAt = new HashSet<int>();
        var keptAt = new HashSet<int>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.SquaredSigns], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.SquaredSigns), applied);
            // Hand-worked: undo every sign; the ad comes back whole, so nothing else changed.
            var undone = SquaredSigns.Characters.Aggregate(text, (t, kv) => t.Replace(kv.Value, kv.Key.ToString(), StringComparison.Ordinal));
            Assert.Equal(ad, undone);
            var signs = SquaredSigns.Characters.Values.Sum(s => (text.Length - text.Replace(s, "", StringComparison.Ordinal).Length) / s.Length);
            Assert.InRange(signs, 1, 4);
            foreach (var (c, i) in new[] { ('有', 0), ('月', 1), ('可', 2), ('无', 3), ('得', 4), ('空', 5) })
            {
                (text.Contains(SquaredSigns.Characters[c], StringComparison.Ordinal) ? changedAt : keptAt).Add(i);
            }
        }

        Assert.Equal(6, changedAt.Count); // each of the six places is sometimes a sign
        Assert.Equal(6, keptAt.Count); // and sometimes left
    }

    [Theory]
    [InlineData("日结三百，私聊")]
    [InlineData("Provide your bank card today")] // "provide" holds "id", "today" holds "to", "card" no whole word
    [InlineData("Topup the account, it's freedom")] // "top" and "free" inside other words
    [InlineData("I'd say don't")] // "d" after an apostrophe is no word of the table
    public void SquaredSigns_LeaveATextWithoutTheirCharactersOrWholeWordsAlone(string ad)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.SquaredSigns], [], new SeededRandom(3));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void SquaredSigns_AreEmojiOfNoOtherDisguise()
    {
        string[] signs = [.. SquaredSigns.Characters.Values, .. SquaredSigns.Words.Values];
        string[] others = [.. EvasionTables.EmojiWords.Select(e => e.Emoji), .. EvasionTables.DecorationEmoji, .. EvasionTables.InterleaveEmoji];
        Assert.All(signs, s => Assert.DoesNotContain(others, o => o.Contains(s.TrimEnd('\uFE0F'), StringComparison.Ordinal)));
        // Every sign is one emoji outside the BMP's CJK blocks (🈶 …) or an enclosed ideograph (㊙, ㊗) with its emoji selector.
        Assert.All(signs, s => Assert.True(char.IsSurrogatePair(s, 0) || s[^1] == '\uFE0F', s));
        Assert.Equal(signs.Length, signs.Distinct().Count());
    }
}
