using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 26's held-out disguise <see cref="Evasion.VoiceTranscript"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class VoiceTranscriptTests
{
    [Fact]
    public void VoiceTranscript_TurnsAChineseAdsMarksAndLinesIntoPausesWithOneToThreeFillers()
    {
        const string ad = "【招聘】出租银行卡，日结300—500元。\n私聊：13800004567（今晚）";
        // Hand-worked: the brackets are not spoken, each clause mark and the line break is one pause, the range dash between digits stays.
        const string spoken = "招聘出租银行卡 日结300—500元 私聊 13800004567今晚";
        var counts = new HashSet<int>();
        var fillers = new HashSet<string>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.VoiceTranscript], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.VoiceTranscript), applied);
            Assert.DoesNotContain('\n', text);
            Assert.DoesNotMatch("[，。！？；：、【】（）]", text);
            Assert.Contains("出租银行卡", text, StringComparison.Ordinal);
            var added = text.Split(' ').Where(VoiceTranscript.Fillers.Contains).ToList();
            Assert.InRange(added.Count, 1, 3); // three pauses, one to three of them filled
            counts.Add(added.Count);
            fillers.UnionWith(added);
            Assert.Equal(spoken, string.Join(' ', text.Split(' ').Where(t => !VoiceTranscript.Fillers.Contains(t))));
        }

        Assert.Equal([1, 2, 3], counts.Order()); // the number of fillers is drawn, not fixed
        Assert.True(fillers.Count >= 4, $"{fillers.Count} distinct fillers");
    }

    [Fact]
    public void VoiceTranscript_KeepsAnEnglishAdsNumbersAndUsesEnglishFillers()
    {
        const string ad = "Rent your bank card to us, $50 a day. Earn 1,000 a week (0.5% fee)! DM me: @cardjobs";
        const string spoken = "Rent your bank card to us $50 a day Earn 1,000 a week 0.5% fee DM me @cardjobs";
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.VoiceTranscript], ["bank card", "rent"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.VoiceTranscript), applied);
            var without = VoiceTranscript.EnglishFillers.Aggregate(text, (t, f) => t.Replace(" " + f + " ", " ", StringComparison.Ordinal));
            Assert.Equal(spoken, without);
            Assert.NotEqual(spoken, text);
            Assert.DoesNotContain(VoiceTranscript.Fillers, f => text.Contains(f, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void VoiceTranscript_LeavesATextWithoutMarksAlone_AndDropsSilentMarksWithoutAPause()
    {
        var (plain, none) = EvasionEngine.Apply("出租银行卡日结300元", [Evasion.VoiceTranscript], ["银行卡"], new SeededRandom(3));
        Assert.Equal(("出租银行卡日结300元", EvasionSet.Empty), (plain, none));
        // Brackets only: nothing to pause at, so no filler either; the marks are gone and the flag is reported.
        var (bare, applied) = EvasionEngine.Apply("【出租】“银行卡”", [Evasion.VoiceTranscript], ["银行卡"], new SeededRandom(3));
        Assert.Equal(("出租银行卡", EvasionSet.Of(Evasion.VoiceTranscript)), (bare, applied));
        // A decimal point and a thousands comma between digits are read with the number; a stop after a digit is a pause.
        var (numbers, _) = EvasionEngine.Apply("月入1,500.5元. 联系", [Evasion.VoiceTranscript], [], new SeededRandom(5));
        Assert.StartsWith("月入1,500.5元 ", numbers, StringComparison.Ordinal);
        Assert.EndsWith(" 联系", numbers, StringComparison.Ordinal);
        // An address keeps its dots; the stop after it is a pause.
        var (address, _) = EvasionEngine.Apply("Apply: hr@xinda.com.cn. Thanks", [Evasion.VoiceTranscript], [], new SeededRandom(7));
        Assert.Matches("^Apply (um |uh |like |you know |so yeah |basically )?hr@xinda\\.com\\.cn (um |uh |like |you know |so yeah |basically )?Thanks$", address);
    }

    [Fact]
    public void VoiceTranscript_FillersHoldNoKeyWordNorDigit_AndKeepTheirLanguage()
    {
        string[] keyWords = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords];
        Assert.All(VoiceTranscript.Fillers.Concat(VoiceTranscript.EnglishFillers), f =>
        {
            Assert.DoesNotContain(keyWords, w => f.Contains(w, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(f, char.IsAsciiDigit);
        });
        Assert.All(VoiceTranscript.Fillers, f => Assert.True(TextLanguage.IsChinese(f), f));
        Assert.All(VoiceTranscript.EnglishFillers, f => Assert.False(TextLanguage.IsChinese(f), f));
    }
}
