using Breakcard.Legal.Control;

namespace Breakcard.Legal.Tests.Control;

public sealed class ControlMeasureCatalogTests
{
    private static readonly DateOnly InForce = new(2023, 1, 1);

    [Fact]
    public void TelecomOperator_RestrictOrSuspend_NeedFailedReVerification()
    {
        HashSet<MeasureTrigger> abnormalOnly = [MeasureTrigger.AbnormalPhoneCard];
        Assert.True(ControlMeasureCatalog.MayApply(MeasureActor.TelecomOperator, ControlMeasureKind.ReVerifyIdentity, abnormalOnly, InForce).Allowed);
        var restrict = ControlMeasureCatalog.MayApply(MeasureActor.TelecomOperator, ControlMeasureKind.Restrict, abnormalOnly, InForce);
        Assert.False(restrict.Allowed);
        Assert.Contains("re-verification not done as required or not passed", restrict.Reason, StringComparison.Ordinal);
        HashSet<MeasureTrigger> failed = [MeasureTrigger.AbnormalPhoneCard, MeasureTrigger.ReVerificationNotPassed];
        Assert.True(ControlMeasureCatalog.MayApply(MeasureActor.TelecomOperator, ControlMeasureKind.Suspend, failed, InForce).Allowed);
    }

    [Theory]
    [InlineData(ControlMeasureKind.VerifyTransaction)]
    [InlineData(ControlMeasureKind.ReVerifyIdentity)]
    [InlineData(ControlMeasureKind.DelaySettlement)]
    [InlineData(ControlMeasureKind.Restrict)]
    [InlineData(ControlMeasureKind.Suspend)]
    public void Bank_EveryArticle18Measure_OnSuspiciousTransaction(ControlMeasureKind kind)
    {
        var decision = ControlMeasureCatalog.MayApply(MeasureActor.BankOrPaymentInstitution, kind, new HashSet<MeasureTrigger> { MeasureTrigger.AbnormalAccountOrSuspiciousTransaction }, InForce);
        Assert.True(decision.Allowed);
        Assert.Equal("Anti-Fraud Law Art. 18", decision.Measure!.Basis.Citation);
        Assert.False(ControlMeasureCatalog.MayApply(MeasureActor.BankOrPaymentInstitution, kind, new HashSet<MeasureTrigger>(), InForce).Allowed);
    }

    [Fact]
    public void TelecomOperator_HasNoSettlementDelay()
    {
        var decision = ControlMeasureCatalog.MayApply(MeasureActor.TelecomOperator, ControlMeasureKind.DelaySettlement, new HashSet<MeasureTrigger> { MeasureTrigger.AbnormalPhoneCard }, InForce);
        Assert.False(decision.Allowed);
        Assert.Null(decision.Measure);
    }

    [Theory]
    [InlineData("2022-11-30", false)]
    [InlineData("2022-12-01", true)]
    public void Measures_FromTheAntiFraudLawsDate(string date, bool allowed)
    {
        var decision = ControlMeasureCatalog.MayApply(MeasureActor.BankOrPaymentInstitution, ControlMeasureKind.DelaySettlement,
            new HashSet<MeasureTrigger> { MeasureTrigger.AbnormalAccountOrSuspiciousTransaction }, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(allowed, decision.Allowed);
    }

    [Fact]
    public void EveryMeasure_CarriesTheNoticeComplaintAndReleasePath()
    {
        Assert.All(ControlMeasureCatalog.All, m =>
        {
            Assert.Contains(m.Remedy.Steps, s => s.Contains("reason", StringComparison.Ordinal));
            Assert.Contains(m.Remedy.Steps, s => s.Contains("complain", StringComparison.Ordinal));
            Assert.Contains(m.Remedy.Steps, s => s.Contains("lift the measure at once", StringComparison.Ordinal));
        });
        Assert.Equal(3, ControlMeasureCatalog.For(MeasureActor.TelecomOperator).Length);
        Assert.Equal(5, ControlMeasureCatalog.For(MeasureActor.BankOrPaymentInstitution).Length);
    }
}
