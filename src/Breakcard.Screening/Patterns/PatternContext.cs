using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// What pattern rules see of one text: its terms, which of them are negated by a warning cue,
/// the amounts, and whole-text facts. Built once per text and shared by every rule.
/// </summary>
public sealed partial class PatternContext
{
    // A cue ("切勿", "never") negates risky terms that follow it in its clause within this many
    // characters; in a text that is a warning notice, within its sentence and a longer reach.
    private const int CueReach = 16;
    private const int NoticeCueReach = 40;

    // A verdict ("一律拒绝", "是违法行为") negates risky terms before it in its sentence within this reach.
    private const int VerdictReach = 30;

    private readonly bool[] _negated;
    private readonly int[] _units;
    private readonly int[] _clause;
    private readonly int[] _sentence;
    private readonly Concept _all;
    private readonly int _topics;
    private readonly bool _guarded;
    private readonly List<(int Start, int End)> _quotes;

    // A text naming this many distinct warning topics (帮信, 法院, 有期徒刑 ...) is about the crime
    // even when it names amounts (获利2000元, 罚金3000元): court and police news.
    private const int NewsTopics = 3;

    internal PatternContext(NormalisedText text)
    {
        Text = text;
        Terms = Adjusted(text);
        Amounts = NonMoneyNumbers.Money(text, AmountScanner.Find(text.Text));
        _units = Units(text.Text);
        (_clause, _sentence) = Segments(text, text.Terms);
        foreach (var t in Terms)
        {
            _all |= t.Concepts;
        }

        var topics = Terms.Where(t => t.Has(Concept.WarningTopic)).Select(t => t.Term.Text).Distinct(StringComparer.Ordinal).Count();
        var cues = Terms.Count(t => t.Has(Concept.WarningCue | Concept.WarningVerdict));
        IsWarningNotice = topics >= 2 || (topics >= 1 && cues >= 2);
        _topics = topics;
        // A warning notice that quotes the offer (“刷脸认证一次100元”为名) describes it rather than
        // makes it: in a notice, units and amounts inside quotation marks are not an offer.
        // A speaker who guards against the conduct (an anti-fraud topic, a school office, a police station,
        // volunteers) quotes the offers it warns about: “不出借银行卡”, “出租出借银行卡”的危害.
        _guarded = topics >= 1 || Has(Concept.Institution);
        var quotes = IsWarningNotice || _guarded ? QuotedSpans(text.Original) : [];
        _quotes = quotes;
        HasOffer = Has(Concept.EncryptedContact)
            || Terms.Any(t => t.Has(Concept.TradeUnit) && !InQuotes(quotes, t.Start, t.End))
            || Amounts.Any(a => !Terms.Any(t => t.Has(Concept.WarningTopic) && t.Start < a.End && a.Start < t.End) && !InQuotes(quotes, a.Start, a.End));
        // A licensed bank or payment institution hiring staff (校园招聘 … 代收代付及结算业务) names those
        // services as the job's duties. Any sign of an offer to the reader — a price, pay for little
        // work, "your" card or account, reassurance, an encrypted contact — withdraws the excuse.
        IsLicensedHiring = Has(Concept.LicensedEmployer) && Has(Concept.FormalEmployment) && !HasOffer
            && !Has(Concept.DailyPay | Concept.EasyMoney | Concept.Reassurance | Concept.Idle | Concept.Nominee | Concept.CardTradeSlang)
            && !Terms.Any(t => t.Has(Concept.Possessive) && !t.Has(Concept.BankCard)); // 个人账户 is a product, 你的卡 an offer
        _negated = ComputeNegation();
        PaysIntoOwnAccount = ComputePaysIntoOwnAccount();
        HelpsServedPerson = _helpsServedPerson;
    }

