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
        Assert.InRange(members.Length, 66, EvasionSet.Capacity);
        Assert.Equal(Evasion.CalendarInvite, members[63]); // round 29's last flag, bit 63, is index 63: the draw order did not move
        Assert.Equal([Evasion.PinyinAnnotation, Evasion.MailSource], members[64..]); // round 30's two, past what a ulong could hold
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
        // Round 30's mail source is index 65, past what the ulong flags could hold; the set holds 128 indices, an unused one (100) too.
        var mail = Evasion.MailSource;
        EvasionSet round30 = [mail, Evasion.Separators, Evasion.PinyinAnnotation, Evasion.CalendarInvite];
        Assert.Equal([Evasion.Separators, Evasion.CalendarInvite, Evasion.PinyinAnnotation, mail], round30.ToArray());
        Assert.Equal(mail, round30.Last());
        Assert.True(round30.Overlaps(Evasions.HeldOutOnly));
        Assert.Equal(Evasions.HeldOutOnly, round30 & Evasions.HeldOutOnly);
        var stored = new JobAd("t-000001", "text", true, "risky.x", JobAdKind.Risky, JobAdScheme.CardRenting, "zh", round30, JobAdSplit.HeldOut, JobAdAudience.General);
        Assert.Equal(round30, (stored with { Text = "other" }).Evasions);
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
    public void EvasionSet_TheMembersPastIndex63_AreAppliedByTheEngine()
    {
        var last = Enum.GetValues<Evasion>().Max();
        Assert.Equal(Evasion.MailSource, last);
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [last], ["银行卡"], new SeededRandom(1));
        Assert.Equal([last], applied);
        Assert.StartsWith("From: ", text, StringComparison.Ordinal);
        Assert.EndsWith("\n\n=E5=87=BA=E7=A7=9F=E9=93=B6=E8=A1=8C=E5=8D=A1", text, StringComparison.Ordinal);
        (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.PinyinAnnotation, last], ["银行卡"], new SeededRandom(1));
        Assert.Equal([Evasion.PinyinAnnotation, last], applied);
        // Either bracket pair; the toned vowels í, á and ǎ are C3 AD, C3 A1 and C7 8E in UTF-8.
        var joined = text.Replace("=\n", "", StringComparison.Ordinal).Replace("=EF=BC=88", "(", StringComparison.Ordinal).Replace("=EF=BC=89", ")", StringComparison.Ordinal);
        Assert.Contains("=E9=93=B6(y=C3=ADn)=E8=A1=8C(h=C3=A1ng)=E5=8D=A1(k=C7=8E)", joined, StringComparison.Ordinal);
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
