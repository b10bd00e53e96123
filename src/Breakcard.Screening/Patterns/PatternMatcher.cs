using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Runs every pattern of <see cref="PatternCatalog"/> over a normalised text. Each pattern
/// reports its first occurrence that is not negated by a warning cue; when every occurrence is
/// negated it reports one as negated, so the reason can say "quoted in a warning". A pattern whose anchors
/// (<see cref="PatternGates"/>, ADR 476) no term of the text carries is not run: it could find nothing. Stateless and
/// thread safe.
/// </summary>
public static class PatternMatcher
{
    /// <summary>The hits in <paramref name="text"/>, one per pattern at most, in catalogue order.</summary>
    public static PatternMatches Match(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new PatternContext(text);
        var hits = new List<PatternHit>();
        if (text.Terms.Count == 0)
        {
            return new PatternMatches(hits, false, false, Concept.None);
        }

        var terms = context.Terms;
        var patterns = PatternCatalog.All;
        var gates = PatternGates.ForCatalogue;

        for (var index = 0; index < patterns.Count; index++)
        {
            var pattern = patterns[index];
            if (!PatternGates.Opens(gates[index], context))
            {
                continue; // none of the reading's anchors is in the text: it could find nothing (ADR 476)
            }

            // The tightest occurrence makes the clearest quote; an occurrence outside a warning wins.
            (int First, int Last)? negated = null;
            (int First, int Last)? live = null;
            context.ClearFormQuotes();
            foreach (var span in pattern.Rule(context))
            {
                if (context.IsSpanNegated(span.First, span.Last))
                {
                    negated = Tighter(text, negated, span);
                }
                else
                {
                    live = Tighter(text, live, span);
                }
            }

            if ((live ?? negated) is { } evidence)
            {
                var start = text.Terms[evidence.First].Start;
                var end = text.Terms[evidence.Last].End;
                // The hit stays on its terms (negation, conduct, scoring); a reading of characters quotes its form (ADR 482).
                var (quoteStart, quoteEnd) = context.FormQuoteFor(evidence.First, evidence.Last) ?? (start, end);
                var (from, to) = text.PostedSpan(quoteStart, quoteEnd);
                hits.Add(new PatternHit(pattern, start, end, from, to, text.Posted[from..to], live is null));
            }
        }

        var liveConcepts = Concept.None;
        var disguised = false;
        var pun = false;
        for (var i = 0; i < terms.Count; i++)
        {
            liveConcepts |= context.IsNegated(i) ? Concept.None : terms[i].Concepts;
            disguised |= terms[i].IsDisguised && terms[i].Has(PatternCatalog.RiskVocabulary);
            pun |= terms[i].IsPun && terms[i].Has(PatternCatalog.RiskVocabulary);
        }

        // ADR 454: an emoji pun is evidence of evasion only where a paid offence structure is read; honest writers pun for style, and
        // beside a mere price (a wage) it added five false alarms on round 27's set for two risky texts.
        if (pun && !disguised)
        {
            var structure = PatternMatches.IsStructureOffered(context.HasOffer, liveConcepts, hits);
            disguised = structure;
            if (!structure)
            {
                hits.RemoveAll(h => h.Pattern.Id == "disguised-vocabulary");
            }
        }

        return new PatternMatches(hits, context.IsWarningNotice, context.HasOffer, liveConcepts)
        {
            Honest = HonestOf(context, hits.Exists(h => !h.Negated && h.Pattern.Conduct == RiskConduct.OtherHelp), hits.Exists(h => !h.Negated && h.Pattern.Id is "access-lending" or "impersonation-props" or "registration-lent"),
                hits.Exists(h => !h.Negated && h.Pattern.Id == "merchant-front"), hits.Exists(h => !h.Negated && h.Pattern.Id == "letters-posted-for-others"),
                hits.Exists(h => !h.Negated && h.Pattern.IsOffenceStructure), hits.Exists(h => !h.Negated && h.Pattern.Id == "registration-lent"),
                hits.Exists(h => !h.Negated && h.Pattern.StockLinesDoNotExcuse))
                & (hits.Exists(h => !h.Negated && h.Pattern.NoticeLinesDoNotExcuse) ? ~HonestContext.WarningNotice : ~HonestContext.None), // ADR 438
            Disguised = disguised,
        };
    }

