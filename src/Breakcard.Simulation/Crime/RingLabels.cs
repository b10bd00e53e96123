using Breakcard.Core.Truth;
using Breakcard.Simulation.Truth;

namespace Breakcard.Simulation.Crime;

/// <summary>Ground-truth labelling shared by the planners: roles of controlled accounts and of aiders.</summary>
internal static class RingLabels
{
    public static TruthRole RoleOf(CardRole role) => role switch
    {
        CardRole.FirstLayer or CardRole.Mule => TruthRole.FirstLayer,
        CardRole.Layer or CardRole.Gather => TruthRole.LaterLayer,
        CardRole.Hub or CardRole.Collector or CardRole.Payout => TruthRole.Collector,
        CardRole.CashOut => TruthRole.CashOut,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static (TruthRole Role, Typology Typology) OfAider(AiderRole role) => role switch
    {
        AiderRole.Dealer => (TruthRole.Dealer, Typology.CardDealing),
        AiderRole.Seller or AiderRole.InsiderSeller => (TruthRole.Seller, Typology.CardSelling),
        AiderRole.CashOut => (TruthRole.CashOut, Typology.LayeredLaundering),
        AiderRole.Mule => (TruthRole.SettlementMule, Typology.PaymentSettlement),
        AiderRole.ShellRep => (TruthRole.ShellFront, Typology.ShellCompany),
        AiderRole.Keeper => (TruthRole.LineKeeper, Typology.SimBox),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Labels a controlled account; returns its truth.</summary>
    public static EntityTruth Account(TruthBook truth, RingCard card, int ring, string source, params Typology[] more)
    {
        var t = TruthBook.Label(truth.Accounts, card.Account, card.Primary == Typology.ShellCompany
            ? TruthRole.ShellFront
            : RoleOf(card.Role), card.Primary, ring);
        t.Source = source;
        foreach (var typology in more)
        {
            t.Add(typology);
        }

        return t;
    }

    /// <summary>Labels a person as an aider and opens their tally.</summary>
    public static EntityTruth Person(TruthBook truth, int person, int ring, TruthRole role, Typology typology, RecruitmentChannel channel)
    {
        var t = TruthBook.Label(truth.Persons, person, role, typology, ring);
        if (channel != RecruitmentChannel.None)
        {
            t.Recruitment = channel;
        }

        truth.Tally(person, ring, role, typology);
        return t;
    }
}
