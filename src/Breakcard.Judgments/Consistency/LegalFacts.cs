using Breakcard.Core.Judgments;
using Breakcard.Legal.Facts;

namespace Breakcard.Judgments.Consistency;

/// <summary>
/// The facts a judgment states about one defendant, in the Legal core's terms
/// (<see cref="ConductFacts"/>), so that sentences are checked against the rules in force on the
/// conduct date rather than against copies of them (ADR 45). Only what the judgment states is
/// carried over; everything else stays unknown.
/// </summary>
public static class LegalFacts
{
    /// <summary>
    /// The facts of <paramref name="sd"/>, or null when the judgment states no date for the
    /// conduct (the rules in force cannot be chosen) or the stated facts are not valid facts for the
    /// Legal core (a birth date after the conduct, for example: an extraction or drafting error).
    /// </summary>
    public static ConductFacts? For(SentencedDefendant sd)
    {
        ArgumentNullException.ThrowIfNull(sd);
        var d = sd.Defendant;
        if (d.OffenceStart is not { } date)
        {
            return null;
        }

        var conduct = d.Conduct ?? ConductKinds.None;
        var facts = new ConductFacts
        {
            ConductDate = date,
            CaseReference = sd.Label,
            HelpKinds = [.. HelpKinds(conduct)],
            Defendant = new Defendant(DefendantKind.Person, d.BirthDate),
            KnowledgeAdmitted = true, // the court convicted: knowledge was found
            Act = new ActQuantities
            {
                Settlement = d.Settlement?.Value,
                IllegalGains = d.IllegalGains?.Value,
                Cards = [.. Cards(d, conduct)],
            },
        };
        return facts.Validate().Count == 0 ? facts : null;
    }

    /// <summary>The kinds of help of Art. 287-2 para. 1 that a conduct found in the facts amounts to.</summary>
    public static IEnumerable<HelpKind> HelpKinds(ConductKinds conduct)
    {
        if ((conduct & ConductKinds.PaymentSettlement) != 0)
        {
            yield return HelpKind.PaymentSettlement;
        }

        if ((conduct & (ConductKinds.TelecomCards | ConductKinds.TransmissionDevices)) != 0)
        {
            yield return HelpKind.CommunicationTransmission;
        }

        if ((conduct & ConductKinds.TechnicalSupport) != 0)
        {
            yield return HelpKind.OtherTechnicalSupport;
        }

        if ((conduct & ConductKinds.Advertising) != 0)
        {
            yield return HelpKind.Advertising;
        }

        // Selling, renting or dealing in cards is "other help" (法发〔2021〕22号 Art. 7); so is help the facts do not type.
        if ((conduct & (ConductKinds.OwnCards | ConductKinds.CardDealing)) != 0
            || (conduct & ~(ConductKinds.OwnCards | ConductKinds.CardDealing)) == 0)
        {
            yield return HelpKind.OtherHelp;
        }
    }

    /// <summary>Stated card counts as dealings: a dealer's cards are others' and bought, a seller's are his own and sold.</summary>
    private static IEnumerable<CardDealing> Cards(DefendantRecord d, ConductKinds conduct)
    {
        var dealer = (conduct & ConductKinds.CardDealing) != 0;
        var seller = (conduct & ConductKinds.OwnCards) != 0;
        if ((dealer || seller) && d.BankCards is { Value: > 0 } bank)
        {
            yield return dealer
                ? new CardDealing(CardKind.BankCard, CardHolder.Others, Dealing.Bought, bank.Value)
                : new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, bank.Value);
        }

        if ((conduct & ConductKinds.TelecomCards) != 0 && d.PhoneCards is { Value: > 0 } phone)
        {
            yield return dealer
                ? new CardDealing(CardKind.PhoneCard, CardHolder.Others, Dealing.Bought, phone.Value)
                : new CardDealing(CardKind.PhoneCard, CardHolder.Own, Dealing.Sold, phone.Value);
        }
    }
}