    private static HonestContext HonestOf(PatternContext c, bool silencing, bool lending, bool fabricatedMerchant, bool mailing, bool structure, bool registrationLent,
        bool served)
    {
        // Where a site, mailboxes or a meeting account are put at a stranger's service, unrefused in their clause (ADR 417), the
        // stock lines beside the offer (不出租、不出售银行卡, 凡是先让你交钱的都是诈骗, 如遇诈骗请报警) forbid other acts or call other
        // approaches fraud: neither refuses the act read, so neither is a prohibition or a report's framing. The client or
        // institution named (甲方, the bank whose page is copied, the platform that blocks the mailbox) is whom the copy serves or
        // imitates, not a speaker — as with access lent (ADR 372); the pattern is not read under licensed hiring. So too where a
        // pay code is stuck over a third party's or a live face lent to a persona (ADR 420), and where a ring's apps, probe or card
        // kits are carried by one's own job, shop or device (ADR 421).
        if (served)
        {
            return HonestOf(c, silencing, lending, fabricatedMerchant, mailing, structure, registrationLent, false)
                & ~(HonestContext.Prohibition | HonestContext.ReportFraming | HonestContext.InstitutionVoice);
        }

        var honest = HonestContext.None;
        // A victim's complaint quoted by whoever is paid to bury it (充值后无法提现) is not a prohibition (ADR 352); where a
        // merchant is fabricated, 别拍到老板的脸 keeps the shop's owner out of it and is no prohibition either (ADR 384).
        honest |= c.ProhibitsConduct && !silencing && !fabricatedMerchant ? HonestContext.Prohibition : 0;
        // Where letters are posted for others with their content kept from view (ADR 400), the authority the letters imitate
        // (法院传票) and the orders not to ask (来源别问) make no warning notice unless the text also names a verdict.
        honest |= c.IsWarningNotice && !(mailing && !c.Has(Concept.WarningVerdict) && !c.NamesWrongdoer) ? HonestContext.WarningNotice : 0;
        // Reporting words in a text that pays to get complaints withdrawn are the complaints it buries (ADR 348).
        honest |= (c.Has(Concept.WarningVerdict) || c.NamesWrongdoer) && !c.OrdersSuppression && !silencing ? HonestContext.ReportFraming : 0;
        // Where the reader's own access is lent for pay (ADR 372), the institution named is whose mailbox it is or who is to
        // be told the cover story (your university e-mail, if the school asks), and pay into the reader's wallet is the
        // price of the loan: neither is an institution speaking or a wage. Where props of an authority are supplied for
        // impersonation (ADR 390), the police station named is the one the backdrop shows, not a speaker. Where a registration
        // is put to a stranger's use (ADR 401), the school or network centre named holds the login or hears the cover story.
        honest |= c.PaysIntoOwnAccount && !lending ? HonestContext.OwnAccountPay : 0;
        honest |= (c.Has(Concept.Institution | Concept.ContractParty) && !lending) || c.IsLicensedHiring ? HonestContext.InstitutionVoice : 0;
        // Where a registration is put to a stranger's use (ADR 401), help for the reader (网费我们替你续) is the price of the loan
        // and the customer named is whose number is taken, not a person served.
        honest |= c.HelpsServedPerson && !registrationLent ? HonestContext.ServedPersonHelp : 0;
        // An institution posting its own papers to the people its records name (ADR 400) speaks as itself; a communication
        // received and named fake is a verdict on what the text reports. Neither is read beside a live offence structure: a
        // recruiter who calls the bank's freeze notices fake (收到银行冻结短信都是假的) reassures, and the floor must stay.
        honest |= !structure && LetterMailingReadings.IsInstitutionsOwnMail(c) ? HonestContext.InstitutionVoice : 0;
        honest |= !structure && LetterMailingReadings.NamesReceivedFake(c) ? HonestContext.ReportFraming : 0;
        return honest;
    }

    private static (int First, int Last) Tighter(NormalisedText text, (int First, int Last)? best, (int First, int Last) candidate)
    {
        if (best is not { } b)
        {
            return candidate;
        }

        static int Width(NormalisedText t, (int First, int Last) s) => t.Terms[s.Last].End - t.Terms[s.First].Start;
        return Width(text, candidate) < Width(text, b) ? candidate : b;
    }
}

/// <summary>The pattern hits of one text.</summary>
/// <param name="Hits">One hit per pattern found, in catalogue order; negated hits included.</param>
/// <param name="IsWarningNotice">True when the text reads as an anti-fraud warning.</param>
/// <param name="HasOffer">True when the text names a price, a unit of trade or an encrypted contact.</param>
/// <param name="LiveConcepts">The concepts of the terms not negated by a warning.</param>
public sealed record PatternMatches(IReadOnlyList<PatternHit> Hits, bool IsWarningNotice, bool HasOffer, Concept LiveConcepts)
{
    /// <summary>The honest-context evidence found (ADR 233).</summary>
    public HonestContext Honest { get; init; }

    /// <summary>True when a risky key word was written in disguise (a date such as 10日转入 is not).</summary>
    public bool Disguised { get; init; }

    /// <summary>
    /// True when a live hit shows the offence structure — the reader's own card, account, SIM, phone or
    /// identity handed over, lent, sold or rented to another party, or others' money received, moved or
    /// withdrawn through the reader's accounts (<see cref="RiskPattern.IsOffenceStructure"/>) — and the text
    /// pays for it (a price or amount, a unit of trade, daily pay or easy money). Only such a text may reach
    /// the reject band (ADR 233).
    /// </summary>
    public bool HasOffenceStructure => IsStructureOffered(HasOffer, LiveConcepts, Hits);

    /// <summary>The test of <see cref="HasOffenceStructure"/>, also asked before the matches are made (ADR 454).</summary>
    internal static bool IsStructureOffered(bool hasOffer, Concept liveConcepts, IReadOnlyList<PatternHit> hits)
    {
        if (!hasOffer && (liveConcepts & (Concept.DailyPay | Concept.EasyMoney | Concept.TradeUnit)) == 0)
        {
            return false;
        }

        for (var i = 0; i < hits.Count; i++)
        {
            if (!hits[i].Negated && hits[i].Pattern.IsOffenceStructure)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Combined evidence of the hits that are not negated, as a noisy-OR of their weights:
    /// 1 − Π(1 − weight). 0 when nothing was found.
    /// </summary>
    public double Evidence
    {
        get
        {
            var none = 1.0;
            foreach (var h in Hits)
            {
                if (!h.Negated)
                {
                    none *= 1.0 - h.Pattern.Weight;
                }
            }

            return 1.0 - none;
        }
    }
}
