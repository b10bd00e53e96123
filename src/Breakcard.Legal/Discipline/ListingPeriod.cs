using System.Collections.Immutable;

namespace Breakcard.Legal.Discipline;

/// <summary>
/// A run of consecutive listed days formed by one or more overlapping or adjoining listings,
/// after lifting and the five-consecutive-year cap. Immutable.
/// </summary>
/// <param name="From">First listed day.</param>
/// <param name="Through">Last listed day (inclusive).</param>
/// <param name="Listings">The listings that make up the run, in order.</param>
/// <param name="Capped">True when the cap of five consecutive years cut the run short.</param>
public sealed record ListingPeriod(DateOnly From, DateOnly Through, ImmutableArray<Listing> Listings, bool Capped)
{
    /// <summary>True when <paramref name="date"/> is a listed day of this run.</summary>
    public bool Covers(DateOnly date) => date >= From && date <= Through;

    /// <summary>The first day after the run, when restrictions end.</summary>
    public DateOnly FirstFreeDay => Through.AddDays(1);
}
