using Breakcard.Core.Events;
using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.Tests.Indicators;

/// <summary>Call spray, new SIM volume, SIM clusters, verification-code floods and SIMs per identity at, below and above their thresholds.</summary>
public sealed class TelecomIndicatorTests
{
    private const string Fraud = "13900000001";

    [Theory]
    [InlineData(19, 0)]
    [InlineData(20, 60)]
    [InlineData(30, 80)]
    public void ShortCallSpray_DistinctCalleesAroundMin_StrengthRamps(int distinct, int expected)
    {
        var h = new Harness();
        var callees = h.DistinctPhones("1380000", distinct);
        for (var i = 0; i < 30; i++)
        {
            h.Call(Harness.At(10 + (i * 0.05)), Fraud, callees[i % distinct], 5);
        }

        h.Flush();
        Assert.Equal(expected, h.PhoneStrength(Fraud, IndicatorId.ShortCallSpray));
    }

    [Theory]
    [InlineData(6, 60)]
    [InlineData(7, 0)]
    public void ShortCallSpray_InboundAroundTwentyPercent_ManyCallBacksMeanNormal(int inbound, int expected)
    {
        var h = new Harness();
        var callees = h.DistinctPhones("1380000", 20);
        for (var i = 0; i < 30; i++)
        {
            h.Call(Harness.At(10 + (i * 0.05)), Fraud, callees[i % 20], 5);
        }

        for (var i = 0; i < inbound; i++)
        {
            h.Call(Harness.At(9 + (i * 0.05)), callees[i], Fraud, 60);
        }

        h.Flush();
        Assert.Equal(expected, h.PhoneStrength(Fraud, IndicatorId.ShortCallSpray));
    }

    [Theory]
    [InlineData(21, 60)] // 70% of 30 outbound calls are short
    [InlineData(20, 0)]
    public void ShortCallSpray_ShortShareAroundSeventyPercent(int shortCalls, int expected)
    {
        var h = new Harness();
        var callees = h.DistinctPhones("1380000", 20);
        for (var i = 0; i < 30; i++)
        {
            h.Call(Harness.At(10 + (i * 0.05)), Fraud, callees[i % 20], i < shortCalls ? 10 : 45);
        }

        h.Flush();
        Assert.Equal(expected, h.PhoneStrength(Fraud, IndicatorId.ShortCallSpray));
    }

    [Theory]
    [InlineData(10, 39, 0)]
    [InlineData(10, 40, 60)]
    [InlineData(31, 40, 0)]
    public void NewSimHighVolume_OutboundSoonAfterActivation_FiresFromForty(int ageDays, int calls, int expected)
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            w.Phone(Fraud, "P1", activated: DateOnly.FromDateTime(Harness.Start.Date).AddDays(-ageDays));
        });
        for (var i = 0; i < calls; i++)
        {
            h.Call(Harness.At(10 + (i * 0.05)), Fraud, $"1370000{i:D4}", 60);
        }

        h.Flush();
        Assert.Equal(expected, h.PhoneStrength(Fraud, IndicatorId.NewSimHighVolume));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 60)]
    [InlineData(4, 73)]
    [InlineData(6, 100)]
    public void SimCluster_SimsInOneDevice_FireFromThree(int sims, int expected)
    {
        var h = new Harness();
        var numbers = h.DistinctPhones("1350000", sims);
        foreach (var n in numbers)
        {
            h.Call(Harness.At(10), n, "13712345678", 20, device: "GOIP-0001");
        }

        h.Call(Harness.At(11), numbers[0], "13712345678", 20, device: "GOIP-0001");
        h.Flush();
        Assert.Equal(expected, h.PhoneStrength(numbers[0], IndicatorId.SimCluster));
    }

    [Fact]
    public void SimCluster_BoxRotatesSims_SimsUsedBeforeTheBoxShowedGetTheSignal()
    {
        var h = new Harness();
        var numbers = h.DistinctPhones("1350000", 3);
        for (var day = 0; day < 3; day++)
        {
            // One SIM a day; the first never appears again after day 0.
            h.Call(Harness.At((day * 24) + 10), numbers[day], "13712345678", 5, device: "GOIP-0001");
        }

        h.Flush();
        Assert.Equal(60, h.PhoneStrength(numbers[0], IndicatorId.SimCluster));
        Assert.Equal(60, h.PhoneStrength(numbers[1], IndicatorId.SimCluster));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 60)]
    public void SimCluster_HeavyCallersInOneCell_FireFromFive(int heavySims, int expected)
    {
        var h = new Harness();
        var numbers = h.DistinctPhones("1350000", heavySims);
        foreach (var n in numbers)
        {
            for (var i = 0; i < 30; i++)
            {
                h.Call(Harness.At(10 + (i * 0.01)), n, $"1370000{i:D4}", 60, cell: "510104-0012");
            }
        }

        h.Call(Harness.At(12), numbers[0], "13712345678", 60, cell: "510104-0012");
        h.Flush();
        Assert.Equal(expected, h.PhoneStrength(numbers[0], IndicatorId.SimCluster));
    }

    [Theory]
    [InlineData(20, 8, 60)]
    [InlineData(19, 8, 0)]
    [InlineData(20, 7, 0)]
    [InlineData(40, 16, 100)]
    public void VerificationSmsFlood_CodesAndSenders_WeakerSideDecides(int codes, int senders, int expected)
    {
        var h = new Harness();
        var platforms = h.DistinctPhones("10690", senders);
        for (var i = 0; i < codes; i++)
        {
            h.Sms(Harness.At(10 + (i * 0.02)), platforms[i % senders], Fraud, SmsKind.VerificationCode);
        }

        h.Flush();
        Assert.Equal(expected, h.PhoneStrength(Fraud, IndicatorId.VerificationSmsFlood));
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(6, 60)]
    public void SimsPerIdentity_SimsAtOneOperator_FireAboveFive(int sims, int expected)
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            for (var i = 0; i < sims; i++)
            {
                w.Phone($"1380000000{i}", "P1");
            }
        });
        h.Call(Harness.At(10), "13800000000", "13712345678", 60);
        h.Flush();
        Assert.Equal(expected, h.PhoneStrength("13800000000", IndicatorId.SimsPerIdentity));
    }
}
