using Breakcard.Ingest.Pacs008;

namespace Breakcard.Ingest.Tests.Pacs008;

public sealed class IbanTests
{
    [Theory]
    [InlineData("DE89370400440532013000")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("FR1420041010050500013M02606")]
    public void Check_PublishedExamples_AreValid(string iban) => Assert.Null(Iban.Check(iban));

    [Fact]
    public void Check_EverySingleDigitChange_IsCaught()
    {
        const string iban = "DE89370400440532013000";
        for (var i = 2; i < iban.Length; i++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                if (d != iban[i])
                {
                    Assert.NotNull(Iban.Check(iban[..i] + d + iban[(i + 1)..]));
                }
            }
        }
    }

    [Theory]
    [InlineData("ICBKCNBJ", true)]
    [InlineData("ICBKCNBJXXX", true)]
    [InlineData("ICBKCNB", false)]
    [InlineData("1CBKCNBJ", false)]
    [InlineData("icbkcnbj", false)]
    public void IsBic_Shape(string bic, bool valid) => Assert.Equal(valid, Iban.IsBic(bic));
}
