using System.Numerics;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>
/// The <see cref="Evasion"/> flags filled the 32 bits of an <c>int</c> in round 13 (ADR 280) and the 63 bits of a <c>long</c> below its sign in
/// round 29 (ADR 460); the enum is a <c>ulong</c> now, and its 64 bits are all taken. A member past bit 31 — bit 63 included, which a
/// <c>long</c> would read as its sign — must keep a bit of its own and survive every place that combines, stores or counts disguises.
/// </summary>
public sealed class EvasionFlagsTests
{
    [Fact]
    public void Evasion_IsAULongOfDistinctSingleBits()
    {
        Assert.Equal(typeof(ulong), Enum.GetUnderlyingType(typeof(Evasion)));
        var members = Enum.GetValues<Evasion>().Where(e => e != Evasion.None).ToArray();
        // "1 << 32" on an int is 1 (the shift count is masked): such a member would alias Separators and be lost.
        Assert.All(members, e => Assert.Equal(1, BitOperations.PopCount((ulong)e)));
        Assert.Equal(members.Length, members.Select(e => (ulong)e).Distinct().Count());
        Assert.Equal(64, members.Length); // every bit is a member: the next round needs a set type, not a wider enum (ADR 460)
    }

    [Fact]
    public void Evasion_Bit63_SurvivesCombiningStoringAndCounting()
    {
        // Bit 63 is round 29's calendar invitation (ADR 460): as a long it would be the sign, and "e > 0" or a signed sort would lose it.
        var top = Evasion.CalendarInvite;
        Assert.Equal(1UL << 63, (ulong)top);
        var set = Evasion.Separators | Evasion.DigitLetters | top;
        Assert.Equal(3, BitOperations.PopCount((ulong)set));
        Assert.NotEqual(Evasion.None, set & top);
        Assert.Equal(top, Enum.GetValues<Evasion>().Max());
        var ad = new JobAd("t-000000", "text", true, "risky.x", JobAdKind.Risky, JobAdScheme.CardRenting, "zh", set, JobAdSplit.HeldOut, JobAdAudience.General);
        Assert.Equal(set, ad.Evasions);
        Assert.Equal(set, (ad with { Text = "other" }).Evasions);
        // The engine applies it like any other flag, and reports it.
        var (text, applied) = EvasionEngine.Apply("出租银行卡", top, ["银行卡"], new SeededRandom(1));
        Assert.Equal(top, applied);
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evasion_EveryMemberOfEveryGroupIsAMember_AndTheGroupsAreDisjoint()
    {
        var all = Enum.GetValues<Evasion>().Aggregate(Evasion.None, (a, e) => a | e);
        Assert.Equal(ulong.MaxValue, (ulong)all);
        Assert.Equal(Evasions.Training | Evasions.Development | Evasions.HeldOutOnly, all);
        Assert.Equal(Evasion.None, Evasions.Training & Evasions.Development);
        Assert.Equal(Evasion.None, Evasions.Training & Evasions.HeldOutOnly);
        Assert.Equal(Evasion.None, Evasions.Development & Evasions.HeldOutOnly);
    }
}
