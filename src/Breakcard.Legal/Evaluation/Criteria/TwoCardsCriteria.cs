using Breakcard.Core;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation.Criteria;

/// <summary>
/// The "two cards" (两卡) specifications of 法释〔2019〕15号 Art. 12 para. 1 item 7: counts of
/// cards and accounts (法发〔2021〕22号 Art. 9), one-way inflow with verified fraud money (2022
/// minutes Art. 4) and the 2025 opinion's rules (provisional). They belong to para. 1, so they
/// need the helped crime verified.
/// </summary>
internal static class TwoCardsCriteria
{
    private const int PaymentToolsThreshold = 5;      // 5张（个）以上
    private const int OthersTelecomCardsThreshold = 20; // 20张以上
    private static readonly Money MinutesInflowThreshold = Money.FromYuan(300_000); // 超过三十万元
    private static readonly Money MinutesFraudThreshold = Money.FromYuan(3_000);    // 至少三千元
    private const int OwnAccounts2025Threshold = 3;
    private const int OthersAccounts2025Threshold = 1;
    private static readonly Money Inflow2025Threshold = Money.FromYuan(300_000);    // more than ¥300,000
    private const int TelecomCards2025Threshold = 20;

    private static readonly LegalSource OpinionIIArt9 = LegalDocuments.OpinionII2021.Provision(
        "Art. 9", SourceStanding.Secondary, note: "LAW.md: from press and law-firm summaries; specifies 法释〔2019〕15号 Art. 12 para. 1 item 7.");

    private static readonly LegalSource MinutesArt4 = LegalDocuments.BreakCardMinutes2022.Provision(
        "Art. 4", note: "Courts still weigh equivalence with the other Art. 12 items (相当性).");

    private static readonly LegalSource Opinion2025 = LegalDocuments.Opinion2025.Provision(
        "(article not verified)", note: "Unverified summaries; provisional.");

    public static IReadOnlyList<CriterionDefinition> All { get; } =
    [
        new(new("2021-art9-1-payment-tools", "bought, sold or rented 5 or more bank cards, accounts, payment accounts, interfaces or certificates", CriterionGroup.Paragraph1, OpinionIIArt9),
            PaymentTools),
        new(new("2021-art9-2-others-telecom-cards", "bought, sold or rented 20 or more other people's phone, data or IoT cards", CriterionGroup.Paragraph1, OpinionIIArt9),
            OthersTelecomCards),
        new(new("2022-minutes-art4-inflow", "card sold or rented with one-way inflow over ¥300,000, of which ¥3,000 or more verified fraud money", CriterionGroup.Paragraph1, MinutesArt4),
            MinutesInflow),
        new(new("2025-own-accounts", "sold or rented 3 or more own accounts with inflow over ¥300,000", CriterionGroup.Paragraph1, Opinion2025),
            OwnAccounts2025),
        new(new("2025-others-accounts", "dealt in others' or unit accounts with inflow over ¥300,000", CriterionGroup.Paragraph1, Opinion2025),
            OthersAccounts2025),
        new(new("2025-telecom-cards", "bought, sold or rented 20 or more phone, data or IoT cards, own or others'", CriterionGroup.Paragraph1, Opinion2025),
            TelecomCards2025),
    ];

    private static Verdict PaymentTools(CriterionInput i)
    {
        var conduct = i.Conduct;
        if (!conduct.Cards.Any(c => c.Kind.IsPaymentTool()))
        {
            return Verdicts.NotApplicable("no bank cards, accounts or payment tools dealt in");
        }

        var count = conduct.CountCards(c => c.Kind.IsPaymentTool() && c.Dealing.IsTradedUnderOpinionII());
        return WithLentNote(Verdicts.AtLeast("payment tools bought/sold/rented", count, PaymentToolsThreshold), conduct, c => c.Kind.IsPaymentTool());
    }

