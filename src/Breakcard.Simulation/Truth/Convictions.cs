using Breakcard.Core.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Truth;

/// <summary>
/// Who the synthetic world's courts convict, and on what grounds: a simplified reading of the
/// "serious circumstances" of the 2019 Interpretation (法释〔2019〕15号 Art. 12: settlement of
/// ¥200,000 or more, illegal gains of ¥10,000 or more) and of Opinion (II) (法发〔2021〕22号,
/// Art. 9 as reported: five or more cards, twenty or more phone cards). This labels the
/// simulated world only; the Legal part owns the authoritative rules with their dates.
/// </summary>
internal static class Convictions
{
    public const long SettlementThresholdFen = 200_000_00;
    public const long GainsThresholdFen = 10_000_00;
    public const int CardThreshold = 5;
    public const int PhoneCardThreshold = 20;

    public static List<string> Grounds(AiderTally tally)
    {
        var grounds = new List<string>();
        if (tally.SettlementFen >= SettlementThresholdFen)
        {
            grounds.Add("settlement_200k");
        }

        if (tally.GainsFen >= GainsThresholdFen)
        {
            grounds.Add("gains_10k");
        }

        if (tally.BankCards >= CardThreshold)
        {
            grounds.Add("cards_5");
        }

        if (tally.PhoneCards >= PhoneCardThreshold)
        {
            grounds.Add("phone_cards_20");
        }

        return grounds;
    }

    public static AidingConduct ConductOf(SimWorld world, int person, AiderTally tally) => tally.Role switch
    {
        TruthRole.TechSupport => AidingConduct.TechnicalSupport,
        TruthRole.LineKeeper => AidingConduct.CommunicationTransmission,
        TruthRole.Insider when world.People.Occupation[person] == Core.People.Occupation.TelecomInsider => AidingConduct.CommunicationTransmission,
        TruthRole.Seller when tally.BankCards == 0 && tally.PhoneCards > 0 => AidingConduct.CommunicationTransmission,
        _ => AidingConduct.PaymentSettlement,
    };
}
