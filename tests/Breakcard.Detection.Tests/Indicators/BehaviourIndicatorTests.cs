using Breakcard.Core.Accounts;
using Breakcard.Core.People;
using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.Tests.Indicators;

/// <summary>Burst, profile mismatch, abnormal hours, dormancy, new-account velocity and structuring at, below and above their thresholds.</summary>
public sealed class BehaviourIndicatorTests
{
    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 60)]
    [InlineData(11, 64)]
    public void Burst_TodayAgainstTwoPerDayBaseline_FiresFromTenEvents(int today, int expected)
    {
        var h = new Harness();
        for (var day = 0; day < 14; day++)
        {
            h.Tx(Harness.At((day * 24) + 10), "friend", "acct", 100);
            h.Tx(Harness.At((day * 24) + 12), "acct", "shop", 50);
        }

        for (var i = 0; i < today; i++)
        {
            h.Tx(Harness.At((14 * 24) + 9 + (i * 0.1)), "friend", "acct", 100);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("acct", IndicatorId.Burst));
    }

    [Fact]
    public void Burst_HistoryShorterThanMinimum_NotJudged()
    {
        var h = new Harness();
        for (var day = 0; day < 13; day++)
        {
            h.Tx(Harness.At((day * 24) + 10), "friend", "acct", 100);
        }

        for (var i = 0; i < 30; i++)
        {
            h.Tx(Harness.At((13 * 24) + 9 + (i * 0.1)), "friend", "acct", 100);
        }

        h.Flush();
        Assert.Equal(0, h.Strength("acct", IndicatorId.Burst));
    }

    [Theory]
    [InlineData(19_999, 0)]
    [InlineData(20_000, 60)]
    [InlineData(30_000, 80)]
    public void ProfileMismatch_StudentDailyInflowAroundCap_FiresFromCap(int yuan, int expected)
    {
        var h = new Harness(world: w =>
        {
            w.Person("S1", Occupation.Student, age: 19);
            w.Account("student-card", "S1");
        });
        h.Tx(Harness.At(10), "stranger", "student-card", yuan);
        h.Flush();
        Assert.Equal(expected, h.Strength("student-card", IndicatorId.ProfileMismatch));
    }

    [Theory]
    [InlineData(49_999, 0)]
    [InlineData(50_000, 60)]
    public void ProfileMismatch_UnknownProfileWithSmallBaseline_UsesMinimum(int yuan, int expected)
    {
        var h = new Harness();
        for (var day = 0; day < 14; day++)
        {
            h.Tx(Harness.At((day * 24) + 10), "friend", "acct", 1_000);
        }

        h.Tx(Harness.At((14 * 24) + 10), "stranger", "acct", yuan);
        h.Flush();
        Assert.Equal(expected, h.Strength("acct", IndicatorId.ProfileMismatch));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 60)]
    [InlineData(4, 73)]
    public void AbnormalHours_NightEventsOnDaytimeAccount_FireFromThree(int nightEvents, int expected)
    {
        var h = new Harness();
        for (var i = 0; i < 20; i++)
        {
            h.Tx(Harness.At((i * 24) + 10), "friend", "acct", 100);
        }

        for (var i = 0; i < nightEvents; i++)
        {
            h.Tx(Harness.At((20 * 24) + 2 + (i * 0.2)), "stranger", "acct", 100);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("acct", IndicatorId.AbnormalHours));
    }

    [Fact]
    public void AbnormalHours_NightShiftWorkerAtNight_NotAbnormal()
    {
        var h = new Harness();
        for (var i = 0; i < 20; i++)
        {
            h.Tx(Harness.At((i * 24) + 3), "canteen", "acct", 30);
        }

        for (var i = 0; i < 6; i++)
        {
            h.Tx(Harness.At((20 * 24) + 2 + (i * 0.2)), "acct", "shop", 20);
        }

        h.Flush();
        Assert.Equal(0, h.Strength("acct", IndicatorId.AbnormalHours));
    }

    [Fact]
    public void AbnormalHours_UtcInputs_JudgedOnLocalTime()
    {
        // 02:00 local (UTC+8) is 18:00 UTC the day before: the night is local.
        var h = new Harness();
        for (var i = 0; i < 20; i++)
        {
            h.Tx(Harness.At((i * 24) + 10).ToUniversalTime(), "friend", "acct", 100);
        }

        for (var i = 0; i < 3; i++)
        {
            h.Tx(Harness.At((20 * 24) + 2 + (i * 0.2)).ToUniversalTime(), "stranger", "acct", 100);
        }

        h.Flush();
        Assert.Equal(60, h.Strength("acct", IndicatorId.AbnormalHours));
    }

    [Theory]
    [InlineData(179, 20_000, 0)]
    [InlineData(180, 9_999, 0)]
    [InlineData(180, 10_000, 60)]
    [InlineData(200, 20_000, 100)]
    public void DormantRevived_GapAndVolumeAroundThresholds_FiresOnlyWhenBothMet(int gapDays, int yuan, int expected)
    {
        var h = new Harness();
        h.Tx(Harness.At(10), "friend", "card", 100);
        h.Tx(Harness.At((gapDays * 24) + 10), "stranger", "card", yuan);
        h.Flush();
        Assert.Equal(expected, h.Strength("card", IndicatorId.DormantRevived));
    }

    [Fact]
    public void DormantRevived_MarkedDormantInReference_WatchedFromFirstEvent()
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            w.Account("blank-card", "P1", status: AccountStatus.Dormant);
        });
        h.Tx(Harness.At(10), "stranger", "blank-card", 10_000);
        h.Flush();
        Assert.Equal(60, h.Strength("blank-card", IndicatorId.DormantRevived));
    }

    [Theory]
    [InlineData(5, 9, 0)]
    [InlineData(5, 10, 60)]
    [InlineData(31, 12, 0)]
    public void NewAccountVelocity_EventsSoonAfterOpening_FireFromTen(int ageDays, int events, int expected)
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            w.Account("new-card", "P1", opened: DateOnly.FromDateTime(Harness.Start.Date).AddDays(-ageDays));
        });
        for (var i = 0; i < events; i++)
        {
            h.Tx(Harness.At(10 + (i * 0.1)), "friend", "new-card", 100);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("new-card", IndicatorId.NewAccountVelocity));
    }

    [Theory]
    [InlineData(45_000, 2, 60)]
    [InlineData(45_000, 1, 0)]
    [InlineData(44_999, 2, 0)]
    [InlineData(50_000, 2, 0)]
    [InlineData(49_999, 4, 100)]
    public void JustUnderThreshold_AmountsJustBelowFiftyThousand_FireFromTwoADay(int yuan, int count, int expected)
    {
        var h = new Harness();
        for (var i = 0; i < count; i++)
        {
            h.Tx(Harness.At(10 + i), "acct", $"payee-{i}", yuan);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("acct", IndicatorId.JustUnderThreshold));
    }
}
