using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 415: a record or a notice may carry its own describing line — a lottery centre's claim register that ends
// 有人高价买你的票或让你去兑奖，可能是洗钱，要报告工作人员, a post-office run sheet whose note says "if a customer says a stranger gave
// them cash to buy money orders, stop the sale, it's a money mule scheme". Such a sentence names the scheme as someone else's
// conduct (its subject is an unnamed third party: 有人, 有团伙, 凡是…, someone, anyone, if a customer says …) and, after that
// subject, judges it (这是洗钱, 可能是洗钱, 会被追责, it's a scam) or tells the reader to report or refuse it (要报告, 请拒绝, report
// it, stop the sale). What that sentence names is described, not offered: its conduct terms from the subject on are negated, whatever
// the rest of the text is. The rest is read as before, so an offer that pastes such a line beside itself keeps its own lines
// (ADR 407). Not read where the poster speaks of itself in the sentence (我们, we, us), where it reassures or gives a messenger
// (不违法, 正规, Telegram), or where the judgement is denied (不是洗钱, not a scam, 不用担责, don't report).
public sealed partial class PatternContext
{
    // A relative clause's head as the subject (… and people who resell them may be helping launder money; ADR 458): whoever does
    // the conduct, named by it. Declared before ThirdPartySubjects, which spreads it (static fields are set in text order).
    private static readonly string[] RelativeSubjects = ["peoplewho", "studentswho", "thosewho", "userswho", "playerswho", "customerswho"];

    // Unnamed third parties as a sentence's subject. Normalised text: simplified, lower case, no spaces.
    private static readonly string[] ThirdPartySubjects =
    [
        "有人", "团伙", "凡是", "不法分子", "骗子", "陌生人", "犯罪分子", "诈骗分子",
        "someone", "somebody", "anyone", "anybody", "stranger", "scammer", "fraudster",
        "peoplehired", "peoplepaid", "peopleasked", "personhired", "personpaid", // people hired to return items … may be laundering (ADR 447)
        .. RelativeSubjects,
    ];

    // Reporters who pass a third party's request on to the writer (if a customer says a stranger …): a subject only after if/when.
    private static readonly string[] ConditionalSubjects = ["customer", "client", "caller", "friend", "employer", "recruiter"];

    // Whoever says or asks (谁说“帮忙走一下账”那是洗钱): a subject only before quoted words and with 那 (that) judging them after (ADR 454);
    // 谁说跑分是洗钱？ asks who says so, and judges nothing.
    private static readonly string[] IndefiniteSubjects = ["谁说", "谁让", "谁叫", "谁要", "谁找"];

    // Scanned on every text: Chinese and ASCII words in one SearchValues<string> were a per-character lookup (ADR 426).
    private static readonly AnchoredWords SubjectAnchors = new([.. ThirdPartySubjects, .. ConditionalSubjects, .. IndefiniteSubjects]);

    // A judgement or an instruction to report or refuse: one of these is needed somewhere in the text before sentences are read.
    private static readonly string[] CrimeNouns = ["洗钱", "洗白", "赃款", "黑钱", "诈骗", "违法", "犯罪", "帮信", "骗局", "骗子", "电诈"];

    private static readonly string[] Consequences = ["追责", "担责", "判刑", "坐牢", "法律责任", "刑事责任"];

    private static readonly string[] ChineseInstructions = ["报告", "报警", "举报", "告知", "拒绝", "96110"];

    private static readonly string[] EnglishVerdicts = ["scam", "fraud", "moneymule", "launder", "illegal", "crime"];

    private static readonly string[] EnglishInstructions =
        ["report", "refuse", "decline", "stopthesale", "hangup", "callthepolice", "tellthesupervisor", "tellthemanager", "walkaway"];

    private static readonly AnchoredWords JudgementAnchors = new([.. CrimeNouns, .. Consequences, .. ChineseInstructions, .. EnglishVerdicts, .. EnglishInstructions]);

