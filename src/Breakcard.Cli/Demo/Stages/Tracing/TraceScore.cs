namespace Breakcard.Cli.Demo.Stages.Tracing;

/// <summary>How the demo's traces of every victim payment compare with the ground truth.</summary>
/// <param name="Victims">Victim payments traced.</param>
/// <param name="VictimFen">Money they paid.</param>
/// <param name="TrueCashOutFen">Of it, what the truth says was withdrawn in cash.</param>
/// <param name="FoundCashOutFen">Of that, what the traces followed into the same withdrawals.</param>
/// <param name="FoundAtCashOutCardFen">Of that, what the traces followed out in cash from the same cards (any of their withdrawals).</param>
/// <param name="PooledAtCashOutCardFen">The same per card but pooled over the victims: per true cash-out card, the smaller of
/// what the truth says the traced victims' money cashed out there and what their traces cashed out there (docs/tracing.md §7:
/// which victim's fen left in which withdrawal when several victims' money is mixed in one card is a convention).</param>
/// <param name="ChainCards">Cards the truth puts on the victims' chains (first-layer cards and every card where victim money ended), counted per victim.</param>
/// <param name="ChainCardsFound">Of those, the ones the victim's trace names.</param>
/// <param name="NamedAccounts">Distinct accounts the traces name (not cash points, not external, not the victims).</param>
/// <param name="NamedPositive">Of those, accounts the truth says a ring controlled or used.</param>
/// <param name="ByRole">Per layer role (first_layer, later_layer, collector, cash_out): true accounts, and those any trace named.</param>
/// <param name="MedianTraceMs">Median wall time of one trace.</param>
/// <param name="Outcomes">Where the traced money ended, summed over the traces (fen).</param>
public sealed record TraceScore(
    int Victims,
    long VictimFen,
    long TrueCashOutFen,
    long FoundCashOutFen,
    long FoundAtCashOutCardFen,
    long PooledAtCashOutCardFen,
    int ChainCards,
    int ChainCardsFound,
    int NamedAccounts,
    int NamedPositive,
    IReadOnlyList<(string Role, int Truth, int Found)> ByRole,
    double MedianTraceMs,
    IReadOnlyDictionary<Breakcard.Graph.Tracing.TraceOutcome, long> Outcomes)
{
    /// <summary>Share of the true cash-out money the traces followed into the same withdrawals.</summary>
    public double CashRecall => TrueCashOutFen == 0 ? 0 : (double)FoundCashOutFen / TrueCashOutFen;

    /// <summary>Share of the true cash-out money the traces followed out in cash from the same cards.</summary>
    public double CashCardRecall => TrueCashOutFen == 0 ? 0 : (double)FoundAtCashOutCardFen / TrueCashOutFen;

    /// <summary>Share of the true cash-out money the traces followed out in cash from the same cards, pooled over victims.</summary>
    public double PooledCashCardRecall => TrueCashOutFen == 0 ? 0 : (double)PooledAtCashOutCardFen / TrueCashOutFen;

    /// <summary>Share of the true chain cards the traces name.</summary>
    public double CardRecall => ChainCards == 0 ? 0 : (double)ChainCardsFound / ChainCards;

    /// <summary>Share of named accounts that a ring controlled or used.</summary>
    public double Precision => NamedAccounts == 0 ? 0 : (double)NamedPositive / NamedAccounts;
}

/// <summary>How the link analysis compares with the ground truth.</summary>
/// <param name="Rings">Rings detected.</param>
/// <param name="TrueRings">Rings in the truth.</param>
/// <param name="TrueRingsFound">Truth rings with at least two of their accounts in one detected ring.</param>
/// <param name="RingAccounts">Accounts in detected rings.</param>
/// <param name="RingAccountsPositive">Of those, accounts a ring controlled or used.</param>
/// <param name="Dealers">Card dealers detected.</param>
/// <param name="DealersPositive">Of those, controllers the truth marks (a person with a ring role, or a ring's device).</param>
/// <param name="TrueDealers">Persons the truth calls dealers.</param>
/// <param name="TrueDealersFound">Of those, the ones detected as controllers.</param>
/// <param name="Shells">Shell factories detected.</param>
/// <param name="ShellsPositive">Of those, factories holding at least one true shell company.</param>
/// <param name="TrueShellCompanies">Companies the truth calls shell fronts.</param>
/// <param name="TrueShellCompaniesFound">Of those, companies inside a detected factory.</param>
public sealed record LinkScore(
    int Rings,
    int TrueRings,
    int TrueRingsFound,
    int RingAccounts,
    int RingAccountsPositive,
    int Dealers,
    int DealersPositive,
    int TrueDealers,
    int TrueDealersFound,
    int Shells,
    int ShellsPositive,
    int TrueShellCompanies,
    int TrueShellCompaniesFound);
