using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 385: the reader's own platform account — a host listing, a dating or social profile, a shop page — lent to others,
/// read in English as the Chinese patterns read 出租你的微信 or 账号交给我们. The act: access given to others (give us access,
/// add us as co-host, accept our invite, share it with our team, the recovery number moved to theirs) or others acting in
/// the reader's account (we post listings under your profile, our team chats with your matches). What keeps it from view,
/// beyond ADR 372's: the platform's payments moved outside it (guests pay outside the app, by bank transfer), the account's
/// records deleted, complainants left unanswered, or a bare "don't ask". A refusal right before (we never ask guests to pay
/// outside the app) is none. An agency that manages a client's page for the client, or hands it back, pays the reader
/// nothing and keeps nothing from view.
/// </summary>
internal static partial class AccessLendingReadings
{
    // How far back a refusal of a concealment may stand in its clause as written (we never ask guests to pay …).
    private const int RefusalReach = 40;

    /// <summary>The acts of lending a platform account or profile: access given to others, or others acting in it.</summary>
    public static IEnumerable<Match> ProfileActs(string s)
    {
        foreach (Match m in AccessGiven().Matches(s))
        {
            yield return m;
        }

        foreach (Match m in ActsInReadersAccount().Matches(s))
        {
            yield return m;
        }
    }

    /// <summary>
    /// True when the account's business is kept from view in a way ADR 372 did not read: its payments moved off the
    /// platform, its records deleted or its complainants ignored (each not refused in its clause), or a bare "don't ask".
    /// </summary>
    public static bool ProfileKeptFromView(Breakcard.Screening.Normalisation.NormalisedText text)
    {
        var s = text.Text;
        if (Unrefused(text, OffPlatform().Matches(s)) || Unrefused(text, RecordsDeleted().Matches(s)) || Unrefused(text, ComplainantsIgnored().Matches(s)))
        {
            return true;
        }

        foreach (Match m in BareUnasked().Matches(s))
        {
            var end = m.Index + m.Length;
            if (end == s.Length || text.ClauseBreakBefore(end))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Unrefused(Breakcard.Screening.Normalisation.NormalisedText text, MatchCollection found)
    {
        foreach (Match m in found)
        {
            if (!RefusedBefore(text, m.Index))
            {
                return true;
            }
        }

        return false;
    }

    // A plain negation in the concealment's clause as written, before it (we never ask guests to pay …, no deleting
    // messages): back to the last punctuation on its line, as ADR 365 reads refused acts.
    private static bool RefusedBefore(Breakcard.Screening.Normalisation.NormalisedText text, int at)
    {
        var (from, _) = text.OriginalSpan(at, at + 1);
        var original = text.Original;
        var start = from;
        while (start > 0 && from - start < RefusalReach && !IsClauseMark(original[start - 1]))
        {
            start--;
        }

        return Refusal().IsMatch(original.AsSpan(start, from - start));
    }

    private static bool IsClauseMark(char ch) => ch is '\n' or '\r' or ',' or '.' or ';' or ':' or '!' or '?' or '，' or '。' or '；' or '：' or '！' or '？' or '|' or '—';

    // Access to the reader's account given to others: give / grant us (full) access, add us as co-host or admin, accept our
    // invite, share or hand it to us, the login's phone number or e-mail moved to theirs.
    [GeneratedRegex("(?:give|grant|hand)(?:s|ing)?(?:us|them|me|our[a-z]{0,12}?)(?:full|admin|complete|total)?(?:access|control|adminrights)"
        + "|add(?:s|ing)?(?:us|me|them|our[a-z]{0,12}?)as(?:a|an|your)?(?:cohost|coowner|admin|manager|editor|collaborator)"
        + "|(?:accept|approve)(?:s|ing)?(?:the|our|this)?(?:cohost)?invit"
        + "|(?:share|give|hand|sell|rent|lend)(?:s|ing)?(?:it|them)(?:over)?(?:to|with)(?:us|me|them|our)"
        + "|(?:move|switch|change)(?:s|ing)?(?:the|your)?(?:phone|recovery|login)?(?:number|email|phone)(?:over)?to(?:ours|ourteam|theteams?|us|mine)", RegexOptions.CultureInvariant)]
    private static partial Regex AccessGiven();

    // Others acting in the reader's account: we post / add listings under your profile or name, our team chats with your
    // matches. Numerals in any script may stand between (we add 伍 new listings).
    [GeneratedRegex("(?:we|our[a-z]{0,12}?|they)(?:will|can)?(?:add|post|list|put|create|upload|publish|run|sell)(?:s|ing)?.{0,30}?(?:under|to|on|in|onto|into|from)your(?:own)?(?:profile|account|listing|page|name|shop|store)"
        + "|(?:we|our[a-z]{0,12}?|they)(?:will|can)?(?:chat|talk|message|reply|text)(?:s|ing)?(?:with|to)(?:your)?(?:matches|guests|followers|fans|buyers|friends|contacts)", RegexOptions.CultureInvariant)]
    private static partial Regex ActsInReadersAccount();

    // The platform's payments moved outside it: (guests) pay (the deposit) outside the app, off the platform, by bank
    // transfer. Not the reader's own pay (we pay you weekly by bank transfer): wages by transfer are ordinary.
    [GeneratedRegex("pay(?:s|ing)?(?!you)[a-z]{0,16}?(?:outside|offthe|off)(?:the|of)?(?:app|platform|site)|pay(?:s|ing)?(?!you)[a-z]{0,16}?(?:by|via)banktransfer|offplatform", RegexOptions.CultureInvariant)]
    private static partial Regex OffPlatform();

    // The account's records destroyed: delete / wipe / erase / clear the (buyer, guest …) threads, chats, messages, history.
    [GeneratedRegex("(?:delete|wipe|erase|clear)(?:s|ing)?(?:the|all|these|those|your|our|any)?[a-z]{0,8}?(?:threads?|chats?|messages|conversations?|history|records?|logs)", RegexOptions.CultureInvariant)]
    private static partial Regex RecordsDeleted();

    // Complainants left unanswered: don't reply to guests who complain, no need to answer anyone who reports you.
    [GeneratedRegex("(?:dont|donot|noneedto|never)(?:reply|respond|answer)(?:to)?[a-z]{0,12}?who(?:complain|report|ask)", RegexOptions.CultureInvariant)]
    private static partial Regex ComplainantsIgnored();

    // "Don't ask." and "No questions." standing alone: what it is for left unasked (checked for a break right after).
    [GeneratedRegex("dontask|donotask|noquestions(?:asked)?|noneedtoknow|noneedtoask", RegexOptions.CultureInvariant)]
    private static partial Regex BareUnasked();

    [GeneratedRegex(@"\b(?:never|not|no|dont|don[’']t|do\s+not|won[’']?t|cannot|can[’']t|doesn[’']?t)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();
}
