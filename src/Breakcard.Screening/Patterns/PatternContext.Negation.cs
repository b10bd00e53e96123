using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// Which terms a warning cue, a verdict, a notice or a quotation negates, and which acts a prohibition governs
// (ADRs 51, 150, 233, 244): the clauses and sentences they reach, and the reason a prohibition gives.
public sealed partial class PatternContext
{
    // A cue ("切勿", "never") negates risky terms that follow it in its clause within this many
    // characters; in a text that is a warning notice, within its sentence and a longer reach.
    private const int CueReach = 16;

    private const int NoticeCueReach = 40;

    // A verdict ("一律拒绝", "是违法行为") negates risky terms before it in its sentence within this reach.
    private const int VerdictReach = 30;

    /// <summary>
    /// Acts a prohibition can govern (不得代收, never sell, 严禁私下收款, 切勿替别人): trading, handing over, collecting,
    /// passing on, withdrawing, verifying, opening, acting for others. When a cue negates one of these, the text forbids the
    /// conduct (ADR 233).
    /// </summary>
    internal const Concept ActVerbs = Concept.RentOut | Concept.Sell | Concept.Buy | Concept.Purchase | Concept.HandOver
        | Concept.CollectMoney | Concept.Settlement | Concept.SettlementAmbiguous | Concept.ControlHandover | Concept.SendIdentity
        | Concept.CashWithdrawal | Concept.Outflow | Concept.Inflow | Concept.Open | Concept.CodeReception | Concept.MoneyFlow | Concept.OnBehalf;

    /// <summary>
    /// True when a warning cue governs one of the <see cref="ActVerbs"/> outside a full warning notice:
    /// the text forbids or warns against the conduct (不得他人代收, Do not sell, rent or hand over your card).
    /// </summary>
    public bool ProhibitsConduct { get; private set; }

