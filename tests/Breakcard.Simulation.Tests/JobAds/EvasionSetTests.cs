using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>
/// <see cref="Evasion"/> was a <c>[Flags]</c> enum until round 29 filled the 64 bits of a <c>ulong</c> (ADR 460); since round 30 a member is an
/// index and a set of them is an <see cref="EvasionSet"/> (ADR 472). A member past index 63 — which no <c>ulong</c> could hold — must combine,
/// store, enumerate in member order and reach the engine like any other, and the set must enumerate in the order the generator draws in.
/// </summary>
public sealed class EvasionSetTests
{
    [Fact]
    public void Evasion_MembersAreDistinctDenseIndices_InDeclarationOrder()
    {
        Assert.False(typeof(Evasion).IsDefined(typeof(FlagsAttribute), inherit: false));
        var members = Enum.GetValues<Evasion>();
        // Dense indices from 0: the set's range check is then a membership check, and the order of values is the order of declaration.
        Assert.Equal(Enumerable.Range(0, members.Length), members.Select(e => (int)e));
        Assert.Equal(Enum.GetNames<Evasion>(), members.Select(e => e.ToString()));
        Assert.InRange(members.Length, 64, EvasionSet.Capacity);
        Assert.Equal(Evasion.CalendarInvite, members[63]); // round 29's last flag, bit 63, is index 63: the draw order did not move
    }

    [Fact]
    public void EvasionSet_UnionIntersectionMembershipAndEquality()
    {
        EvasionSet a = [Evasion.Pinyin, Evasion.Separators];
        var b = EvasionSet.Of(Evasion.CalendarInvite, Evasion.Pinyin);
        Assert.Equal([Evasion.Separators, Evasion.Pinyin, Evasion.CalendarInvite], a | b); // member order, not insertion order
        Assert.Equal([Evasion.Pinyin], a & b);
        Assert.True((a | b).Contains(Evasion.CalendarInvite));
        Assert.False(a.Contains(Evasion.CalendarInvite));
        Assert.True(a.Overlaps(b));
        Assert.False(a.Overlaps([Evasion.Homophones]));
        Assert.Equal(3, (a | b).Count);
        Assert.True(EvasionSet.Empty.IsEmpty);
        Assert.False(a.IsEmpty);
        Assert.Equal(a, EvasionSet.Of(Evasion.Separators).With(Evasion.Pinyin));
        Assert.Equal(a, EvasionSet.Empty | Evasion.Pinyin | Evasion.Separators);
        Assert.True(a == EvasionSet.Of(Evasion.Separators, Evasion.Pinyin, Evasion.Pinyin));
        Assert.True(a != b);
        Assert.Equal(a.GetHashCode(), EvasionSet.Of(Evasion.Pinyin, Evasion.Separators).GetHashCode());
        Assert.Empty(EvasionSet.Empty);
        Assert.Equal(default, EvasionSet.Empty);
    }

    [Fact]
    public void EvasionSet_ToString_NamesTheMembersInOrder()
    {
        Assert.Equal("None", EvasionSet.Empty.ToString());
        Assert.Equal("Separators, CalendarInvite", EvasionSet.Of(Evasion.CalendarInvite, Evasion.Separators).ToString());
    }

    [Fact]
    public void EvasionSet_AMemberPastIndex63_CombinesStoresAndEnumeratesLast()
    {
        // The set holds 128 indices; a member past 63 is what the ulong flags could not hold.
        var past = (Evasion)100;
        EvasionSet set = [past, Evasion.Separators, Evasion.CalendarInvite];
        Assert.Equal(3, set.Count);
        Assert.True(set.Contains(past));
        Assert.Equal(past, set.Last());
        Assert.Equal([Evasion.Separators, Evasion.CalendarInvite, past], set.ToArray());
        Assert.False(EvasionSet.Of(Evasion.Separators).Contains(past));
        Assert.Equal(EvasionSet.Of(past), set & EvasionSet.Of(past, Evasion.Homophones));
        var ad = new JobAd("t-000000", "text", true, "risky.x", JobAdKind.Risky, JobAdScheme.CardRenting, "zh", set, JobAdSplit.HeldOut, JobAdAudience.General);
        Assert.Equal(set, ad.Evasions);
        Assert.Equal(set, (ad with { Text = "other" }).Evasions);
        // Outside the set's range is not a member at all.
        Assert.Throws<ArgumentOutOfRangeException>(() => EvasionSet.Of((Evasion)EvasionSet.Capacity));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvasionSet.Of((Evasion)(-1)));
    }

    [Fact]
    public void EvasionSet_TheLastMember_IsAppliedByTheEngine()
    {
        var last = Enum.GetValues<Evasion>().Max();
        Assert.Equal(Evasion.CalendarInvite, last);
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [last], ["银行卡"], new SeededRandom(1));
        Assert.Equal([last], applied);
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evasions_TheGroupsAreDisjoint_AndHoldEveryMember()
    {
        Assert.Equal(Enum.GetValues<Evasion>(), EvasionSet.All.ToArray());
        Assert.Equal(EvasionSet.All, Evasions.Training | Evasions.Development | Evasions.HeldOutOnly);
        Assert.True((Evasions.Training & Evasions.Development).IsEmpty);
        Assert.True((Evasions.Training & Evasions.HeldOutOnly).IsEmpty);
        Assert.True((Evasions.Development & Evasions.HeldOutOnly).IsEmpty);
    }
}
