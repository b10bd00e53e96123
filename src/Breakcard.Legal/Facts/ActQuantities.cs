using System.Collections.Immutable;
using Breakcard.Core;

namespace Breakcard.Legal.Facts;

/// <summary>
/// The measurable facts of one act of help. A null amount or count means "not known", which is
/// different from zero: a criterion that depends on an unknown amount is reported as
/// insufficient facts, never as not met. Immutable.
/// </summary>
public sealed record ActQuantities
{
    /// <summary>Distinct helped persons or groups (对象) not counted in another act, or null when not known.</summary>
    public int? ObjectsHelped { get; init; }

    /// <summary>Payment-settlement amount (支付结算金额), or null when not known.</summary>
    public Money? Settlement { get; init; }

    /// <summary>Funds provided by advertising and similar means (以投放广告等方式提供资金), or null when not known.</summary>
    public Money? AdvertisingFunds { get; init; }

    /// <summary>Illegal gains (违法所得), or null when not known.</summary>
    public Money? IllegalGains { get; init; }

    /// <summary>Cards and accounts bought, sold, rented or lent; empty when none.</summary>
    public ImmutableArray<CardDealing> Cards { get; init; } = [];

    /// <summary>One-way inflow into the cards sold or rented, or null when not known or not relevant.</summary>
    public FundInflow? Inflow { get; init; }

    /// <summary>No quantities at all.</summary>
    public static ActQuantities None { get; } = new();
}
