using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 344: money passed through the reader's account in English, said of the money's path — it reaches or lands in the
/// reader's account, a share goes to an account the sender names. Hand-written sentences from no simulator template; each
/// honest one beside its risky twin.
/// </summary>
public sealed class RoundSeventeenPassThroughTests
{
    private static string[] Live(string text) =>
        [.. PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    [Fact]
    public void ShareSentOnFromTheReadersAccount_IsPassThrough() =>
        Assert.Contains("pass-through", Live("Weekend task: once the transfer lands in your account, move 90% to our wallet and keep 10%."));

    [Fact]
    public void MoneyToTheAccountTheyName_IsPassThrough() =>
        Assert.Contains("pass-through", Live("When the payout hits your bank account, send it to the account we give you the same day."));

    [Fact]
    public void MoneyReachingTheEmployersAccount_IsNotPassThrough() =>
        Assert.DoesNotContain("pass-through", Live("Bookkeeper: when a client's payment reaches our company account, record it and file the receipt."));

    [Fact]
    public void CustomerPayingTheShop_IsNotPassThrough() =>
        Assert.DoesNotContain("pass-through", Live("Shop assistant: customers pay the deposit to our account; your wages are paid monthly."));
}
