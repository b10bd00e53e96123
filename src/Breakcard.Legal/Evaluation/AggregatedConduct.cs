using System.Collections.Immutable;
using Breakcard.Legal.Facts;

namespace Breakcard.Legal.Evaluation;

/// <summary>Whether one act was added up under 法释〔2019〕15号 Art. 16, and why. Immutable.</summary>
/// <param name="Date">Date of the act.</param>
/// <param name="IsConductAct">True for the act on the conduct date itself.</param>
/// <param name="Included">True when its amounts and counts were added.</param>
/// <param name="Reason">Why it was or was not added.</param>
public sealed record ActInclusion(DateOnly Date, bool IsConductAct, bool Included, string Reason);

/// <summary>
/// The amounts and counts the criteria are measured on: the conduct act plus the earlier acts
/// that Art. 16 adds up. Immutable.
/// </summary>
public sealed record AggregatedConduct
{
    /// <summary>The conduct date.</summary>
    public required DateOnly ConductDate { get; init; }

    /// <summary>Every act and whether it was added.</summary>
    public required ImmutableArray<ActInclusion> Acts { get; init; }

    /// <summary>Distinct objects helped.</summary>
    public required PartialCount ObjectsHelped { get; init; }

    /// <summary>Payment-settlement amount.</summary>
    public required PartialAmount Settlement { get; init; }

    /// <summary>Funds provided by advertising and similar means.</summary>
    public required PartialAmount AdvertisingFunds { get; init; }

    /// <summary>Illegal gains.</summary>
    public required PartialAmount IllegalGains { get; init; }

    /// <summary>Card and account dealings of every added act.</summary>
    public required ImmutableArray<CardDealing> Cards { get; init; }

    /// <summary>One-way inflow into cards sold or rented, after deducting lawfully explained money.</summary>
    public required PartialAmount CountedInflow { get; init; }

    /// <summary>Verified fraud money within that inflow.</summary>
    public required PartialAmount VerifiedFraudMoney { get; init; }

    /// <summary>Lawfully explained money deducted from the inflow.</summary>
    public required PartialAmount LawfullyExplained { get; init; }

    /// <summary>Number of acts added (the conduct act included).</summary>
    public int IncludedActs => Acts.Count(a => a.Included);

    /// <summary>Total count of cards matching <paramref name="predicate"/>.</summary>
    public long CountCards(Func<CardDealing, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        long total = 0;
        foreach (var card in Cards)
        {
            if (predicate(card))
            {
                total += card.Count;
            }
        }

        return total;
    }
}
