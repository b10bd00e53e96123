using Breakcard.Legal.Facts;

namespace Breakcard.Legal.Tests.Facts;

public sealed class FactsNamesTests
{
    [Theory]
    [InlineData(CardKind.IotCard, "iot_card")]
    [InlineData(CardKind.InternetPaymentAccount, "internet_payment_account")]
    [InlineData(CardKind.OnlineBankingCertificate, "online_banking_certificate")]
    public void Of_CardKinds_AreSnakeCase(CardKind kind, string expected) => Assert.Equal(expected, FactsNames.Of(kind));

    [Fact]
    public void Of_OtherEnums_AreSnakeCase()
    {
        Assert.Equal("payment_settlement", FactsNames.Of(HelpKind.PaymentSettlement));
        Assert.Equal("especially_serious", FactsNames.Of(Consequences.EspeciallySerious));
        Assert.Equal("sim_box_or_spoofing_equipment", FactsNames.Of(KnowledgeIndicator.SimBoxOrSpoofingEquipment));
    }

    [Fact]
    public void TryParse_RoundTripsEveryValueAndIsCaseSensitive()
    {
        Assert.All(Enum.GetValues<KnowledgeIndicator>(), v =>
        {
            Assert.True(FactsNames.TryParse<KnowledgeIndicator>(FactsNames.Of(v), out var back));
            Assert.Equal(v, back);
        });
        Assert.False(FactsNames.TryParse<HelpKind>("Payment_Settlement", out _));
        Assert.False(FactsNames.TryParse<HelpKind>("PaymentSettlement", out _));
    }
}
