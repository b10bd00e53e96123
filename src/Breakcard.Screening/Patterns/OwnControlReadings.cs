using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// A business's own controls on its own customers (ADR 447). A key card, a room card, a door or lift card is the premises' key,
/// not a payment instrument or a phone card: a hotel, a flat or an office handing its own key to the guest it registered (房卡只交给
/// 登记的客人, key cards issued to registered guests only) hands over no bank card. And an item a business ticks off in its own check
/// list (出示本人身份证 ✔, 刷脸核验 ✔, ID scanned ✔) is the check it ran on the person in front of it, not an identity lent: no one
/// writes a check mark after lending their face. The offence stays read where it is: the reader's identity used to register or
/// rent for someone else, a key handed on to a third party for pay, is read by <c>identity-lending</c>'s other readings.
/// </summary>
internal static class OwnControlReadings
{
    // Characters a key card's name ends in before 卡 (房卡, 门卡, 门禁卡, 电梯卡, 车卡 is not one: a car card may be a fuel card).
    private const string KeyCardBefore = "房门禁梯";

    // Words that name the card as a key, right before it (keycard, roomcard, doorcard) or right after (卡 Key, 卡钥匙). Normalised
    // text is lower case without separators.
    private static readonly string[] KeyWordsBefore = ["key", "room", "door", "access", "hotel"];
    private static readonly string[] KeyWordsAfter = ["key", "钥匙"];

    // Check marks an operator writes after an item it has checked.
    private const string CheckMarks = "\u2714\u2713\u2611\u221A\u2705";

    // Characters after a checked item (核验, 比对, " at the desk") within which its mark must come, before any clause mark.
    private const int MarkReach = 16;

    /// <summary>
    /// True when neither term of a pair is a card word that names a key (房卡, 门卡, key card). Read only for a pair already found
    /// and only for a generic card word: 银行卡 and 手机卡 are never keys.
    /// </summary>
    public static bool NoKeyCard(PatternContext c, int i, int j) => !IsKeyCard(c, i) && !IsKeyCard(c, j);

    /// <summary>True when the term at <paramref name="i"/> is a generic card word (卡, card) whose neighbours name it as a key.</summary>
    public static bool IsKeyCard(PatternContext c, int i)
    {
        var t = c.Terms[i];
        if (!t.Has(Concept.CardGeneric) || t.Has(Concept.BankCard | Concept.PhoneCard | Concept.BankingKey))
        {
            return false;
        }

        var s = c.Text.Text;
        if (t.Start > 0 && KeyCardBefore.Contains(s[t.Start - 1], StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var w in KeyWordsBefore)
        {
            if (t.Start >= w.Length && string.CompareOrdinal(s, t.Start - w.Length, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        foreach (var w in KeyWordsAfter)
        {
            if (string.CompareOrdinal(s, t.End, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // How far before a gateway a passive marker may stand (车被人用来运送“车手”和放GOIP: 被 eleven characters before).
    private const int PassiveReach = 16;

    /// <summary>
    /// True when, in a warning notice or a text that names a verdict on the conduct, the equipment at <paramref name="i"/> is what
    /// others were reported to have done with the thing they took (车被拿去装GOIP, 房间被人用来放猫池): a passive marker (被) stands
    /// before it in its sentence and no reader or poster (你, 您, 我们) comes between. The notice reports the use; it hires no one to
    /// install it. Read only for a hit already found.
    /// </summary>
    public static bool ReportedUse(PatternContext c, int i)
    {
        if (!c.IsWarningNotice && !c.Has(Concept.WarningVerdict))
        {
            return false;
        }

        var s = c.Text.Text;
        var start = c.Terms[i].Start;
        for (var k = start - 1; k >= 0 && k >= start - PassiveReach; k--)
        {
            if (c.Text.SentenceBreakBefore(k + 1))
            {
                return false;
            }

            if (s[k] == '被')
            {
                return s.IndexOf('你', k, start - k) < 0 && s.IndexOf('您', k, start - k) < 0 && s.IndexOf("我们", k, start - k, StringComparison.Ordinal) < 0;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the hit is an item of the business's own check list: a check mark follows its last term within a few characters,
    /// before any clause mark, and no amount is named beside it (a price on the check is a check sold). Read only for a hit found.
    /// </summary>
    public static bool IsCheckedItem(PatternContext c, (int First, int Last) h)
    {
        if (c.NearAmount(h.First, MarkReach) || c.NearAmount(h.Last, MarkReach))
        {
            return false;
        }

        var t = c.Terms[h.Last];
        var o = c.Text.Original;
        var (_, end) = c.Text.OriginalSpan(t.Start, t.End);
        var stop = Math.Min(o.Length, end + MarkReach);
        for (var k = end; k < stop; k++)
        {
            var ch = o[k];
            if (CheckMarks.Contains(ch, StringComparison.Ordinal))
            {
                return true;
            }

            if (ch is '\n' or '\r' or ',' or '.' or ';' or '，' or '。' or '；' or '！' or '？' or '!' or '?')
            {
                return false;
            }
        }

        return false;
    }
}