    /// <summary>
    /// Acts a prohibition can govern (不得代收, never sell, 严禁私下收款, 切勿替别人): trading, handing over, collecting,
    /// passing on, withdrawing, verifying, opening, acting for others. When a cue negates one of these, the text forbids the
    /// conduct (ADR 233).
    /// </summary>
    internal const Concept ActVerbs = Concept.RentOut | Concept.Sell | Concept.Buy | Concept.Purchase | Concept.HandOver
        | Concept.CollectMoney | Concept.Settlement | Concept.SettlementAmbiguous | Concept.ControlHandover | Concept.SendIdentity
        | Concept.CashWithdrawal | Concept.Outflow | Concept.Inflow | Concept.Open | Concept.CodeReception | Concept.MoneyFlow | Concept.OnBehalf;

    // Whatever sends money on, or names settlement: pay into the reader's own account with any of these is not just pay.
    private const Concept OnwardMoney = Concept.Outflow | Concept.ForwardTarget | Concept.CashWithdrawal | Concept.Settlement
        | Concept.CodeReception | Concept.ControlHandover | Concept.Custody;

    private bool _helpsServedPerson;

    /// <summary>
    /// True when a warning cue governs one of the <see cref="ActVerbs"/> outside a full warning notice:
    /// the text forbids or warns against the conduct (不得他人代收, Do not sell, rent or hand over your card).
    /// </summary>
    public bool ProhibitsConduct { get; private set; }

    /// <summary>
    /// True when money is paid on a schedule into the reader's own card or account (每月15号打到你自己卡上,
    /// 次月10日转入乙方本人银行卡, paid weekly into your own account) and nothing in the text sends money on,
    /// names settlement, or keeps the card: the job's pay, honest-context evidence (ADR 233).
    /// </summary>
    public bool PaysIntoOwnAccount { get; }

    /// <summary>
    /// True when the text helps a served person (帮老人操作, 帮客户查询, 帮你约): the help is with that person's
    /// own phone or account, or for the reader, not money moved for others (ADR 233). Such a 帮 does not count
    /// as acting on someone's behalf in the rules.
    /// </summary>
    public bool HelpsServedPerson { get; }

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

