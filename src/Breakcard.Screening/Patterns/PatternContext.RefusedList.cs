using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 369: a refusal or prohibition names a list of things it will not ask for or take (we never ask students for bank
// card details, fees or verification codes; 从不索要银行卡、押金或验证码). ADR 233 let a prohibition run across its commas
// while one act verb follows another; the things refused are objects, and the list goes on to its last item, after the
// conjunction. Only a list joint continues it: one comma or enumeration comma, nothing that ends a sentence, and, after a
// plain comma, a conjunction right before the next item — so "never sell your card, send us the codes" stays two clauses.
public sealed partial class PatternContext
{
    /// <summary>The things a request or a hand-over can name: cards, accounts, codes, documents, and money (deposits, 押金).</summary>
    internal const Concept ListedObjects = Concept.BankCard | Concept.CardGeneric | Concept.CardKit | Concept.BankingKey
        | Concept.PhoneCard | Concept.CorporateAccount | Concept.PaymentAccount | Concept.InternetAccount | Concept.SmsCode
        | Concept.IdentityDocument | Concept.MoneyFlow | Concept.Inflow;

    private const int ListJointReach = 32;

    /// <summary>
    /// True when term <paramref name="next"/> is the next item of a list that the cue or object <paramref name="previous"/>
    /// heads: <paramref name="next"/> is an object and what stands between them, as written, is a list joint (A、B; A, B or
    /// C), or a plain comma with the list's conjunction right after the item (never request passwords, card numbers or codes).
    /// </summary>
    private bool ContinuesObjectList(int previous, int next)
    {
        if (!Terms[previous].Has(ListedObjects | Concept.WarningCue) || !Terms[next].Has(ListedObjects))
        {
            return false;
        }

        var (_, from) = Text.OriginalSpan(Terms[previous].Start, Terms[previous].End);
        var (to, _) = Text.OriginalSpan(Terms[next].Start, Terms[next].End);
        if (to <= from || to - from > ListJointReach)
        {
            return false;
        }

        var joint = Text.Original.AsSpan(from, to - from);
        var commas = 0;
        var enumeration = false;
        foreach (var ch in joint)
        {
            if (ch is '.' or ';' or '!' or '?' or ':' or '\n' or '\r' or '。' or '；' or '！' or '？' or '：')
            {
                return false;
            }

            commas += ch is ',' or '，' or '、' ? 1 : 0;
            enumeration |= ch == '、';
        }

        // Full-width letters (ｏｒ) are the same conjunction.
        return commas == 1 && (enumeration || ListConjunction().IsMatch(Folded(joint)) || ConjunctionFollows(Text.OriginalSpan(Terms[next].Start, Terms[next].End).End));
    }

    // After the item, within a few words and before any clause mark, the conjunction of the list's last item (", bank card
    // numbers or verification codes").
    private bool ConjunctionFollows(int from)
    {
        var original = Text.Original;
        var to = Math.Min(original.Length, from + 16);
        for (var i = from; i < to; i++)
        {
            if (IsClauseMark(original[i]))
            {
                to = i;
                break;
            }
        }

        return ListConjunctionAhead().IsMatch(Folded(original.AsSpan(from, to - from)));
    }

    // The reach of 16 characters may cut an emoji in two: CompatibilityFold reads the span without throwing on the half.
    private static string Folded(ReadOnlySpan<char> s) => Internal.CompatibilityFold.Of(s);

    [GeneratedRegex(@"^[^,，、]*?(?:\b(?:or|and|nor)\b|或者|或|和|及|以及|与)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListConjunctionAhead();

    // The conjunction that introduces a list's last item, right before it (", fees or ", "、押金或").
    [GeneratedRegex(@"(?:\b(?:or|and|nor)|或者|或|和|及|以及|与)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListConjunction();
}
