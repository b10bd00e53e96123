using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 16's held-out disguise (development since round 17) <see cref="Evasion.NumberPuzzles"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class NumberPuzzlesTests
{
    // Hand-worked: 13800004567 reversed, each digit one up, each digit one down; 123456789 the same three ways.
    private const string Phone = "(?:76540000831（(?:倒着输|号码倒过来|反着看)）|24911115678（(?:每位减一|每个数字减1)）|02799993456（(?:每位加一|每个数字加1)）)";
    private const string Qq = "(?:987654321（(?:倒着输|号码倒过来|反着看)）|234567890（(?:每位减一|每个数字减1)）|012345678（(?:每位加一|每个数字加1)）)";

    // A handle: reversed whole, or its digits one up or one down and its letters kept; the @ before it stays.
    private const string Handle = "(?:4321kk（(?:倒着输|号码倒过来|反着看)）|kk2345（(?:每位减一|每个数字减1)）|kk0123（(?:每位加一|每个数字加1)）)";
    private const string TgHandle = "@(?:888ykcul（(?:倒着输|号码倒过来|反着看)）|lucky999（(?:每位减一|每个数字减1)）|lucky777（(?:每位加一|每个数字加1)）)";

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void NumberPuzzles_WriteEachContactNumberAsAPuzzleWithItsRule(ulong seed)
    {
        const string original = "日结300，电话13800004567，QQ：123456789，加微信kk1234，TG：@lucky888";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.NumberPuzzles], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.NumberPuzzles), applied);
        // The price and the contact words stay; no contact stands in the text as it is.
        Assert.Matches($"^日结300，电话{Phone}，QQ：{Qq}，加微信{Handle}，TG：{TgHandle}$", text);
        Assert.DoesNotContain("13800004567", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kk1234", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13800004567", 0, "76540000831")]
    [InlineData("13800004567", 1, "24911115678")]
    [InlineData("13800004567", 2, "02799993456")]
    [InlineData("9090", 1, "0101")]
    [InlineData("9090", 2, "8989")]
    [InlineData("x90125", 1, "x01236")]
    public void Write_ReversesOrShiftsEveryDigit_Wrapping(string digits, int kind, string expected) =>
        Assert.Equal(expected, NumberPuzzles.Write(digits, kind));

    [Fact]
    public void NumberPuzzles_StateTheRuleInEnglishInAnEnglishText()
    {
        var (text, _) = EvasionEngine.Apply("Drivers wanted, call 07700900123", [Evasion.NumberPuzzles], [], new SeededRandom(5));
        Assert.Matches(@"^Drivers wanted, call (?:32100900770 \((?:backwards|read it backwards)\)|18811011234 \((?:minus 1 on each digit|take 1 off every digit)\)|96699899012 \((?:plus 1 on each digit|add 1 to every digit)\))$", text);
    }

    [Fact]
    public void NumberPuzzles_LeaveOtherNumbersAlone()
    {
        // A price, an order number with no contact word, a short group number, a decimal, a 12-digit run that is no mobile,
        // an e-mail address, a model name and a handle with fewer than three digits.
        const string original = "日结300元，订单号20241124001，QQ群12，费率0.6%，流水号138000045671，简历发hr12@163.com，iPhone16，vx：lucky88";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.NumberPuzzles], [], new SeededRandom(6));
        Assert.Equal((original, EvasionSet.Empty), (text, applied));
    }
}