    private bool ComputePaysIntoOwnAccount()
    {
        _onwardLive = LiveHas(OnwardMoney);
        if (Has(Concept.OwnPay))
        {
            return !_onwardLive;
        }

        for (var i = 0; i < Terms.Count; i++)
        {
            if (IsPayFlow(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool _onwardLive;

    private static readonly string[] ScheduleMarkers = ["每月", "每个月", "每周", "每星期", "月底", "月初", "次月", "按月", "按周", "按单", "周结", "月结", "monthly", "weekly", "everymonth", "everyweek", "biweekly", "fortnight"];

    // Wages arrive on a schedule (每月15号打到, 次月10日转入, paid weekly into); the recruiter's money arrives
    // once, first (钱我们先转到你的卡上), and is then used. Only money on a schedule is the worker's pay.
    private static bool OnSchedule(string s, int flowStart)
    {
        var from = Math.Max(0, flowStart - 16);
        var before = s.AsSpan(from, flowStart - from);
        foreach (var marker in ScheduleMarkers)
        {
            if (before.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // A day of the month: 15号, 10日.
        for (var k = 1; k < before.Length; k++)
        {
            if (before[k] is '号' or '日' && char.IsAsciiDigit(before[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OwnMarkers = ["你自己", "自己", "本人", "你的", "名下", "yourown", "your"];

    // The characters after a flow verb: "your own" within a few characters, then a card or account
    // (打到你自己卡上, 转入乙方本人银行账户, paid into your own account), whether or not those are terms.
    private static bool LandsInOwnAccount(string s, int from)
    {
        foreach (var marker in OwnMarkers)
        {
            var at = s.IndexOf(marker, from, Math.Min(12, s.Length - from), StringComparison.Ordinal);
            if (at < 0 || at - from > 6)
            {
                continue;
            }

            var rest = s.AsSpan(at + marker.Length, Math.Min(10, s.Length - at - marker.Length));
            if (rest.IndexOfAny('卡', '账', '户') is >= 0 and <= 4 || rest.StartsWith("card") || rest.StartsWith("account") || rest.StartsWith("bank"))
            {
                return true;
            }
        }

        return false;
    }

    private bool LiveHas(Concept concepts)
    {
        for (var k = 0; k < Terms.Count; k++)
        {
            if (!_negated[k] && Terms[k].Has(concepts))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text's terms with two readings corrected (ADR 233): a disguised pay word that is a date in plain
    /// writing (次月10日转入 is not 日赚) carries no concept, and 帮/代 followed by a served person or by 你
    /// (帮老人操作, 帮你约) is help for that person, not acting on someone's behalf with money — unless money
    /// moves right after (帮你做流水, 帮客户收款).
    /// </summary>
    private IReadOnlyList<TermMatch> Adjusted(NormalisedText text)
    {
        TermMatch[]? copy = null;
        var terms = text.Terms;
        var s = text.Text;
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            var concepts = t.Concepts;
            if (t.Fold.IsDisguise() && t.Has(Concept.DailyPay | Concept.EasyMoney) && t.Start > 0 && char.IsAsciiDigit(s[t.Start - 1]) && s[t.Start] is '日' or '月' or '号')
            {
                concepts = Concept.None;
            }
            else if (t.Has(Concept.OnBehalf) && !t.Has(Concept.CollectMoney | Concept.Settlement | Concept.SettlementAmbiguous)
                && ((t.End < s.Length && s[t.End] is '你' or '您' && (t.End + 1 >= s.Length || s[t.End + 1] != '的'))
                    || (i + 1 < terms.Count && terms[i + 1].Start == t.End && terms[i + 1].Has(Concept.ServedPerson)))
                && !MovesMoneyRightAfter(terms, i))
            {
                concepts &= ~Concept.OnBehalf;
                _helpsServedPerson = true;
            }

            if (concepts != t.Concepts)
            {
                copy ??= [.. terms];
                copy[i] = t with { Term = new LexiconTerm(t.Term.Text, concepts) };
            }
        }

        return copy ?? terms;
    }

    // 帮你做流水, 帮客户收款: the help is moving money, so it stays acting on someone's behalf.
    private static bool MovesMoneyRightAfter(IReadOnlyList<TermMatch> terms, int i)
    {
        const Concept money = Concept.MoneyFlow | Concept.CollectMoney | Concept.Settlement | Concept.SettlementAmbiguous
            | Concept.Inflow | Concept.Outflow | Concept.CashWithdrawal | Concept.Conversion;
        for (var k = i + 1; k < terms.Count && terms[k].Start - terms[i].End <= 5; k++)
        {
            if (terms[k].Has(money))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the text is a licensed bank or payment institution hiring its own staff without any
    /// offer to the reader: settlement services and corporate accounts are then the job's duties.
    /// </summary>
    public bool IsLicensedHiring { get; }

    /// <summary>The normalised text.</summary>
    public NormalisedText Text { get; }

    /// <summary>Its terms.</summary>
    public IReadOnlyList<TermMatch> Terms { get; }

    /// <summary>Amount spans in <see cref="NormalisedText.Text"/>.</summary>
    internal List<(int Start, int End)> Amounts { get; }

    /// <summary>
    /// True when the text reads as an anti-fraud warning: two distinct warning topics (帮信罪,
    /// 反诈, 刑事责任 ...), or a topic and two warning cues. Cues then reach across their sentence.
    /// </summary>
    public bool IsWarningNotice { get; }

    /// <summary>
    /// True when the text makes an offer: a price or amount (other than a hotline number such as
    /// 96110), a unit of trade, or an encrypted messenger contact. A warning notice without an offer
    /// only quotes the risky words.
    /// </summary>
    public bool HasOffer { get; }

    /// <summary>True when any term of the text carries any of <paramref name="concepts"/>.</summary>
    public bool Has(Concept concepts) => (_all & concepts) != 0;

    /// <summary>True when term <paramref name="index"/> follows a warning cue within its reach (切勿出租银行卡).</summary>
    public bool IsNegated(int index) => _negated[index];

    /// <summary>
    /// Distance between two terms in character units (0 when adjacent or overlapping). Three Latin
    /// letters count as one character, so windows mean about the same in English as in Chinese.
    /// </summary>
    internal int Gap(TermMatch a, TermMatch b) => Math.Max(0, Math.Max(Span(a.End, b.Start), Span(b.End, a.Start)));

    /// <summary>Distance in character units from normalised index <paramref name="from"/> to <paramref name="to"/>; negative when <paramref name="to"/> comes first.</summary>
    internal int Span(int from, int to) => (_units[to] - _units[from]) / LatinPerCharacter;

    private const int LatinPerCharacter = 3;

    private static int[] Units(string text)
    {
        var units = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            units[i + 1] = units[i] + (char.IsAsciiLetter(text[i]) ? 1 : LatinPerCharacter);
        }

        return units;
    }

    /// <summary>True when a term with <paramref name="concepts"/> (passing <paramref name="where"/>) lies within <paramref name="window"/> characters of term <paramref name="index"/>.</summary>
    internal bool Near(int index, Concept concepts, int window, Func<int, bool>? where = null)
    {
        for (var j = 0; j < Terms.Count; j++)
        {
            if (j != index && Terms[j].Has(concepts) && Gap(Terms[index], Terms[j]) <= window && (where is null || where(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a term with <paramref name="concepts"/> ends within <paramref name="window"/> characters before term <paramref name="index"/>.</summary>
    internal bool NearBefore(int index, Concept concepts, int window)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (Terms[j].Has(concepts) && Span(Terms[j].End, Terms[index].Start) <= window)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when term <paramref name="index"/> is followed by "your" (你的, 自己的) and then, within a
    /// few characters, an opening quotation mark: 出租你的“小绿”, a thing of the reader's named in code.
    /// </summary>
    internal bool IsFollowedByQuotedOwnThing(int index)
    {
        if (index + 1 >= Terms.Count || !Terms[index + 1].Has(Concept.Possessive) || Span(Terms[index].End, Terms[index + 1].Start) > 1)
        {
            return false;
        }

        var (_, after) = Text.OriginalSpan(Terms[index + 1].Start, Terms[index + 1].End);
        var original = Text.Original;
        for (var i = after; i < original.Length && i < after + 3; i++)
        {
            if (original[i] is '\u201C' or '\u300C' or '\u300E' or '"')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when term <paramref name="index"/> is the holder's own (个人账户, your account) or follows "your" closely (你的银行卡, 本人的卡).</summary>
    internal bool IsOwn(int index) => Terms[index].Has(Concept.Possessive) || NearBefore(index, Concept.Possessive, 3);

    /// <summary>True when an amount lies within <paramref name="window"/> characters of term <paramref name="index"/>.</summary>
    internal bool NearAmount(int index, int window)
    {
        var t = Terms[index];
        foreach (var (start, end) in Amounts)
        {
            if (Math.Max(start - t.End, t.Start - end) <= window)
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
        return quotes.Exists(q => q.Start <= from && to <= q.End);
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
        if (IsWarningNotice && (!HasOffer || _topics >= NewsTopics))
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
            if (!Terms[v].Has(Concept.WarningVerdict))
            {
                continue;
            }

            var verdict = Terms[v];
            for (var k = v - 1; k >= 0 && _sentence[Terms[k].Start] == _sentence[verdict.Start] && Span(Terms[k].End, verdict.Start) <= VerdictReach; k--)
            {
                negated[k] = true;
            }
        }

        var reach = IsWarningNotice ? NoticeCueReach : CueReach;
        var scope = IsWarningNotice ? _sentence : _clause;
        for (var c = 0; c < Terms.Count; c++)
        {
            if (!Terms[c].Has(Concept.WarningCue))
            {
                continue;
            }

            var cue = Terms[c];
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
                    if (!(k > c + 1 && negated[k - 1] && Terms[k - 1].Has(ActVerbs) && t.Has(ActVerbs) && Span(Terms[k - 1].End, t.Start) <= 1))
                    {
                        break;
                    }

                    segment = scope[t.Start];
                }

                negated[k] = true;
                ProhibitsConduct |= !IsWarningNotice && t.Has(ActVerbs);
            }
        }

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
        return text.Original.AsSpan(from, to - from).Contains('\n') && quotes.Exists(q => q.Start <= from && to <= q.End);
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
}