    // The poster in the sentence: then it is not (only) others' conduct.
    private static readonly string[] PosterWords = ["我们", "咱们", "我司", "我方", "莪们", "硪们", "我哋", "俺们", "we", "us"];

    // A negator right before a judgement turns it round (不是洗钱, 不用担责, 别报警; not a scam, don't report).
    private static readonly string[] ChineseDenials = ["不", "没", "无", "别", "勿", "非", "免"];

    private static readonly string[] EnglishDenials = ["not", "nt", "never", "noneed", "no"];

    // What a describing sentence negates: the conduct's words. Its warning words (诈骗, 洗钱 as a topic, 报警) stay live — they are the
    // honest signal the model reads (ADR 415: negating them raised honest bank notices' scores).
    private const Concept DescribedVocabulary = PatternCatalog.RiskVocabulary;

    private const Concept WarningWords = Concept.WarningTopic | Concept.WarningCue | Concept.WarningVerdict;

    private const int DenialReach = 4;

    private const int EnglishDenialReach = 7;

    // How far after 是 the crime it names may stand (这是用彩票洗钱, 那是把赃款洗白).
    private const int CopulaReach = 10;

    /// <summary>Negates, in each sentence that describes others' conduct and judges it, the terms from its subject on (ADR 415).</summary>
    private void NegateDescribedConduct(bool[] negated)
    {
        var s = Text.Text;
        var first = OrdersSuppression ? -1 : SubjectAnchors.IndexIn(s);
        if (first < 0 || (JudgementAnchors.IndexIn(s) < 0 && !MentionsConsequence(s) && RefusalAnchors.IndexIn(s) < 0))
        {
            return;
        }

        var lastSentence = -1;
        for (var at = first; at >= 0;)
        {
            var length = SubjectAt(s, at);
            length = length > 0 ? length : IndefiniteSubjectAt(s, at);
            if (length > 0 && _sentence[at] != lastSentence)
            {
                var end = Math.Max(SentenceEnd(at), at + length); // a subject read whole across a line break (有⏎ 人) ends its sentence no sooner
                var judged = Judges(s, at + length, end) || RefusesApproach(s, at + length, end) || InstructedBefore(s, at) || JudgedInNextSentence(s, ref end); // ADRs 439, 444
                if (judged && !SentenceHas(at, end, PosterWords) && !OffersIn(at, end))
                {
                    lastSentence = _sentence[at];
                    for (var k = 0; k < Terms.Count; k++)
                    {
                        negated[k] |= Terms[k].Start >= at && Terms[k].Start < end && Terms[k].Has(DescribedVocabulary | Concept.TradeUnit) && !Terms[k].Has(WarningWords); // its price's unit too (ADR 444)
                    }

                    NegatePlacedMessengers(negated, at);
                }
            }

            var next = SubjectAnchors.IndexIn(s.AsSpan(at + 1));
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    // The length of the subject at `at`, or 0: a reporter counts only after if/when (if a customer says …).
    private static int SubjectAt(string s, int at)
    {
        foreach (var w in ThirdPartySubjects)
        {
            if (string.CompareOrdinal(s, at, w, 0, w.Length) == 0)
            {
                return w.Length;
            }
        }

        foreach (var w in ConditionalSubjects)
        {
            if (string.CompareOrdinal(s, at, w, 0, w.Length) == 0)
            {
                var before = s.AsSpan(Math.Max(0, at - 6), Math.Min(at, 6));
                return before.Contains("if", StringComparison.Ordinal) || before.Contains("when", StringComparison.Ordinal) ? w.Length : 0;
            }
        }

        return 0;
    }

    // The length of 谁说 / 谁让 … at `at` when quoted words follow it as written and 那 stands after them in the sentence, else 0.
    private int IndefiniteSubjectAt(string s, int at)
    {
        foreach (var w in IndefiniteSubjects)
        {
            if (string.CompareOrdinal(s, at, w, 0, w.Length) != 0)
            {
                continue;
            }

            var original = Text.Original;
            var (_, to) = Text.OriginalSpan(at, at + w.Length);
            while (to < original.Length && (original[to] is ' ' or ':' or '：'))
            {
                to++;
            }

            var end = Math.Max(SentenceEnd(at), at + w.Length);
            return to < original.Length && original[to] is '“' or '「' or '『' or '"' or '‘' && s.AsSpan(at + w.Length, end - at - w.Length).Contains('那') ? w.Length : 0;
        }

        return 0;
    }

    private int SentenceEnd(int at)
    {
        var end = at;
        while (end < _sentence.Length && _sentence[end] == _sentence[at])
        {
            end++;
        }

        return end;
    }

    // A judgement after the subject, in its sentence, not denied.
    private static bool Judges(string s, int from, int to)
    {
        var span = s.AsSpan(from, to - from);
        // 是 + a crime within reach (这是用彩票洗钱, 可能是洗钱), 是 not denied (不是, 非是).
        for (var i = span.IndexOf('是'); i >= 0;)
        {
            var at = from + i;
            if (!Denied(s, at, ChineseDenials, 1))
            {
                var reach = s.AsSpan(at + 1, Math.Min(CopulaReach, to - at - 1));
                foreach (var crime in CrimeNouns)
                {
                    if (reach.Contains(crime, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            var next = span[(i + 1)..].IndexOf('是');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return NamesConsequence(s, from, to) // 或触犯帮信, 可能构成犯罪 (ADR 439)
            || FindsUndenied(s, from, to, Consequences, ChineseDenials, DenialReach)
            || FindsUndenied(s, from, to, ChineseInstructions, ChineseDenials, DenialReach)
            || FindsUndenied(s, from, to, EnglishVerdicts, EnglishDenials, EnglishDenialReach)
            || FindsUndenied(s, from, to, EnglishInstructions, EnglishDenials, EnglishDenialReach, "back");
    }

    // The instruction right before its object (report anyone trying to sell phones with the SIM, refuse anyone who asks for the
    // card; ADR 425): whom to report is described, as much as a sentence that names the conduct first and the instruction after.
    private static readonly string[] InstructionsBefore = ["report", "refuse", "decline", "turnaway", "flag", "stop"];

    private static bool InstructedBefore(string s, int at)
    {
        foreach (var w in InstructionsBefore)
        {
            if (at >= w.Length && string.CompareOrdinal(s, at - w.Length, w, 0, w.Length) == 0 && !Denied(s, at - w.Length, EnglishDenials, EnglishDenialReach))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FindsUndenied(string s, int from, int to, string[] words, string[] denials, int reach, string? notFollowedBy = null)
    {
        var span = s.AsSpan(from, to - from);
        foreach (var w in words)
        {
            for (var i = span.IndexOf(w, StringComparison.Ordinal); i >= 0;)
            {
                var at = from + i;
                var followed = notFollowedBy is not null && s.AsSpan(at + w.Length).StartsWith(notFollowedBy, StringComparison.Ordinal);
                if (!followed && !Denied(s, at, denials, reach))
                {
                    return true;
                }

                var next = span[(i + 1)..].IndexOf(w, StringComparison.Ordinal);
                i = next < 0 ? -1 : i + 1 + next;
            }
        }

        return false;
    }

    private static bool Denied(string s, int at, string[] denials, int reach)
    {
        var from = Math.Max(0, at - reach);
        var before = s.AsSpan(from, at - from);
        foreach (var d in denials)
        {
            for (var i = before.IndexOf(d, StringComparison.Ordinal); i >= 0;)
            {
                if (!IsOthersWord(s, from + i, d))
                {
                    return true;
                }

                var next = before[(i + 1)..].IndexOf(d, StringComparison.Ordinal);
                i = next < 0 ? -1 : i + 1 + next;
            }
        }

        return false;
    }

    // 别人, 别的, 别处, 别家 name others, not a prohibition: 让你用自己的身份证给别人开房，拒绝 refuses, its 别 four characters before 拒绝
    // denied nothing (ADR 454; ADR 375 found the same word before an act: Refusal's NotNegations).
    private static bool IsOthersWord(string s, int at, string denial) =>
        denial == "别" && at + 1 < s.Length && s[at + 1] is '人' or '的' or '处' or '家';

    /// <summary>Negates each settlement term that names the crime as a verdict (<see cref="NamesCrimeAsVerdict"/>; ADR 454).</summary>
    private void NegateNamedCrimes(bool[] negated)
    {
        if (!Has(Concept.Settlement))
        {
            return;
        }

        for (var k = 0; k < Terms.Count; k++)
        {
            negated[k] |= Terms[k].Has(Concept.Settlement) && Terms[k].Start < Text.Text.Length && NamesCrimeAsVerdict(k);
        }
    }

    // ADR 454: the copulas of a judgement (那是洗钱, 就是洗钱, 属于洗钱, 涉嫌洗钱, 是在洗钱), longest first.
    private static readonly string[] VerdictCopulas = ["是在", "属于", "涉嫌", "构成", "等于", "是"];

    /// <summary>
    /// True when term <paramref name="i"/> is a crime's own name (洗钱, 洗白: <see cref="CrimeNouns"/>) standing right after an undenied
    /// copula — 谁说“钱转你，帮我充出去”那是洗钱, 这就属于洗钱: a verdict on what the sentence reports, not an offer to do it (ADR 454).
    /// 这不是洗钱 and 不属于洗钱 deny it: the word then stays read.
    /// </summary>
    private bool NamesCrimeAsVerdict(int i)
    {
        var t = Terms[i];
        if (Array.IndexOf(CrimeNouns, t.Term.Text) < 0)
        {
            return false;
        }

        var s = Text.Text;
        foreach (var copula in VerdictCopulas)
        {
            var at = t.Start - copula.Length;
            if (at >= 0 && string.CompareOrdinal(s, at, copula, 0, copula.Length) == 0)
            {
                return !Denied(s, at, ChineseDenials, 2);
            }
        }

        return false;
    }

    // Where a described scheme is found: "half-price" services on Telegram …, and people who forward payments for them may be part of
    // card fraud (ADR 464). Before the subject, in its sentence, a messenger after on / in / via / through names the place of the
    // others' conduct, not a contact: no handle or number follows it and the poster does not speak in that part.
    private static readonly string[] PlacePrepositions = ["on", "in", "via", "through"];

    private void NegatePlacedMessengers(bool[] negated, int subject)
    {
        var start = subject;
        while (start > 0 && _sentence[start - 1] == _sentence[subject])
        {
            start--;
        }

        if (start == subject || SentenceHas(start, subject, PosterWords))
        {
            return;
        }

        var s = Text.Text;
        for (var k = 0; k < Terms.Count && Terms[k].Start < subject; k++)
        {
            var t = Terms[k];
            if (t.Start < start || !t.Has(Concept.EncryptedContact) || !AfterPlacePreposition(s, t.Start) || HandleFollows(t))
            {
                continue;
            }

            negated[k] = true;
        }
    }

    private static bool AfterPlacePreposition(string s, int at)
    {
        foreach (var p in PlacePrepositions)
        {
            if (at >= p.Length && string.CompareOrdinal(s, at - p.Length, p, 0, p.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A handle, a number or a colon after the messenger in the original: Telegram @deals, WhatsApp 0712…, Telegram: …
    private bool HandleFollows(TermMatch t)
    {
        var original = Text.Original;
        var (_, to) = Text.OriginalSpan(t.Start, t.End);
        while (to < original.Length && original[to] == ' ')
        {
            to++;
        }

        return to < original.Length && (original[to] is '@' or ':' or '：' || char.IsDigit(original[to]));
    }

    // A reassurance or a messenger in the sentence: the poster's own voice, not a description.
    private bool OffersIn(int from, int to)
    {
        for (var ti = 0; ti < Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = Terms[ti];
            if (t.Start >= to)
            {
                break;
            }

            if (t.Start >= from && t.Has(Concept.Reassurance | Concept.EncryptedContact))
            {
                return true;
            }
        }

        return false;
    }
}
