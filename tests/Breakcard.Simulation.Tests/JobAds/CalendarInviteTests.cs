using System.Text;
using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 29's held-out disguise <see cref="Evasion.CalendarInvite"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class CalendarInviteTests
{
    [Fact]
    public void CalendarInvite_PutsTheAdInAnEvent_ItsLineBreakWrittenAsBackslashN()
    {
        // Hand-worked: the DESCRIPTION line is 12 + 15 + 2 + 18 = 47 octets, so nothing is folded; the full-width comma is not escaped.
        for (var seed = 1UL; seed <= 20; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("出租银行卡\n日结300，私聊", [Evasion.CalendarInvite], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.CalendarInvite), applied);
            var lines = text.Split('\n');
            Assert.Equal(12, lines.Length);
            Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines[..2]);
            Assert.Contains(lines[2], CalendarInvite.Products.Select(p => "PRODID:" + p));
            Assert.Equal(["METHOD:REQUEST", "BEGIN:VEVENT"], lines[3..5]);
            Assert.Matches("^UID:[0-9a-f]{8}-[0-9a-f]{4}@invite\\.calendar$", lines[5]);
            Assert.Matches("^DTSTART:2026[0-9]{4}T[0-9]{6}Z$", lines[6]);
            Assert.Matches("^DTEND:2026[0-9]{4}T[0-9]{6}Z$", lines[7]);
            Assert.True(string.CompareOrdinal(lines[7][6..], lines[6][8..]) > 0, text); // the end after the start
            Assert.Equal(["SUMMARY:出租银行卡", "DESCRIPTION:出租银行卡\\n日结300，私聊", "END:VEVENT", "END:VCALENDAR"], lines[8..]);
        }
    }

    [Fact]
    public void CalendarInvite_EscapesCommasSemicolonsAndBackslashes()
    {
        var (text, _) = EvasionEngine.Apply("Rent your card, paid daily; DM me\\now", [Evasion.CalendarInvite], ["card"], new SeededRandom(2));
        Assert.Contains("\nSUMMARY:Rent your card\\, paid daily\\; DM me\\\\now\n", text, StringComparison.Ordinal);
        Assert.Contains("\nDESCRIPTION:Rent your card\\, paid daily\\; DM me\\\\now\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarInvite_FoldsAtSeventyFiveOctets_AKeyWordAcrossTheFold()
    {
        // Hand-worked: "DESCRIPTION:" is 12 octets and each character 3, so 21 characters fill the 75 — the nineteen numerals and 银行;
        // 卡 goes to the continuation line after its space. "SUMMARY:" is 8 octets: 8 + 66 = 74, so the summary is not folded.
        const string ad = "一二三四五六七八九十一二三四五六七八九银行卡";
        var (text, _) = EvasionEngine.Apply(ad, [Evasion.CalendarInvite], ["银行卡"], new SeededRandom(3));
        var lines = text.Split('\n');
        Assert.Contains("SUMMARY:" + ad, lines);
        var at = Array.IndexOf(lines, "DESCRIPTION:一二三四五六七八九十一二三四五六七八九银行");
        Assert.True(at > 0, text);
        Assert.Equal(" 卡", lines[at + 1]);
    }

    [Fact]
    public void CalendarInvite_NeverCutsACharacter_AndUnfoldedGivesTheAdBack()
    {
        const string ad = "💰日结三百💰出租银行卡，长期合作，私聊详谈🔥🔥🔥\n要求：本人身份证，一类卡，手机银行已开通；不问用途😎😎\n名额有限，先到先得💯💯💯";
        for (var seed = 1UL; seed <= 10; seed++)
        {
            var (text, _) = EvasionEngine.Apply(ad, [Evasion.CalendarInvite], ["银行卡"], new SeededRandom(seed));
            var lines = text.Split('\n');
            Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, CalendarInvite.FoldOctets));
            // No fold splits an emoji's surrogate pair: no line ends in a high surrogate, none opens (after its space) with a low one.
            Assert.All(lines, l => Assert.False(char.IsHighSurrogate(l[^1]), l));
            Assert.All(lines, l => Assert.False(char.IsLowSurrogate(l.TrimStart(' ')[0]), l));
            Assert.Contains(lines, l => l.StartsWith(' ')); // long lines were folded
            var unfolded = text.Replace("\n ", "", StringComparison.Ordinal).Split('\n');
            var description = Assert.Single(unfolded, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal))["DESCRIPTION:".Length..];
            Assert.Equal(ad, description.Replace("\\n", "\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CalendarInvite_TextOfWhiteSpace_IsLeftAlone()
    {
        var (text, applied) = EvasionEngine.Apply(" \n ", [Evasion.CalendarInvite], [], new SeededRandom(3));
        Assert.Equal((" \n ", EvasionSet.Empty), (text, applied));
    }
}
