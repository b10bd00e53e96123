using System.Text;
using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 30's held-out disguise <see cref="Evasion.MailSource"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed partial class MailSourceTests
{
    [Fact]
    public void MailSource_WritesTheHeaders_AndTheBodyInQuotedPrintable()
    {
        // Hand-worked: 出租银行卡 is E5 87 BA E7 A7 9F E9 93 B6 E8 A1 8C E5 8D A1 in UTF-8; fifteen "=XX" are 45 characters, one line.
        for (var seed = 1UL; seed <= 20; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.MailSource], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.MailSource), applied);
            var lines = text.Split('\n');
            Assert.Equal(9, lines.Length);
            Assert.Contains(lines[0]["From: ".Length..], MailSource.Senders);
            Assert.Equal("To: undisclosed-recipients:;", lines[1]);
            Assert.Matches(DateLine(), lines[2]);
            Assert.Contains(lines[3]["Subject: ".Length..], MailSource.Subjects);
            Assert.Equal(["MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", ""], lines[4..8]);
            Assert.Equal("=E5=87=BA=E7=A7=9F=E9=93=B6=E8=A1=8C=E5=8D=A1", lines[8]);
        }
    }

    [Fact]
    public void MailSource_SoftBreaksAt76_EvenBetweenTheBytesOfACharacter()
    {
        // Hand-worked: 银行卡 ten times is 90 bytes, each "=XX"; a line that goes on holds 25 of them (75 characters) and its soft "=",
        // so the lines hold 25, 25, 25 and 15 bytes. The 25th byte is the first of the ninth character, 卡 (E5 | 8D A1): the first soft
        // break falls inside it, a key word included.
        var ad = string.Concat(Enumerable.Repeat("银行卡", 10));
        var (text, _) = EvasionEngine.Apply(ad, [Evasion.MailSource], [], new SeededRandom(1));
        var body = text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].Split('\n');
        const string word = "=E9=93=B6=E8=A1=8C=E5=8D=A1";
        Assert.Equal(word + word + "=E9=93=B6=E8=A1=8C=E5=", body[0]);
        Assert.Equal(4, body.Length);
        Assert.Equal([76, 76, 76, 45], body.Select(l => l.Length));
        Assert.All(body[..^1], l => Assert.EndsWith("=", l, StringComparison.Ordinal));
        Assert.Equal(ad, Decode(string.Join('\n', body)));
    }

    [Fact]
    public void MailSource_EscapesEqualsAndATrailingSpace_AndKeepsAsciiAndLineBreaks()
    {
        // Hand-worked: "=" is 3D; the space before the line break is 20; the other spaces and the ASCII letters and digits stand as they are.
        var (text, applied) = EvasionEngine.Apply("Pay = 300 \nDM me", [Evasion.MailSource], [], new SeededRandom(2));
        Assert.Equal(EvasionSet.Of(Evasion.MailSource), applied);
        Assert.EndsWith("quoted-printable\n\nPay =3D 300=20\nDM me", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MailSource_DecodesBackToTheAd_EmojiAndLinesIncluded()
    {
        var ad = "💰日结300，出租银行卡、微信、支付宝都要，私聊详谈，名额有限先到先得，今晚截止，过时不候。\n加V：abc=123，备注“兼职”";
        for (var seed = 1UL; seed <= 5; seed++)
        {
            var (text, _) = EvasionEngine.Apply(ad, [Evasion.MailSource], [], new SeededRandom(seed));
            var body = text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
            Assert.All(body.Split('\n'), l => Assert.InRange(l.Length, 1, MailSource.LineLength));
            Assert.DoesNotContain(body, c => c > 0x7E);
            Assert.Contains("=\n", body, StringComparison.Ordinal);
            Assert.Equal(ad, Decode(body));
        }
    }

    [Fact]
    public void MailSource_LeavesATextOfSpacesAlone()
    {
        var (text, applied) = EvasionEngine.Apply(" \n ", [Evasion.MailSource], [], new SeededRandom(4));
        Assert.Equal((" \n ", EvasionSet.Empty), (text, applied));
    }

    /// <summary>A quoted-printable body decoded by hand: soft breaks removed, each "=XX" a byte, the bytes read as UTF-8.</summary>
    private static string Decode(string body)
    {
        var joined = body.Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=')
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)joined[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2026 \d\d:\d\d:\d\d \+0000$")]
    private static partial Regex DateLine();
}
