using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 11's held-out disguise <see cref="Evasion.MoneySlang"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class MoneySlangTests
{
    [Theory]
    [InlineData("月薪5000元", "月薪5k")]
    [InlineData("4000-6000元/月", "4-6k/月")]
    [InlineData("底薪3500元", "底薪3.5k")]
    [InlineData("时薪20元，包吃", "时薪20米，包吃")]
    [InlineData("一天300块", "一天300米")]
    [InlineData("待还3,280元", "待还3,280米")]
    [InlineData("日结150-200元", "日结150-200米")]
    [InlineData("预算RMB 15,000", "预算RMB 15k")]
    [InlineData("save 6% on £20,000", "save 6% on £20k")]
    public void MoneySlang_WritesTheOneAmountOfAnAdInSlang(string original, string expected)
    {
        // One match is always changed, so an ad with one amount has exactly one hand-written answer.
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.MoneySlang], [], new SeededRandom(1));
        Assert.Equal(expected, text);
        Assert.Equal(EvasionSet.Of(Evasion.MoneySlang), applied);
    }

    [Theory]
    [InlineData(11UL)]
    [InlineData(12UL)]
    [InlineData(13UL)]
    public void MoneySlang_WritesTenThousandsAsW_AndEarningMoneyAsGettingRice(ulong seed)
    {
        var (wan, _) = EvasionEngine.Apply("流水1.5万元", [Evasion.MoneySlang], [], new SeededRandom(seed));
        Assert.Contains(wan, new[] { "流水1.5w", "流水1.5W", "流水1.5个w" });
        var (earn, _) = EvasionEngine.Apply("在家赚钱", [Evasion.MoneySlang], [], new SeededRandom(seed));
        Assert.Contains(earn, new[] { "在家搞米", "在家赚米" });
    }

    [Fact]
    public void MoneySlang_LeavesNumbersThatAreNotAmountsAlone()
    {
        // A phone number, a decimal price's tail, a percentage, a time and pounds and pence are not amounts in 元, 块, 万 or whole thousands.
        const string original = "电话13800001111，每单0.5元提成2%，09:00上班，£12.60 an hour，每万给你";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.MoneySlang], [], new SeededRandom(2));
        Assert.Equal(original, text);
        Assert.Equal(EvasionSet.Empty, applied);
    }

    [Theory]
    [InlineData(21UL)]
    [InlineData(22UL)]
    [InlineData(23UL)]
    [InlineData(24UL)]
    public void MoneySlang_ChangesAtLeastOneOfSeveralAmounts_EachToItsOwnSlang(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("一张800元，月入8000元", [Evasion.MoneySlang], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.MoneySlang), applied);
        Assert.Contains(text, new[] { "一张800米，月入8000元", "一张800元，月入8k", "一张800米，月入8k" });
    }
}
