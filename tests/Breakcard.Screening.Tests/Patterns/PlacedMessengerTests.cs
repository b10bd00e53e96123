using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 464, on hand-written texts: a describing sentence (ADR 415) that names where the others' scheme is found — services on
/// Telegram, agents in Telegram groups — before its relative subject. The messenger is the place of the described conduct, not
/// the poster's contact; with a handle after it, or with the poster speaking, it stays a contact.
/// </summary>
public sealed class PlacedMessengerTests
{
    private static bool ContactLive(string text) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == "encrypted-contact" && !h.Negated);

    [Theory]
    [InlineData("Book club dinner: everyone pays their own bill at the table.\nNote: cheap gift-card sellers on Telegram often use stolen cards, and people who buy from them may be part of card fraud; report them.")]
    [InlineData("Flat share rules: rent goes to the landlord's account on the 1st.\nNote: \"instant deposit\" agents in Telegram groups usually move scam money, and students who pass payments for them may be helping launder it; report them.")]
    public void MessengerWhereDescribedSchemeIsFound_IsNotAContact(string text) => Assert.False(ContactLive(text));

    [Theory]
    [InlineData("Book club dinner: everyone pays their own bill at the table.\nNote: cheap gift cards on Telegram @cardplug247, and people who buy from them may be part of card fraud; report them.")]
    [InlineData("Flat share rules: rent goes to the landlord's account on the 1st.\nNote: message us on Telegram, and students who pass payments for them may be helping launder it; report them.")]
    public void MessengerWithHandleOrPosterVoice_StaysAContact(string text) => Assert.True(ContactLive(text));
}
