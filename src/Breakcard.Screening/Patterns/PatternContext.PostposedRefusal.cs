using System.Buffers;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 424: a refusal written after the things it refuses. Chinese puts the object of a refusal first as often as after it:
// a counter's rule reads 空包和夹带卡类的一律不收, 内有银行卡、手机卡的拒收, 现金、银行卡恕不收寄, and its header 禁寄物品：银行卡、
// 手机卡; English says "bank cards and SIM cards are not accepted", "parcels with cards inside will be refused", "Prohibited
// items: bank cards". A warning cue negates what follows it (ADR 51) and a plain negator the act right after it (ADR 365); the
// refusal that ends its clause governs the noun list before it, and a header refusal the list after its colon. So the cards
// named there are the objects of a refusal, not of an offer — and a 收 inside 拒收 is the refusal's own verb, not buying.
// A verb before the list is not taken by the refusal: in 收银行卡，冻结的不收 or 收银行卡冻结卡不要 the buying stands.
public sealed partial class PatternContext
{
    /// <summary>The things a post-posed refusal negates: cards, accounts, keys, codes, documents, a card carried along (带卡).</summary>
    internal const Concept RefusedObjects = Concept.BankCard | Concept.CardGeneric | Concept.CardKit | Concept.BankingKey | Concept.PhoneCard
        | Concept.CorporateAccount | Concept.PaymentAccount | Concept.InternetAccount | Concept.SmsCode | Concept.IdentityDocument | Concept.CarryAlong;

    // Refusals and prohibitions that take their objects before them, by their first character (吥 / 芣 are folded to 不 by
    // FraudHelpReadings.Plain). A refusal of receiving, sending, accepting or handling (空包一律不发, 冻结卡不要).
    private static readonly string[] ChineseRefusals =
    [
        "拒收", "拒寄", "拒接", "拒绝", "谢绝", "恕不接受", "恕不收寄", "禁寄", "禁止收寄", "禁止寄递",
        "不收", "不收寄", "不收取", "不寄", "不接", "不接受", "不接收", "不揽收", "不受理", "不予受理", "不予办理", "不予收寄", "不予揽收",
        "不予接收", "不予寄递", "不办理", "不代寄", "不代收", "不发", "不发货", "不寄送", "不要",
    ];

    // Longest first, so 不接受 is read before 不接.
    private static readonly string[] ChineseRefusalsLongestFirst = [.. ChineseRefusals.OrderByDescending(w => w.Length)];

    private static readonly SearchValues<char> ChineseRefusalFirsts = SearchValues.Create("拒谢恕禁不");

    private static readonly SearchValues<char> RefusalSeconds = SearchValues.Create(string.Concat(ChineseRefusals.Where(w => w[0] == '不').Select(w => w[1])));

    // English refusals as normalised (lower case, no spaces): accepted / allowed / permitted need a negation right before them.
    private static readonly SearchValues<string> EnglishRefusals = SearchValues.Create(
        ["accepted", "allowed", "permitted", "refused", "rejected", "prohibited", "forbidden"], StringComparison.Ordinal);

    private static readonly string[] NegatedParticiples = ["accepted", "allowed", "permitted"];

    // The negation right before the participle (a "be" between allowed), read as written, word by word: "payment accepted" and
    // "applicant accepted" are no "n't accepted".
    private static readonly string[] EnglishNegations =
        ["not", "never", "cannot", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "don't", "doesn't", "shouldn't", "mustn't",
         "isnt", "arent", "wasnt", "werent", "wont", "cant", "dont", "doesnt", "shouldnt", "mustnt"];

    // Not "declined" or "banned": a card declined or an account banned is what happens to it, not a rule that refuses it.
    private static readonly string[] StandingParticiples = ["refused", "rejected", "prohibited", "forbidden"];

    // A header's noun between the refusal and its colon (禁寄物品：, 拒收的物品：, Prohibited items:).
    private static readonly string[] HeaderNouns = ["的物品", "物品", "物件", "品类", "items", "goods", "articles"];

    private static readonly SearchValues<string> ConditionWords = SearchValues.Create(["如果", "如被", "要是", "万一", "若", "if ", "If ", "when ", "When ", "unless ", "in case"], StringComparison.Ordinal);

    // How far back a refusal's list may start, in characters as written: one item of a counter's rule.
    private const int ChineseListReach = 40;

    private const int EnglishListReach = 120;

    private List<RefusalScope>? _postposedScopes;

    /// <summary>
    /// The spans of the original text governed by a refusal written after its list (…的一律不收, …拒收, … will be refused) or by
    /// a refusal heading a list (禁寄物品：…): from the list's first character to the refusal's end, or from the heading refusal to
    /// its list's end; computed once, when first asked.
    /// </summary>
    internal List<RefusalScope> PostposedRefusalScopes => _postposedScopes ??= FindPostposedRefusals();