    /// <summary>True when any term of [<paramref name="first"/>, <paramref name="last"/>] with one of the <see cref="ActVerbs"/> is negated, or the first is.</summary>
    internal bool IsSpanNegated(int first, int last)
    {
        if (_negated[first])
        {
            return true;
        }

        for (var k = first + 1; k <= last; k++)
        {
            if (_negated[k] && Terms[k].Has(ActVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when normalised characters [<paramref name="start"/>, <paramref name="end"/>) come from inside one of <paramref name="quotes"/>.</summary>
    private bool InQuotes(List<(int Start, int End)> quotes, int start, int end)
    {
        if (quotes.Count == 0 || end <= start)
        {
            return false;
        }

        var (from, to) = Text.OriginalSpan(start, end);
        return Holds(quotes, from, to); // not Exists with a lambda: its captures were allocated per call (ADR 435)
    }

    /// <summary>The spans of <paramref name="original"/> between paired quotation marks (“…”, 「…」, 『…』, "…").</summary>
    private static List<(int Start, int End)> QuotedSpans(string original)
    {
        var spans = new List<(int Start, int End)>();
        var open = -1;
        var closer = '\0';
        for (var i = 0; i < original.Length; i++)
        {
            var ch = original[i];
            if (open < 0)
            {
                closer = ch switch { '\u201C' => '\u201D', '\u300C' => '\u300D', '\u300E' => '\u300F', '"' => '"', _ => '\0' };
                open = closer == '\0' ? -1 : i;
            }
            else if (ch == closer)
            {
                spans.Add((open + 1, i));
                open = -1;
            }
        }

        return spans;
    }

    private bool[] ComputeNegation()
    {
        var negated = new bool[Terms.Count];
        if (IsWarningNotice && (!HasOffer || (_topics >= NewsTopics && !PromisesPay())))
        {
            Array.Fill(negated, true);
            return negated;
        }

        for (var k = 0; k < Terms.Count; k++)
        {
            // What a guarding speaker quotes without an offer is named, not offered.
            if (_guarded && !HasOffer && InQuotes(_quotes, Terms[k].Start, Terms[k].End))
            {
                negated[k] = true;
            }

            // A verb whose object is the anti-fraud app or hotline (协助注册反诈APP, 下载国家反诈中心) is not risky.
            if (k + 1 < Terms.Count && Terms[k + 1].Has(Concept.WarningTopic) && !Terms[k].Has(Concept.WarningTopic)
                && Span(Terms[k].End, Terms[k + 1].Start) <= 1)
            {
                negated[k] = true;
            }
        }

        for (var v = 0; v < Terms.Count; v++)
        {
            if (!Terms[v].Has(Concept.WarningVerdict) && !IsJudgedAsCrime(v))
            {
                continue;
            }

            var verdict = Terms[v];
            for (var k = v - 1; k >= 0 && _sentence[Terms[k].Start] == _sentence[verdict.Start] && Span(Terms[k].End, verdict.Start) <= VerdictReach; k--)
            {
                negated[k] = true;
            }
        }

        // A reported approach named for what it is (那是收卡的, 这是诈骗团伙, 属于帮地下钱庄洗钱; ADR 392).
        NegateNamedWrongdoers(negated);
        // A sentence that names a scheme as an unnamed third party's conduct and judges it (有人…可能是洗钱，要报告; ADR 415).
        NegateDescribedConduct(negated);
        NegateNamedCrimes(negated); // 那是洗钱: a verdict (ADR 454)
        NegateRefusedPlaces(negated); // 学校不在群内收二维码 (ADR 444)
        // A case report ending in the sentence passed, a crime named after a filing word (获刑六个月; 涉嫌为诈骗洗白; ADR 415).
        NegateCaseReports(negated);
        var reach = IsWarningNotice ? NoticeCueReach : CueReach;
        var scope = IsWarningNotice ? _sentence : _clause;
        for (var c = 0; c < Terms.Count; c++)
        {
            if (!Terms[c].Has(Concept.WarningCue))
            {
                continue;
            }

            var cue = Terms[c];
            if (GovernsAskingOrWorry(cue) || GovernsEnglishAsking(cue) || GovernsEnding(c))
            {
                continue;
            }
            var segment = cue.Start < Text.Text.Length ? scope[cue.Start] : -1;
            for (var k = c + 1; k < Terms.Count; k++)
            {
                var t = Terms[k];
                if (t.Start >= Text.Text.Length || Span(cue.End, t.Start) > reach)
                {
                    break;
                }

                // A prohibition governs a list of acts across its commas (Never sell, rent or hand over your card;
                // 不得出租、出借、出售): the clause goes on while one act follows another.
                if (scope[t.Start] != segment)
                {
                    // A list of things refused goes on to its last item too (for card details, fees or codes; ADR 369).
                    var actsGoOn = k > c + 1 && negated[k - 1] && Terms[k - 1].Has(ActVerbs) && t.Has(ActVerbs) && Span(Terms[k - 1].End, t.Start) <= 1;
                    var listGoesOn = (k == c + 1 || negated[k - 1]) && ContinuesObjectList(k - 1, k);
                    if (!actsGoOn && !listGoesOn)
                    {
                        break;
                    }

                    segment = scope[t.Start];
                }

                negated[k] = true;
                ProhibitsConduct |= !IsWarningNotice && t.Has(ActVerbs);
            }
        }

        NegateDisclaimedActs(negated);
        // What the notice's lines quote as others' words beside the poster's offer (ADR 407).
        NegateQuotedDescriptions(negated);
        // An enumeration of acts each refused (不出租、不出借、不出售银行卡; never rent, lend or sell; ADR 405).
        NegateNegatedEnumerations(negated);
        // A device act refused or denied right before it (不改串号, 未改, never change the IMEI; ADR 355).
        DeviceIdentityReading.NegateRefused(this, negated);
        // Handing over control or operating a device remotely, refused right before it (no remote access, 不远程控制; ADR 365).
        NegateRefusedActs(negated);
        // A payment refused with its payer (不收陌生人代付, 不接受第三方转账; ADR 458).
        NegateRefusedPayments(negated);
        // A refusal written after its list or heading it (空包和夹带卡类的一律不收, 禁寄物品：银行卡; … will be refused; ADR 424).
        NegatePostposedRefusals(negated);
        if (!HasOffer && !Has(Concept.DailyPay | Concept.EasyMoney | Concept.TradeUnit))
        {
            NegateConsequences(negated);
        }

        return negated;
    }

    /// <summary>True when a line break separates normalised characters <paramref name="i"/> − 1 and <paramref name="i"/> inside one quoted span.</summary>
    private static bool InOneQuote(NormalisedText text, List<(int Start, int End)> quotes, int i)
    {
        if (quotes.Count == 0)
        {
            return false;
        }

        var (from, to) = text.OriginalSpan(i - 1, i + 1);
        return text.Original.AsSpan(from, to - from).Contains('\n') && Holds(quotes, from, to); // no lambda: it was allocated per call (ADR 435)
    }

    private static (int[] Clause, int[] Sentence) Segments(NormalisedText text, IReadOnlyList<TermMatch> terms)
    {
        var clause = new int[text.Text.Length];
        var sentence = new int[text.Text.Length];
        // A line broken inside a quoted phrase (对于让你刷单的“兼⏎职”都是骗局) does not end the sentence either.
        var quotes = text.Original.Contains('\n', StringComparison.Ordinal) ? QuotedSpans(text.Original) : [];
        int c = 0, s = 0, t = 0;
        for (var i = 0; i < clause.Length; i++)
        {
            // A break inside a key word (兼⏎职, 微⏎信: a word split across a line) is a disguise, not the
            // end of a clause or sentence.
            while (t < terms.Count && terms[t].End <= i)
            {
                t++;
            }

            var insideTerm = (t < terms.Count && terms[t].Start < i) || (i > 0 && (text.ClauseBreakBefore(i) || text.SentenceBreakBefore(i)) && InOneQuote(text, quotes, i));
            if (i > 0 && !insideTerm && text.ClauseBreakBefore(i))
            {
                c++;
            }

            if (i > 0 && !insideTerm && text.SentenceBreakBefore(i))
            {
                s++;
            }

            clause[i] = c;
            sentence[i] = s;
        }

        return (clause, sentence);
    }

    // Who a consequence clause is about, and the modal that makes it a consequence (他人能用您的号, 对方可以, they can).
    private static readonly string[] ThirdParties = ["他人", "对方", "别人", "陌生人", "骗子", "不法分子", "犯罪分子", "others", "they", "scammers", "criminals"];

    private static readonly string[] Modals = ["能", "可", "会", "就", "便", "将", "can", "could", "will", "may", "would"];

    /// <summary>
    /// Negates the clause right after a prohibition when it says what a third party could then do (切勿给他人设备绑定eSIM，
    /// 他人能用您的号收短信): the reason for the prohibition, not an offer (ADR 244). Only in a text that pays nothing,
    /// since a recruiter writes 不要怕，对方会把钱打给你 too.
    /// </summary>
    private void NegateConsequences(bool[] negated)
    {
        var s = Text.Text;
        for (var c = 0; c < Terms.Count; c++)
        {
            if (!Terms[c].Has(Concept.WarningCue) || Terms[c].End >= s.Length)
            {
                continue;
            }

            var clause = _clause[Terms[c].Start];
            var governs = false;
            for (var k = c + 1; k < Terms.Count && Terms[k].Start < s.Length && _clause[Terms[k].Start] == clause; k++)
            {
                governs |= negated[k];
            }

            var next = Terms[c].End;
            while (next < s.Length && _clause[next] == clause)
            {
                next++;
            }

            if (!governs || next >= s.Length || _sentence[next] != _sentence[Terms[c].Start] || !StartsWithThirdPartyModal(s, next))
            {
                continue;
            }

            for (var k = c + 1; k < Terms.Count && Terms[k].Start < s.Length && _clause[Terms[k].Start] <= clause + 1; k++)
            {
                if (_clause[Terms[k].Start] == clause + 1)
                {
                    negated[k] = true;
                    ProhibitsConduct = true;
                }
            }
        }
    }

    private static bool StartsWithThirdPartyModal(string s, int at)
    {
        foreach (var who in ThirdParties)
        {
            if (string.CompareOrdinal(s, at, who, 0, who.Length) != 0)
            {
                continue;
            }

            var after = at + who.Length;
            foreach (var modal in Modals)
            {
                for (var gap = 0; gap <= 2 && after + gap < s.Length; gap++)
                {
                    if (string.CompareOrdinal(s, after + gap, modal, 0, modal.Length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Copulas that make a warning topic right after them a verdict on what came before (“替人走账抵债”是帮信, 属于帮信罪,
    // 涉嫌犯罪); 不是 and 并非 deny it (这不是帮信) and make no verdict (ADR 260).
    private static readonly string[] Copulas = ["是", "属于", "涉嫌", "构成", "算"];

    private bool IsJudgedAsCrime(int v)
    {
        if (!Terms[v].Has(Concept.WarningTopic))
        {
            return false;
        }

        var s = Text.Text;
        var at = Terms[v].Start;
        foreach (var copula in Copulas)
        {
            var from = at - copula.Length;
            if (from >= 0 && string.CompareOrdinal(s, from, copula, 0, copula.Length) == 0)
            {
                return from == 0 || s[from - 1] is not ('不' or '非' or '没');
            }
        }

        return false;
    }

    // 别问, 别管, 不用问, 别担心, 不要怕: what is forbidden is asking or worrying, not what follows (别管箱子干什么用,
    // 不要担心，对方会用你的号): the cue governs no act (ADR 260).
    private static readonly string[] AskOrWorry = ["问", "管", "打听", "担心", "操心", "怕", "慌"];

    private bool GovernsAskingOrWorry(TermMatch cue)
    {
        var s = Text.Text;
        foreach (var verb in AskOrWorry)
        {
            if (cue.End + verb.Length <= s.Length && string.CompareOrdinal(s, cue.End, verb, 0, verb.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