    private static Verdict OthersTelecomCards(CriterionInput i)
    {
        var conduct = i.Conduct;
        if (!conduct.Cards.Any(c => c.Kind.IsTelecomCard() && c.Holder != CardHolder.Own))
        {
            return Verdicts.NotApplicable("no other people's phone, data or IoT cards dealt in");
        }

        var count = conduct.CountCards(c => c.Kind.IsTelecomCard() && c.Holder != CardHolder.Own && c.Dealing.IsTradedUnderOpinionII());
        return WithLentNote(Verdicts.AtLeast("others' telecom cards bought/sold/rented", count, OthersTelecomCardsThreshold), conduct,
            c => c.Kind.IsTelecomCard() && c.Holder != CardHolder.Own);
    }

    private static Verdict MinutesInflow(CriterionInput i)
    {
        var conduct = i.Conduct;
        if (!conduct.Cards.Any(c => c.Kind.IsBankCardOrAccount() && c.Dealing.IsSoldOrRented()))
        {
            return Verdicts.NotApplicable("no bank card or account sold or rented");
        }

        return Verdicts.Both(
            Verdicts.MoreThan(InflowLabel(conduct), conduct.CountedInflow, MinutesInflowThreshold),
            Verdicts.AtLeast("verified fraud money", conduct.VerifiedFraudMoney, MinutesFraudThreshold));
    }

    private static Verdict OwnAccounts2025(CriterionInput i) => AccountsWithInflow(i.Conduct,
        c => c.Kind.IsPaymentTool() && c.Holder == CardHolder.Own && c.Dealing.IsSoldOrRented(),
        "own accounts sold/rented", OwnAccounts2025Threshold, "no own accounts sold or rented");

    private static Verdict OthersAccounts2025(CriterionInput i) => AccountsWithInflow(i.Conduct,
        c => c.Kind.IsPaymentTool() && c.Holder != CardHolder.Own && c.Dealing.IsTradedUnderOpinionII(),
        "others'/unit accounts", OthersAccounts2025Threshold, "no others' or unit accounts bought, sold or rented");

    /// <summary>The 2025 account rules: enough accounts of a kind, and inflow over ¥300,000.</summary>
    private static Verdict AccountsWithInflow(AggregatedConduct conduct, Func<CardDealing, bool> counted, string what, int threshold, string noneText) =>
        conduct.Cards.Any(counted)
            ? Verdicts.Both(
                Verdicts.AtLeast(what, conduct.CountCards(counted), threshold),
                Verdicts.MoreThan(InflowLabel(conduct), conduct.CountedInflow, Inflow2025Threshold))
            : Verdicts.NotApplicable(noneText);

    private static Verdict TelecomCards2025(CriterionInput i)
    {
        var conduct = i.Conduct;
        if (!conduct.Cards.Any(c => c.Kind.IsTelecomCard()))
        {
            return Verdicts.NotApplicable("no phone, data or IoT cards dealt in");
        }

        var count = conduct.CountCards(c => c.Kind.IsTelecomCard() && c.Dealing.IsTradedUnderOpinionII());
        return WithLentNote(Verdicts.AtLeast("telecom cards bought/sold/rented", count, TelecomCards2025Threshold), conduct, c => c.Kind.IsTelecomCard());
    }

    private static string InflowLabel(AggregatedConduct conduct) =>
        conduct.LawfullyExplained.Known.IsZero ? "one-way inflow" : $"one-way inflow (less {Internal.Amounts.Format(conduct.LawfullyExplained.Known)} lawfully explained)";

    private static Verdict WithLentNote(Verdict verdict, AggregatedConduct conduct, Func<CardDealing, bool> scope)
    {
        var lent = conduct.CountCards(c => scope(c) && c.Dealing == Dealing.Lent);
        return lent == 0 ? verdict : verdict with { Decisive = $"{verdict.Decisive}; {lent} lent not counted (Art. 7 names buying, selling and renting)" };
    }
}
