using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 459, on hand-written texts that come from no simulator template: others' money passed through the reader in English
/// where the arrival is written as the payer's act (<i>they pay you</i>, <i>we fund them</i>, <i>we send the deposits</i>) and
/// the onward move as a payment app's verb or a deposit into apps (<i>Zelle it to</i>, <i>deposit it into</i>, <i>send it to
/// us</i>), a clause or two apart; with the honest forms of the same words — one's own pay, an employer's business account.
/// </summary>
public sealed class EnglishPassedOnReadingTests
{
    private static bool Live(string text) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == "passed-on-for-share" && !h.Negated);

    [Theory]
    [InlineData("Dorm gig: neighbours pick a takeaway basket, they pay you half the menu price on PayPal, you send it to us and our crew orders it for them. Keep 12%.")]
    [InlineData("Weekend money: open poker apps in your own name, we fund them, play a couple of small hands, cash out to your bank and then forward it to our handle. Keep 6%.")]
    [InlineData("Deposits: we send the deposits to your checking and you deposit it into the casino wallets the same night. Pay: 9% of every withdrawal.")]
    [InlineData("Customers send u the fare by Venmo, then u Zelle it to the number we text. Keep 7 percent.")]
    public void MoneyPaidInAndSentOn_ForShare_IsRead(string text) => Assert.True(Live(text));

    [Theory]
    [InlineData("Dorm gig: neighbours pick a takeaway basket, they pay you the menu price on PayPal, you send it to our business account and keep 12% as your delivery fee.")]
    [InlineData("Tutoring: clients pay you by Venmo after each lesson and you keep all of it; the agency takes 10% once a month by invoice.")]
    [InlineData("Weekend money: we send you $50 for every shift and you keep it. Commission 5% on sales you ring up in the store.")]
    public void MoneyPaidIn_KeptOrBankedForEmployer_IsNotRead(string text) => Assert.False(Live(text));
}
