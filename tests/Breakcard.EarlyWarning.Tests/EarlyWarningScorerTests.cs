using Breakcard.Core.Events;
using Breakcard.EarlyWarning.Scoring;
using Breakcard.EarlyWarning.Signals;
using Breakcard.EarlyWarning.Warnings;
using static Breakcard.EarlyWarning.Tests.Town;

namespace Breakcard.EarlyWarning.Tests;

public sealed class EarlyWarningScorerTests
{
    [Fact]
    public void NewCardAndNewPhone_YoungUnemployed_WarnedAtPeriodStartWithHandComputedScore()
    {
        var s = Scorer();
        s.AddHolder(Young("P1"));
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        s.AddAccount(Account("A2", "P1", Start.AddDays(-3), phoneActivated: Start.AddDays(-4)));
        s.Observe(Transfer("T1", At(0, 9), "X1", "Z9", 100)); // any event moves the clock

        var w = Assert.Single(s.Finish());
        // 1 − (1 − 0.40)(1 − 0.25) = 0.55; three priors: × 1.3 = 0.715 → 72 (half away from zero).
        Assert.Equal(72, w.Score);
        Assert.Equal(At(0, 0), w.WarnedAt);
        Assert.Equal([SignalKind.NewSecondAccount, SignalKind.NewBoundPhone], w.Signals.Select(x => x.Kind));
        Assert.Equal([PriorFactor.Young, PriorFactor.NoFixedJob, PriorFactor.LittleSchooling], w.Priors);
        Assert.Equal([Intervention.Bank], w.Interventions);
    }

    [Fact]
    public void SameSignals_NoPriors_ScoreIsTheEvidenceAlone()
    {
        var s = Scorer();
        s.AddHolder(Settled("P1"));
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        s.AddAccount(Account("A2", "P1", Start.AddDays(-3), phoneActivated: Start.AddDays(-4)));

        var w = Assert.Single(s.Finish());
        Assert.Equal(55, w.Score);
        Assert.Empty(w.Priors);
    }

    [Fact]
    public void PriorsAlone_NeverWarn()
    {
        var s = Scorer();
        s.AddHolder(Young("P1") with { Occupation = Core.People.Occupation.Student });
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        s.Observe(Transfer("T1", At(1, 10), "FRIEND", "A1", 5_000));

        Assert.Empty(s.Finish());
        Assert.Equal(0, s.ScoreOf("P1"));
    }

    [Fact]
    public void OwnDevice_NoSignal_FamilyDevice_WeakSignal_UnregisteredDevice_StrongSignal()
    {
        var s = Scorer();
        s.AddHolder(Settled("P1"));
        s.AddHolder(Settled("P2"));
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        s.AddDevice(HolderPhone, "P1");
        s.AddDevice(FamilyPhone, "P2");

        s.Observe(Login("L1", At(0, 8), "A1", HolderPhone));
        Assert.Equal(0, s.ScoreOf("P1"));
        s.Observe(Login("L2", At(0, 9), "A1", FamilyPhone));
        Assert.Equal(5, s.ScoreOf("P1")); // 0.05
        s.Observe(Login("L3", At(0, 10), "A1", RingPhone));
        // 1 − 0.95 × 0.40 = 0.62
        Assert.Equal(62, s.ScoreOf("P1"));

        var w = Assert.Single(s.Finish());
        Assert.Equal(At(0, 10), w.WarnedAt);
        Assert.Equal(SignalKind.UnknownDeviceLogin, w.Signals[^1].Kind);
    }

    [Fact]
    public void DeviceLoggingIntoThreePeoplesAccounts_IsSharedFromTheThird()
    {
        var s = Scorer();
        s.AddDevice(FamilyPhone, "OWNER");
        foreach (var p in new[] { "P1", "P2", "P3" })
        {
            s.AddHolder(Settled(p));
            s.AddAccount(Account("A" + p, p, new DateOnly(2020, 5, 1)));
        }

        s.Observe(Login("L1", At(0, 8), "AP1", FamilyPhone));
        s.Observe(Login("L2", At(0, 9), "AP2", FamilyPhone));
        s.Observe(Login("L3", At(0, 10), "AP3", FamilyPhone));

        Assert.Equal(5, s.ScoreOf("P1"));
        Assert.Equal(5, s.ScoreOf("P2"));
        Assert.Equal(35, s.ScoreOf("P3"));
    }

