using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 385, on hand-written English sentences that come from no simulator template: the reader's own platform account —
/// a host listing, a dating or social profile, a shop page — given to others or used by them for pay, with its business
/// kept from view (payments moved off the platform, records deleted, complainants ignored, a bare "don't ask"), is
/// `access-lending`; an agency or co-host working for the owner, in the open, is not; a prohibition of asking is not a
/// refusal of the act; money paid straight into the principal's own account is not collected and forwarded.
/// </summary>
public sealed class ProfileLendingReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id = "access-lending") => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Theory]
    [InlineData("Side income, RMB 450 a week: make our agent a co-host on your apartment listing. We put three more rooms under your profile, and guests are asked to pay us by bank transfer.")]
    [InlineData("Own a shop page with good ratings? Hand it over to our team for RMB 300 a week. We sell our stock under your name; delete the buyer chats every Sunday.")]
    [InlineData("Verified dating profile? RMB 700 each. Give us access and our team messages your matches from then on. Don't ask.")]
    [InlineData("RMB 200 a month: add us as admin on your Instagram profile, we post under your account and you never reply to followers who report the posts.")]
    public void OwnPlatformAccountLentForPayAndKeptFromView_IsAccessLending(string text) => Assert.True(Live(Match(text)));

    [Theory]
    [InlineData("Part-time co-host, RMB 450 a week: the owner adds you as a co-host on her apartment listing to answer guests. Guests pay only in the app; we never ask anyone to pay by bank transfer.")]
    [InlineData("Social media assistant, RMB 300 a week: the café adds you as an editor of its own page; you post the menu photos it approves and answer questions in the open.")]
    [InlineData("Dating app research, RMB 700 each: a one-hour interview about how you use your profile. We never ask for your login, and you keep chatting with your matches yourself.")]
    [InlineData("Page assistant, RMB 300 a week: add us as editor on your bakery's page so we can post its menu; we pay you every Friday by bank transfer.")] // the reader's wages by transfer are no payment moved off a platform
    public void OwnersAccountWorkedInTheOpen_IsNotAccessLending(string text) => Assert.False(Live(Match(text)));

    [Fact]
    public void DontAskWhere_ForbidsAskingNotTheAct()
    {
        var m = Match("Got a host account with reviews? Share it with our team and earn RMB 600 a week. We post listings under your name. Don't ask where the deposits go.");
        Assert.True(Live(m));
        Assert.False(m.Honest.HasFlag(HonestContext.Prohibition));
    }

    [Fact]
    public void NeverAskFor_StillRefusesTheAct() =>
        Assert.False(Live(Match("Customer service, RMB 5,000 a month. We never ask for your verification code or your card."), "sms-code"));

    [Theory]
    [InlineData("Co-host for a landlord: payouts 收款 go to the owner's own bank account 只打到房东本人账户; guests pay in the app.", false)]
    [InlineData("Co-host, RMB 600 a week: payouts 收款 go to your own bank account first, then transfer them to our manager's account 转给指定账户.", true)]
    public void MoneyIntoThePrincipalsOwnAccount_IsNotCollectAndForward(string text, bool forwarded) =>
        Assert.Equal(forwarded, Live(Match(text), "collect-and-forward"));
}
