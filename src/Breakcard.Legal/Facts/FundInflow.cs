using Breakcard.Core;

namespace Breakcard.Legal.Facts;

/// <summary>
/// Money that flowed one way into the cards and accounts the defendant sold or rented, as the
/// 2022 minutes and the 2025 opinion measure it. Immutable.
/// </summary>
/// <param name="OneWayInflow">Total one-way inflow (单向流入) into the cards.</param>
/// <param name="VerifiedFraudMoney">Part verified as fraud money (经查证系涉诈骗资金), or null when not established.</param>
/// <param name="LawfullyExplained">Part whose lawful source and nature the defendant explained; deducted (zero when none).</param>
public sealed record FundInflow(Money OneWayInflow, Money? VerifiedFraudMoney, Money LawfullyExplained)
{
    /// <summary>Inflow after deducting the lawfully explained part.</summary>
    public Money Counted => OneWayInflow - LawfullyExplained;
}
