using System.Collections.Immutable;
using Breakcard.Core;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// Anti-Fraud Law Art. 38 (help to telecom fraud that is not a crime) and Art. 44 (breach of
/// Art. 31: trading cards and accounts, helping others pass real-name checks). Both confiscate
/// gains and fine 1–10 × the gains, or up to a ceiling when gains are nil or below a threshold.
/// </summary>
public static class AdministrativeSanctions
{
    /// <summary>Art. 38.</summary>
    public static LegalSource Article38 { get; } = LegalDocuments.AntiFraudLaw.Provision("Art. 38 para. 2");

    /// <summary>Art. 44.</summary>
    public static LegalSource Article44 { get; } = LegalDocuments.AntiFraudLaw.Provision("Art. 44");

    private static readonly Money Art38GainsThreshold = Money.FromYuan(10_000);  // 违法所得不足一万元
    private static readonly Money Art38Ceiling = Money.FromYuan(100_000);        // 处十万元以下罚款
    private static readonly Money Art44GainsThreshold = Money.FromYuan(20_000);  // 违法所得不足二万元
    private static readonly Money Art44Ceiling = Money.FromYuan(200_000);        // 处二十万元以下罚款
    private const int MaxMultiple = 10;

    /// <summary>Art. 38 fine for <paramref name="gains"/>: 1–10 × gains, or up to ¥100,000 when gains are under ¥10,000.</summary>
    public static FineRange Article38Fine(Money gains) => Fine(gains, Art38GainsThreshold, Art38Ceiling);

    /// <summary>Art. 44 fine for <paramref name="gains"/>: 1–10 × gains, or up to ¥200,000 when gains are under ¥20,000.</summary>
    public static FineRange Article44Fine(Money gains) => Fine(gains, Art44GainsThreshold, Art44Ceiling);

    /// <summary>Both sanctions, each with whether it reaches the conduct and its fine range.</summary>
    public static ImmutableArray<AdministrativeSanction> For(ConductFacts facts, AggregatedConduct conduct)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(conduct);
        Money? gains = conduct.IllegalGains.Complete && !conduct.IllegalGains.NothingKnown ? conduct.IllegalGains.Known : null;
        var notes = MinorNotes(facts);

        var applies38 = (Article38.IsInForceOn(facts.ConductDate), facts.HelpedTelecomFraud) switch
        {
            (false, _) => (SanctionStatus.NotInForce, NotInForce(facts.ConductDate)),
            (true, true) => (SanctionStatus.Applicable, "help to telecom or online fraud that is not a crime"),
            (true, null) => (SanctionStatus.InsufficientFacts, "applies if the helped activity was telecom or online fraud (not stated)"),
            (true, false) => (SanctionStatus.NotApplicable, "the helped activity was not telecom or online fraud"),
        };
        var art38 = Sanction("anti-fraud-art38", Article38, applies38, "administrative detention of 10 to 15 days", gains, Art38GainsThreshold, Art38Ceiling, notes);

        var traded = !conduct.Cards.IsEmpty;
        var applies44 = (Article44.IsInForceOn(facts.ConductDate), traded || facts.RealNameVerificationHelp) switch
        {
            (false, _) => (SanctionStatus.NotInForce, NotInForce(facts.ConductDate)),
            (true, true) => (SanctionStatus.Applicable, traded
                ? "bought, sold, rented or lent cards or accounts (Art. 31 para. 1)"
                : "helped others pass real-name checks (Art. 31 para. 1)"),
            (true, false) => (SanctionStatus.NotApplicable, "no card or account dealing and no real-name help stated"),
        };
        var art44 = Sanction("anti-fraud-art44", Article44, applies44, "up to 15 days' detention where the circumstances are serious", gains, Art44GainsThreshold, Art44Ceiling, notes);
        return [art38, art44];
    }

    private static AdministrativeSanction Sanction(
        string id, LegalSource source, (SanctionStatus Status, string Why) applies, string detention, Money? gains, Money threshold, Money ceiling, ImmutableArray<string> notes) =>
        new(id, source, applies.Status, applies.Why, detention,
            gains is { } g ? Fine(g, threshold, ceiling) : null,
            Basis(gains, threshold, ceiling),
            ["illegal gains are confiscated", .. notes]);

    private static FineRange Fine(Money gains, Money threshold, Money ceiling)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(gains.Fen, 0, nameof(gains));
        return gains < threshold ? new FineRange(null, ceiling) : new FineRange(gains, gains * MaxMultiple);
    }

    private static string Basis(Money? gains, Money threshold, Money ceiling) => gains switch
    {
        null => $"illegal gains not stated: 1 to 10 × gains when gains are {Amounts.Format(threshold)} or more; otherwise up to {Amounts.Format(ceiling)}",
        { } g when g < threshold => $"gains {Amounts.Format(g)} < {Amounts.Format(threshold)} (nil or under the threshold): up to {Amounts.Format(ceiling)}",
        { } g => $"gains {Amounts.Format(g)} ≥ {Amounts.Format(threshold)}: 1 to 10 × gains",
    };

    private static string NotInForce(DateOnly date) =>
        $"the Anti-Fraud Law is in force from {Amounts.Format(LegalDocuments.AntiFraudLaw.EffectiveFrom)}; conduct on {Amounts.Format(date)} (earlier administrative rules are not encoded)";

    private static ImmutableArray<string> MinorNotes(ConductFacts facts)
    {
        if (facts.Defendant.BirthDate is not { } birth || !CriminalAge.IsMinorOn(birth, facts.ConductDate))
        {
            return [];
        }

        return ["the defendant was a minor on the conduct date: the Administrative Penalty Law bars penalties under 14 and requires lighter or mitigated ones from 14 to 18 (not encoded)"];
    }
}
