using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 16's held-out disguise <see cref="Evasion.QuotedOffer"/>, development since round 17: the ad posted as an offer someone else sent, after a line
/// that warns against it or asks whether it is real (姐妹们避雷！今天有人私信我这个，大家看看：) and before one that leaves the reader
/// to judge (我没敢做，大家自己判断。) — the "reverse traffic" (反向引流) posts that carry an offer and its contact whole under a
/// warning or a question, so that a reviewer reads a warning. No character of the ad changes.
/// Implementation note: everyday chatter (round 15) adds sentences about something else; these lines speak of the ad and
/// take a stance on it, so what is added leans the other way from the offer rather than diluting it.
/// </summary>
internal static class QuotedOffer
{
    /// <summary><paramref name="text"/> between an opening and a closing line in its own language (Chinese when it holds any Chinese).</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        var opener = random.Pick(chinese ? EvasionTables.QuotedOfferOpeners : EvasionTables.EnglishQuotedOfferOpeners);
        var closer = random.Pick(chinese ? EvasionTables.QuotedOfferClosers : EvasionTables.EnglishQuotedOfferClosers);
        return string.Concat(opener, "\n", text, "\n", closer);
    }
}
