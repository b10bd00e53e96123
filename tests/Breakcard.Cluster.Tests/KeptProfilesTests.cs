using Breakcard.Cluster.Tests.Support;
using Breakcard.Core.Events;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard keeps the entity files' profiles in full for the entities it applies only, and of every
/// other account and number the holder and flags a shard reads of another's (ADR 0378).
/// </summary>
public sealed class KeptProfilesTests
{
    [Fact]
    public void KeepProfiles_KeptEntities_ReadAsTheFiles_OthersTheirHolderAndFlags_InAFractionOfTheBytes()
    {
        var asOf = DateOnly.FromDateTime(TestWorld.Events()[0].Time.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var full = TestWorld.Reference.Build(asOf);
        var kept = TestWorld.Reference.Build(asOf);
        bool Holder(int h) => h >= 0 && h % 3 == 0;
        kept.FreezeProfiles();
        var before = kept.ProfileBytes();
        kept.KeepProfiles(Holder, a => Holder(full.Account(a).Holder), p => Holder(full.Phone(p).Holder));

        var (keptAccounts, keptHolders) = (0, 0);
        for (var a = 0; a < full.Accounts.Count; a++)
        {
            var (f, k) = (full.Account(a), kept.Account(a));
            Assert.Equal((f.Holder, f.Flags), (k.Holder, k.Flags));
            if (Holder(f.Holder))
            {
                keptAccounts++;
                Assert.Equal(f, k);
                Assert.Equal(full.BoundPhone(a), kept.BoundPhone(a));
            }
            else
            {
                Assert.Equal(AccountProfile.Unknown with { Holder = f.Holder, Flags = f.Flags }, k);
                Assert.Equal(-1, kept.BoundPhone(a));
            }
        }

        for (var p = 0; p < full.Phones.Count; p++)
        {
            var (f, k) = (full.Phone(p), kept.Phone(p));
            Assert.Equal(Holder(f.Holder) ? f : PhoneProfile.Unknown with { Holder = f.Holder, InReference = true }, k);
        }

        for (var h = 0; h < full.HolderCount; h++)
        {
            var isKept = Holder(h);
            keptHolders += isKept ? 1 : 0;
            Assert.Equal(isKept ? full.Holder(h) : default, kept.Holder(h));
            Assert.Equal(isKept ? full.AccountsOf(h).ToArray() : [], kept.AccountsOf(h).ToArray());
            Assert.Equal(isKept ? full.PhonesOf(h).ToArray() : [], kept.PhonesOf(h).ToArray());
        }

        // Some of each, or the test reads nothing.
        Assert.InRange(keptAccounts, 1, full.Accounts.Count - 1);
        Assert.InRange(keptHolders, 1, full.HolderCount - 1);
        // A third of the full tables, 5 B per other account or number, the device owners and the
        // bitmaps (every profile on every shard, before ADR 0378, is all of the full tables).
        var others = (5.2 * (full.Accounts.Count + full.Phones.Count)) + (4.0 * full.Devices.Count) + (0.2 * full.HolderCount);
        Assert.InRange(kept.ProfileBytes(), 1, (before * 0.34 * 1.1) + others);
        Assert.True(kept.ProfileBytes() < before * 0.6);

        // The stream's identifiers are numbered after the files', with the unknown profile, as before.
        var i = kept.AddAccount(CashPoints.For("ATM-9"), hold: false);
        Assert.Equal(full.Accounts.Count, i);
        Assert.Equal(AccountFlags.Cash, kept.Account(i).Flags);
        Assert.Throws<InvalidOperationException>(() => kept.KeepProfiles(Holder, _ => true, _ => true));
    }
}
