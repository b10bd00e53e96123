using System.Numerics;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>
/// The <see cref="Evasion"/> flags filled the 32 bits of an <c>int</c> in round 13 (ADR 280); the enum is a
/// <c>long</c> now. A member past bit 31 must keep a bit of its own and survive every place that
/// combines, stores or counts disguises.
/// </summary>
public sealed class EvasionFlagsTests
{
    [Fact]
    public void Evasion_IsALongOfDistinctSingleBits()
    {
        Assert.Equal(typeof(long), Enum.GetUnderlyingType(typeof(Evasion)));
        var members = Enum.GetValues<Evasion>().Where(e => e != Evasion.None).ToArray();
        // "1 << 32" on an int is 1 (the shift count is masked): such a member would alias Separators and be lost.
        Assert.All(members, e => Assert.Equal(1, BitOperations.PopCount((ulong)(long)e)));
        Assert.Equal(members.Length, members.Select(e => (long)e).Distinct().Count());
    }

    [Fact]
    public void Evasion_PastBit31_SurvivesCombiningStoringAndCounting()
    {
        // A bit no member uses (bit 40 was this test's until round 18 gave it to AcrosticLines, ADR 349; bits 44 and 45 are round 20's, ADR 386, bits 46 and 47 round 21's, ADR 389, bits 48 and 49 round 22's, ADR 398, bits 50 and 51 round 23's, ADR 406, bits 52 and 53 round 24's, ADR 413, bits 54 and 55 round 25's, ADR 422, bits 56 and 57 round 26's, ADR 431, bits 58 and 59 round 27's, ADR 440, bits 60 and 61 round 28's, ADR 450: 62 is the last bit before the sign bit).
        var high = (Evasion)(1L << 62);
        var set = Evasion.Separators | Evasion.DigitLetters | high;
        Assert.Equal(3, BitOperations.PopCount((ulong)(long)set));
        Assert.NotEqual(Evasion.None, set & high);
        var ad = new JobAd("t-000000", "text", true, "risky.x", JobAdKind.Risky, JobAdScheme.CardRenting, "zh", set, JobAdSplit.HeldOut, JobAdAudience.General);
        Assert.Equal(set, ad.Evasions);
        Assert.Equal(set, (ad with { Text = "other" }).Evasions);
        // An evasion the engine does not know leaves the text alone and is not reported as applied.
        var (text, applied) = EvasionEngine.Apply("出租银行卡", high, ["银行卡"], new SeededRandom(1));
        Assert.Equal(("出租银行卡", Evasion.None), (text, applied));
    }

    [Fact]
    public void Evasion_EveryMemberOfEveryGroupIsAMember_AndTheGroupsAreDisjoint()
    {
        var all = Enum.GetValues<Evasion>().Aggregate(Evasion.None, (a, e) => a | e);
        Assert.Equal(Evasions.Training | Evasions.Development | Evasions.HeldOutOnly, all);
        Assert.Equal(Evasion.None, Evasions.Training & Evasions.Development);
        Assert.Equal(Evasion.None, Evasions.Training & Evasions.HeldOutOnly);
        Assert.Equal(Evasion.None, Evasions.Development & Evasions.HeldOutOnly);
    }
}