    [Fact]
    public void TestTransfer_OnlyByBankTransferFromAFirstTimePayer()
    {
        var s = Scorer();
        s.AddHolder(Settled("P1"));
        s.AddHolder(Settled("P2"));
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        s.AddAccount(Account("A2", "P2", new DateOnly(2020, 5, 1)));

        s.Observe(Transfer("T1", At(0, 8), "SHOPPER", "A2", 1, Channel.ThirdPartyPayment)); // a purchase of one fen
        s.Observe(Transfer("T2", At(0, 9), "FRIEND", "A1", 5_000));
        s.Observe(Transfer("T3", At(0, 10), "FRIEND", "A1", 1)); // known payer
        Assert.Equal(0, s.ScoreOf("P1"));
        Assert.Equal(0, s.ScoreOf("P2"));

        s.Observe(Transfer("T4", At(0, 11), "DEALER", "A1", 1));
        Assert.Equal(45, s.ScoreOf("P1"));
    }

    [Fact]
    public void PassThrough_NeedsTwoWithinADay_AndNotToTheHoldersOwnAccount()
    {
        var s = Scorer();
        s.AddHolder(Settled("P1"));
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        s.AddAccount(Account("W1", "P1", new DateOnly(2021, 5, 1)));

        s.Observe(Transfer("T1", At(2, 20, 0), "PAYER1", "A1", 100_000));
        s.Observe(Transfer("T2", At(2, 20, 5), "A1", "W1", 99_000)); // to the holder's own wallet: a sweep
        s.Observe(Transfer("T3", At(2, 21, 0), "PAYER2", "A1", 100_000));
        s.Observe(Transfer("T4", At(2, 21, 4), "A1", "COLLECTOR", 98_000)); // first pass-through
        Assert.Equal(0, s.ScoreOf("P1"));
        s.Observe(Transfer("T5", At(2, 22, 0), "PAYER3", "A1", 50_000));
        s.Observe(Transfer("T6", At(2, 22, 20), "A1", "COLLECTOR", 49_000)); // 20 minutes: too late
        Assert.Equal(0, s.ScoreOf("P1"));
        s.Observe(Transfer("T7", At(2, 23, 0), "PAYER4", "A1", 50_000));
        s.Observe(Transfer("T8", At(2, 23, 3), "A1", "COLLECTOR", 44_000)); // 88 %: not almost whole
        Assert.Equal(0, s.ScoreOf("P1"));
        s.Observe(Transfer("T9", At(2, 23, 30), "PAYER5", "A1", 50_000));
        Assert.Equal(20, s.ScoreOf("P1")); // five first-time payers within 24 hours
        s.Observe(Transfer("T10", At(2, 23, 32), "A1", "COLLECTOR2", 49_500)); // 99 % after 2 minutes: the second pass-through
        // 1 − (1 − 0.20)(1 − 0.45) = 0.56
        Assert.Equal(56, s.ScoreOf("P1"));
    }

    [Fact]
    public void FivePayersInADay_StrangerInflows_FourDoNot()
    {
        var s = Scorer();
        s.AddHolder(Settled("P1"));
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        for (var i = 0; i < 4; i++)
        {
            s.Observe(Transfer($"T{i}", At(3, 10 + i), $"PAYER{i}", "A1", 20_000));
        }

        Assert.Equal(0, s.ScoreOf("P1"));
        s.Observe(Transfer("T9", At(4, 12), "PAYER9", "A1", 20_000)); // the first payer is now over 24 hours old
        Assert.Equal(0, s.ScoreOf("P1"));
        s.Observe(Transfer("T10", At(4, 12, 30), "PAYER10", "A1", 20_000));
        Assert.Equal(0, s.ScoreOf("P1"));
        s.Observe(Transfer("T11", At(4, 12, 45), "PAYER11", "A1", 20_000)); // payers 3, 9, 10, 11: the others are over 24 hours old
        Assert.Equal(0, s.ScoreOf("P1"));
        s.Observe(Transfer("T12", At(4, 12, 50), "PAYER12", "A1", 20_000));
        Assert.Equal(20, s.ScoreOf("P1"));
    }

