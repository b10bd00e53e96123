using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 28's held-out disguise (development since round 29) <see cref="Evasion.SubtitleCues"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class SubtitleCuesTests
{
    [Fact]
    public void SubtitleCues_ShortLines_AreOneCueEach_NumberedAndTimedInOrder()
    {
        // Hand-worked: every line fits the narrowest cue (eight characters), so each line is one cue, whatever the width drawn.
        const string ad = "出租银行卡\n日结三百\n私聊";
        for (var seed = 1UL; seed <= 20; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.SubtitleCues], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.SubtitleCues), applied);
            var cues = Cues(text);
            Assert.Equal(["出租银行卡", "日结三百", "私聊"], cues.Select(c => c.Text));
            Assert.Equal([1, 2, 3], cues.Select(c => c.Number));
            // Each cue ends after it starts, and the next starts no earlier than it ends.
            Assert.All(cues, c => Assert.True(c.End > c.Start, text));
            Assert.All(cues.Zip(cues.Skip(1)), p => Assert.True(p.Second.Start >= p.First.End, text));
        }
    }

    [Fact]
    public void SubtitleCues_ALongLine_IsCutAfterItsCommaOrKeptWhole()
    {
        // Hand-worked: 13 characters, a comma sixth. A width of 8–12 cuts after the comma; 13 or 14 keeps the line whole.
        const string ad = "日结三百元，长期合作私聊我";
        var seen = new HashSet<int>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var cues = Cues(EvasionEngine.Apply(ad, [Evasion.SubtitleCues], [], new SeededRandom(seed)).Text).Select(c => c.Text).ToArray();
            Assert.True(cues.SequenceEqual(["日结三百元，", "长期合作私聊我"]) || cues.SequenceEqual([ad]), string.Join(" | ", cues));
            seen.Add(cues.Length);
        }

        Assert.Equal([1, 2], seen.Order()); // both widths were drawn
    }

    [Fact]
    public void SubtitleCues_WithoutAMark_CutAtTheWidth_AKeyWordAcrossTwoCues()
    {
        // No mark: the line is cut every `width` characters (8–14), wherever that falls. 银行卡 stands at 9–11, so a width of 10 (银 | 行卡)
        // or 11 (银行 | 卡) cuts it across two cues, with a cue number and a time line between its halves.
        const string ad = "长期招兼职学生出租银行卡日结三百私聊我详谈合作";
        var split = false;
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var cues = Cues(EvasionEngine.Apply(ad, [Evasion.SubtitleCues], ["银行卡"], new SeededRandom(seed)).Text).Select(c => c.Text).ToArray();
            var width = cues[0].Length;
            Assert.InRange(width, 8, 14);
            Assert.Equal(ad.Chunk(width).Select(c => new string(c)), cues);
            split |= !cues.Any(c => c.Contains("银行卡", StringComparison.Ordinal));
        }

        Assert.True(split, "no width cut 银行卡");
    }

    [Fact]
    public void SubtitleCues_EnglishIsCutOnlyAtSpaces()
    {
        const string ad = "Rent your bank card to us, $50 a day, paid daily. DM me for details";
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.SubtitleCues], ["bank card"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.SubtitleCues), applied);
            var cues = Cues(text).Select(c => c.Text).ToArray();
            Assert.True(cues.Length >= 2, text);
            Assert.All(cues, c => Assert.InRange(c.Length, 1, 42));
            Assert.Equal(ad, string.Join(' ', cues)); // no word is cut: the cues joined by spaces are the ad
        }
    }

    [Fact]
    public void SubtitleCues_TextWithoutCharacters_IsLeftAlone()
    {
        var (text, applied) = EvasionEngine.Apply(" \n ", [Evasion.SubtitleCues], [], new SeededRandom(3));
        Assert.Equal((" \n ", EvasionSet.Empty), (text, applied));
    }

    private static List<(int Number, int Start, int End, string Text)> Cues(string text)
    {
        var cues = new List<(int, int, int, string)>();
        foreach (var block in text.Split("\n\n"))
        {
            var lines = block.Split('\n');
            Assert.Equal(3, lines.Length);
            var time = Regex.Match(lines[1], @"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$");
            Assert.True(time.Success, lines[1]);
            cues.Add((int.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture), Ms(time, 1), Ms(time, 5), lines[2]));
        }

        return cues;
    }

    private static int Ms(Match m, int first)
    {
        int Part(int i) => int.Parse(m.Groups[first + i].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (((Part(0) * 60) + Part(1)) * 60 + Part(2)) * 1000 + Part(3);
    }
}
