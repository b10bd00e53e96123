using Breakcard.Legal.Limits;

namespace Breakcard.Legal.Tests.Limits;

public sealed class AccountLimitsTests
{
    [Theory]
    [InlineData("2016-11-30", null)]
    [InlineData("2016-12-01", 1)]
    public void ClassIAccounts_OnePerBankFrom20161201(string date, int? maximum)
    {
        var limit = AccountLimits.InForce(LimitedItem.ClassIAccountsPerBank, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(maximum, limit?.Maximum);
    }

    [Fact]
    public void Exceeds_ComparesWithTheLimitInForce()
    {
        var d = new DateOnly(2023, 1, 1);
        Assert.Equal(false, AccountLimits.Exceeds(LimitedItem.ClassIIIPaymentAccountsPerInstitution, 1, d));
        Assert.Equal(true, AccountLimits.Exceeds(LimitedItem.ClassIIIPaymentAccountsPerInstitution, 2, d));
        Assert.Equal(false, AccountLimits.Exceeds(LimitedItem.PhoneCardsPerOperator, 5, d));
        Assert.Equal(true, AccountLimits.Exceeds(LimitedItem.PhoneCardsPerOperator, 6, d));
        Assert.Null(AccountLimits.Exceeds(LimitedItem.PhoneCardsPerOperator, 6, new DateOnly(2022, 11, 30)));
        Assert.Equal("secondary source", AccountLimits.InForce(LimitedItem.PhoneCardsPerOperator, d)!.Source.Label);
    }
}
