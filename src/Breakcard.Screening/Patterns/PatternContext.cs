using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// What pattern rules see of one text: its terms, which of them are negated by a warning cue,
/// the amounts, and whole-text facts. Built once per text and shared by every rule.
/// </summary>
public sealed partial class PatternContext
{
    private readonly bool[] _negated;

    private readonly int[] _units;

    private readonly int[] _clause;

    private readonly int[] _sentence;

    private readonly Concept _all;

    private readonly int _topics;

    private readonly bool _guarded;

    private readonly List<(int Start, int End)> _quotes;

    private readonly List<(int Start, int End)> _pledgeLines;

    // The negated enumerations of the original (不出租、不出借、不出售银行卡; ADR 405), read once for the pledge lines and the negation.
    private readonly List<(int Start, int End)> _enumerations;

    // A text naming this many distinct warning topics (帮信, 法院, 有期徒刑 ...) is about the crime
    // even when it names amounts (获利2000元, 罚金3000元): court and police news.
    private const int NewsTopics = 3;

    internal PatternContext(NormalisedText text)
    {
        Text = text;
        Amounts = NonMoneyNumbers.Money(text, AmountScanner.Find(text.Text));
        // The poster's own pledge lines carry no concept: neither an offer nor a warning notice (ADR 405).
        _enumerations = NegatedEnumerations(text.Original);
        _pledgeLines = PledgeLines(text, Amounts, _enumerations);
        Terms = Adjusted(text);
        _units = Units(text.Text);
        (_clause, _sentence) = Segments(text, text.Terms);
        for (var ti = 0; ti < Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = Terms[ti];
            _all |= t.Concepts;
        }

        var topics = DistinctTermTexts(Terms, Concept.WarningTopic);
        var cues = CountWith(Terms, Concept.WarningCue | Concept.WarningVerdict);
        var readsAsNotice = topics >= 2 || (topics >= 1 && cues >= 2);
        _topics = topics;
        // A warning notice that quotes the offer (“刷脸认证一次100元”为名) describes it rather than
        // makes it: in a notice, units and amounts inside quotation marks are not an offer.
        // A speaker who guards against the conduct (an anti-fraud topic, a school office, a police station,
        // volunteers) quotes the offers it warns about: “不出借银行卡”, “出租出借银行卡”的危害.
        _guarded = topics >= 1 || Has(Concept.Institution);
        var quotes = readsAsNotice || _guarded ? QuotedSpans(text.Original) : [];
        _quotes = quotes;
        // A text that pays its reader to get complaints withdrawn or buried handles the warning topics (ADR 348).
        OrdersSuppression = PaysToSuppress(quotes);
        // A quiz whose marked answers refuse (B.拒绝并报警 ✔) describes the approach in its questions: their amounts are not an offer.
        var refusingQuiz = QuizReading.AnswersRefuse(text, Terms);
        // A stock anti-fraud line pasted beside the poster's own offer makes no notice of the text (ADR 407).
        IsWarningNotice = readsAsNotice && !OrdersSuppression && !OffersBesideNotice(refusingQuiz);
        HasOffer = Has(Concept.EncryptedContact) || (!refusingQuiz && (OffersUnit(quotes) || OffersAmount(quotes)));
        // A licensed bank or payment institution hiring staff (校园招聘 … 代收代付及结算业务) names those
        // services as the job's duties. Any sign of an offer to the reader — a price, pay for little
        // work, "your" card or account, reassurance, an encrypted contact — withdraws the excuse.
        IsLicensedHiring = Has(Concept.LicensedEmployer) && Has(Concept.FormalEmployment) && !HasOffer
            && !Has(Concept.DailyPay | Concept.EasyMoney | Concept.Reassurance | Concept.Idle | Concept.Nominee | Concept.CardTradeSlang)
            && !NamesOwnNonCard(); // 个人账户 is a product, 你的卡 an offer
        _negated = ComputeNegation();
        PaysIntoOwnAccount = ComputePaysIntoOwnAccount();
        HelpsServedPerson = _helpsServedPerson;
    }

    // The constructor's whole-text counts and tests as loops (ADR 435): the LINQ they replace allocated a set, enumerators and
    // closures on every text; each loop returns what its query did.

    /// <summary>
    /// How many distinct texts the terms with any of <paramref name="concepts"/> have, compared ordinally (帮信 twice is one
    /// warning topic): what Where, Select, Distinct and Count returned, without the set and iterators they allocated (ADR 435).
    /// </summary>
    internal static int DistinctTermTexts(IReadOnlyList<TermMatch> terms, Concept concepts)
    {
        var count = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!terms[i].Has(concepts))
            {
                continue;
            }

            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = terms[j].Has(concepts) && string.Equals(terms[j].Term.Text, terms[i].Term.Text, StringComparison.Ordinal);
            }

            count += seen ? 0 : 1;
        }

        return count;
    }

    private static int CountWith(IReadOnlyList<TermMatch> terms, Concept concepts)
    {
        var count = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            count += terms[i].Has(concepts) ? 1 : 0;
        }

        return count;
    }

    // A unit of trade outside quotation marks.
    private bool OffersUnit(List<(int Start, int End)> quotes)
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            var t = Terms[i];
            if (t.Has(Concept.TradeUnit) && !InQuotes(quotes, t.Start, t.End))
            {
                return true;
            }
        }

        return false;
    }

    // An amount that overlaps no warning topic (获刑三年), outside quotation marks.
    private bool OffersAmount(List<(int Start, int End)> quotes)
    {
        foreach (var (start, end) in Amounts)
        {
            var inTopic = false;
            for (var i = 0; i < Terms.Count && !inTopic; i++)
            {
                var t = Terms[i];
                inTopic = t.Has(Concept.WarningTopic) && t.Start < end && start < t.End;
            }

            if (!inTopic && !InQuotes(quotes, start, end))
            {
                return true;
            }
        }

        return false;
    }

    // A possessive term that is not itself a bank card (你的, 本人: the reader's own thing offered).
    private bool NamesOwnNonCard()
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            if (Terms[i].Has(Concept.Possessive) && !Terms[i].Has(Concept.BankCard))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the text helps a served person (帮老人操作, 帮客户查询, 帮你约): the help is with that person's
    /// own phone or account, or for the reader, not money moved for others (ADR 233). Such a 帮 does not count
    /// as acting on someone's behalf in the rules.
    /// </summary>
    public bool HelpsServedPerson { get; }

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
    /// 反诈, 刑事责任 ...), or a topic and two warning cues, unless it pays its reader to act against complainants
    /// or victims (ADR 348), or the poster's own offer stands on a line beside the warning lines (ADR 407: a stock
    /// anti-fraud line is no notice of the offer). Cues then reach across their sentence.
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

    /// <summary>True when every one of <paramref name="concepts"/> is carried by some term of the text (not necessarily one term).</summary>
    internal bool HasAll(Concept concepts) => (_all & concepts) == concepts;

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

    /// <summary>
    /// True when an amount lies within <paramref name="window"/> characters of term <paramref name="index"/>. An amount that
    /// holds the term is not beside it: 一张 in 一张红票子 counts the notes of the sum (ADR 410), it prices nothing.
    /// </summary>
    internal bool NearAmount(int index, int window)
    {
        var t = Terms[index];
        foreach (var (start, end) in Amounts)
        {
            if (Math.Max(start - t.End, t.Start - end) <= window && !(start <= t.Start && t.End <= end))
            {
                return true;
            }
        }

        return false;
    }
}