    /// <summary>True when normalised characters [<paramref name="start"/>, <paramref name="end"/>) lie in a list a refusal after it (or heading it) governs.</summary>
    internal bool IsRefusedAfter(int start, int end)
    {
        if (PostposedRefusalScopes.Count == 0)
        {
            return false;
        }

        var (from, to) = Text.OriginalSpan(start, end);
        foreach (var scope in PostposedRefusalScopes)
        {
            if (scope.Start <= from && to <= scope.End && !ActVerbBetween(to, scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Negates the <see cref="RefusedObjects"/> of each post-posed or heading refusal, and the refusal's own verb (拒收's 收).</summary>
    private void NegatePostposedRefusals(bool[] negated)
    {
        if (!Has(RefusedObjects) || PostposedRefusalScopes.Count == 0)
        {
            return;
        }

        foreach (var scope in PostposedRefusalScopes)
        {
            var (from, to) = (scope.Start, scope.End);
            // Walk back from the refusal: its own verb, then the listed things, until a verb the refusal does not take.
            for (var k = Terms.Count - 1; k >= 0; k--)
            {
                var t = Terms[k];
                if (t.Start >= Text.Text.Length)
                {
                    continue;
                }

                var (ts, te) = Text.OriginalSpan(t.Start, t.End);
                if (te > to || ts < from)
                {
                    if (ts < from)
                    {
                        break;
                    }

                    continue;
                }

                if (t.Has(ActVerbs) && !scope.IsOwnVerb(ts, te))
                {
                    break;
                }

                negated[k] |= t.Has(RefusedObjects) || t.Has(ActVerbs);
            }
        }
    }

    private bool ActVerbBetween(int from, RefusalScope scope)
    {
        for (var ti = 0; ti < Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = Terms[ti];
            if (t.Start >= Text.Text.Length || !t.Has(ActVerbs))
            {
                continue;
            }

            var (ts, te) = Text.OriginalSpan(t.Start, t.End);
            if (ts >= from && te <= scope.End && !scope.IsOwnVerb(ts, te))
            {
                return true;
            }
        }

        return false;
    }

    private List<RefusalScope> FindPostposedRefusals()
    {
        var scopes = new List<RefusalScope>();
        var s = FraudHelpReadings.Plain(this);
        var span = s.AsSpan();
        for (var at = span.IndexOfAny(ChineseRefusalFirsts); at >= 0; at = Next(span, ChineseRefusalFirsts, at + 1))
        {
            // 不 is everywhere: only a 不 before one of the refusals' second characters is tried against the words.
            if (span[at] == '不' && (at + 1 >= span.Length || !RefusalSeconds.Contains(span[at + 1])))
            {
                continue;
            }

            foreach (var w in ChineseRefusalsLongestFirst)
            {
                // 收不收, 要不要: a question, not a refusal.
                if (span[at..].StartsWith(w, StringComparison.Ordinal) && !(w[0] == '不' && at > 0 && w.Length > 1 && span[at - 1] == w[1]))
                {
                    AddScope(scopes, at, at + w.Length, chinese: true);
                    break;
                }
            }
        }

        if (span.ContainsAny(EnglishRefusals))
        {
            foreach (var w in NegatedParticiples)
            {
                for (var at = span.IndexOf(w, StringComparison.Ordinal); at >= 0; at = IndexFrom(span, w, at + 1))
                {
                    if (NegatedAsWritten(Text.OriginalSpan(at, at + w.Length).Start))
                    {
                        AddScope(scopes, at, at + w.Length, chinese: false);
                    }
                }
            }

            foreach (var w in StandingParticiples)
            {
                for (var at = span.IndexOf(w, StringComparison.Ordinal); at >= 0; at = IndexFrom(span, w, at + 1))
                {
                    AddScope(scopes, at, at + w.Length, chinese: false);
                }
            }
        }

        return scopes;
    }

    private static int Next(ReadOnlySpan<char> span, SearchValues<char> firsts, int from)
    {
        var next = span[from..].IndexOfAny(firsts);
        return next < 0 ? -1 : from + next;
    }

    private static int IndexFrom(ReadOnlySpan<char> span, string w, int from)
    {
        var next = span[from..].IndexOf(w, StringComparison.Ordinal);
        return next < 0 ? -1 : from + next;
    }

    // The word before the participle in the original, or the one before "be" (will not be accepted), is a negation.
    private bool NegatedAsWritten(int from)
    {
        var original = Text.Original;
        var word = PreviousWord(original, from, out var start);
        if (word.Equals("be", StringComparison.OrdinalIgnoreCase))
        {
            word = PreviousWord(original, start, out _);
        }

        foreach (var n in EnglishNegations)
        {
            if (word.Replace('\u2019', '\'').Equals(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string PreviousWord(string s, int from, out int start)
    {
        var end = from;
        while (end > 0 && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        start = end;
        while (start > 0 && (char.IsAsciiLetter(s[start - 1]) || s[start - 1] is '\'' or '\u2019'))
        {
            start--;
        }

        return s[start..end];
    }

    // The refusal at normalised [start, end): ending its clause as written (a gloss in brackets, ticks and spaces aside), it governs
    // the list back to its clause's start; followed by a header noun and a colon, the list after the colon to its line's end.
    private void AddScope(List<RefusalScope> scopes, int start, int end, bool chinese)
    {
        var original = Text.Original;
        var (from, to) = Text.OriginalSpan(start, end);
        var after = SkipTrailing(original, to);
        var header = after;
        foreach (var noun in HeaderNouns)
        {
            if (string.Compare(original, SkipSpaces(original, after), noun, 0, noun.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                header = SkipSpaces(original, SkipSpaces(original, after) + noun.Length);
                break;
            }
        }

        if (header < original.Length && original[header] is ':' or '：')
        {
            var lineEnd = header + 1;
            while (lineEnd < original.Length && original[lineEnd] is not ('\n' or '\r' or '。' or '；' or ';'))
            {
                lineEnd++;
            }

            // The list runs to its line's end or to the first verb the heading does not take (禁寄物品：银行卡；高价收…).
            for (var ti = 0; ti < Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
            {
                var t = Terms[ti];
                var (ts, _) = t.Start < Text.Text.Length ? Text.OriginalSpan(t.Start, t.End) : (int.MaxValue, 0);
                if (ts > header && ts < lineEnd && t.Has(ActVerbs))
                {
                    lineEnd = ts;
                    break;
                }
            }

            scopes.Add(new RefusalScope(from, lineEnd, from, to));
            return;
        }

        if (after < original.Length && !IsListEnd(original[after]))
        {
            return;
        }

        var reach = chinese ? ChineseListReach : EnglishListReach;
        var listStart = from;
        while (listStart > 0 && from - listStart < reach && !(chinese ? IsChineseClauseMark(original[listStart - 1]) : IsSentenceMark(original[listStart - 1])))
        {
            listStart--;
        }

        // A refusal inside a condition (如被拒收，就说…; if your card is rejected, …) is what may happen, not a rule.
        if (listStart < from && original.AsSpan(listStart, from - listStart).IndexOfAny(ConditionWords) < 0)
        {
            scopes.Add(new RefusalScope(listStart, to, from, to));
        }
    }

    // After the refusal: spaces, ticks and emoji, and one gloss in brackets (拒收 (no empty parcels), 不收（含U盾）).
    private static int SkipTrailing(string s, int at)
    {
        at = SkipSpaces(s, at);
        if (at < s.Length && s[at] is '(' or '（' or '[' or '【')
        {
            var close = s.IndexOfAny([')', '）', ']', '】', '\n'], at + 1);
            if (close > 0 && s[close] != '\n' && close - at <= 40)
            {
                at = SkipSpaces(s, close + 1);
            }
        }

        return at;
    }

    private static int SkipSpaces(string s, int at)
    {
        while (at < s.Length && ((char.IsWhiteSpace(s[at]) && s[at] is not ('\n' or '\r')) || char.IsSurrogate(s[at]) || s[at] is '✔' or '✓' or '☑' or '✅' or '✗' or '✘' or '❌' or '~' or '～' or '\uFE0F'))
        {
            at++;
        }

        return at;
    }

    private static bool IsListEnd(char ch) => IsChineseClauseMark(ch) || ch is '.' or '!' or '?' or '|';

    private static bool IsChineseClauseMark(char ch) => ch is '\n' or '\r' or ',' or ';' or ':' or '!' or '?' or '，' or '。' or '；' or '：' or '！' or '？';

    private static bool IsSentenceMark(char ch) => ch is '\n' or '\r' or '.' or ';' or ':' or '!' or '?' or '。' or '；' or '：' or '！' or '？';

    /// <summary>
    /// A refusal's reach in the original text, [<paramref name="Start"/>, <paramref name="End"/>), and the refusal word itself,
    /// [<paramref name="VerbStart"/>, <paramref name="VerbEnd"/>): a term inside the word (拒收's 收) is the refusal's own verb.
    /// </summary>
    internal readonly record struct RefusalScope(int Start, int End, int VerbStart, int VerbEnd)
    {
        public bool IsOwnVerb(int start, int end) => start >= VerbStart && end <= VerbEnd;
    }
}