    [Fact]
    public void DormantCard_TouchedByAForeignDevice_IsRevived()
    {
        var s = Scorer();
        s.AddHolder(Settled("P1"));
        s.AddAccount(Account("A1", "P1", new DateOnly(2015, 5, 1), lastActivity: new DateOnly(2022, 1, 1)));
        s.AddDevice(FamilyPhone, "P2");
        s.Observe(Login("L1", At(5, 10), "A1", FamilyPhone));

        // 1 − 0.95 × 0.65 = 0.3825 → 38
        Assert.Equal(38, s.ScoreOf("P1"));
        var w = s.Finish();
        Assert.Empty(w);
    }

    [Fact]
    public void CardInOthersHands_SettlementThreshold_MarksTheTransactionThatCrossesIt_AndCallsPolice()
    {
        var s = Scorer();
        s.AddHolder(Young("P1"));
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        s.Observe(Login("L1", At(1, 20), "A1", RingPhone));
        s.Observe(Transfer("T1", At(1, 20, 5), "DEALER", "A1", 1));
        for (var i = 0; i < 4; i++)
        {
            s.Observe(Transfer($"V{i}", At(2, 9 + i), $"VICTIM{i}", "A1", 5_000_000)); // ¥50,000 each
        }

        var w = Assert.Single(s.Finish());
        Assert.Equal(At(1, 20), w.WarnedAt);
        Assert.Equal(At(2, 12), w.ThresholdReachedAt); // 1 fen + 4 × ¥50,000 ≥ ¥200,000 at the fourth
        Assert.True(w.BeforeThreshold);
        Assert.Equal([Intervention.Bank, Intervention.Police], w.Interventions);
    }

    [Fact]
    public void FiveCardsInOthersHands_ReachTheCardsThreshold()
    {
        var s = Scorer();
        s.AddHolder(Settled("P1"));
        for (var i = 0; i < 5; i++)
        {
            s.AddAccount(Account($"A{i}", "P1", new DateOnly(2020, 5, 1 + i)));
        }

        for (var i = 0; i < 5; i++)
        {
            s.Observe(Login($"L{i}", At(1, 10 + i), $"A{i}", RingPhone));
        }

        var w = Assert.Single(s.Finish());
        Assert.Equal(At(1, 14), w.ThresholdReachedAt);
        Assert.Contains("5 cards", w.ThresholdReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Student_GetsTheSchool()
    {
        var s = Scorer();
        s.AddHolder(Young("P1") with { Occupation = Core.People.Occupation.Student });
        s.AddAccount(Account("A1", "P1", new DateOnly(2020, 5, 1)));
        s.Observe(Login("L1", At(1, 20), "A1", RingPhone));

        var w = Assert.Single(s.Finish());
        Assert.True(w.IsStudent);
        Assert.Equal([Intervention.Bank, Intervention.School], w.Interventions);
    }

    [Fact]
    public void RegisteringAfterTheFirstEvent_Throws_LateEventsAreCounted()
    {
        var s = Scorer();
        s.Observe(Transfer("T1", At(1, 10), "X", "Y", 100));
        Assert.Throws<InvalidOperationException>(() => s.AddHolder(Settled("P1")));
        s.Observe(Transfer("T0", At(1, 9), "X", "Y", 100));
        Assert.Equal(1, s.LateEvents);
        Assert.Equal(2, s.EventsOutsideScope);
    }

    [Fact]
    public void Options_OutOfRange_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EarlyWarningScorer(new WarningOptions { WarnAt = 0 }, Start));
}
