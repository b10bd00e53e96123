using System.Collections.Immutable;
using Breakcard.Core;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>One term of the penalty range with the provision it comes from. Immutable.</summary>
/// <param name="Text">The term, for example "fine of at least ¥1,000".</param>
/// <param name="Source">Its provision.</param>
public sealed record PenaltyTerm(string Text, LegalSource Source);

/// <summary>
/// The statutory penalty range of Criminal Law Art. 287-2 for this defendant, with the minimum
/// fine that applies to them. Immutable.
/// </summary>
/// <param name="Terms">Each term with its source.</param>
/// <param name="MinImprisonmentMonths">Shortest fixed-term imprisonment (Criminal Law Art. 45).</param>
/// <param name="MaxImprisonmentMonths">Longest fixed-term imprisonment (Art. 287-2: three years).</param>
/// <param name="MinDetentionMonths">Shortest criminal detention (Criminal Law Art. 42).</param>
/// <param name="MaxDetentionMonths">Longest criminal detention (Criminal Law Art. 42).</param>
/// <param name="MinimumFine">Smallest fine for this defendant; null for a unit (no minimum encoded).</param>
/// <param name="AgeAtConductDate">Age reached on the conduct date (法释〔2006〕1号 Art. 2), or null when unknown or a unit.</param>
/// <param name="MinorAtConductDate">True when under 18 on the conduct date; null when unknown or a unit.</param>
public sealed record PenaltyRange(
    ImmutableArray<PenaltyTerm> Terms,
    int MinImprisonmentMonths,
    int MaxImprisonmentMonths,
    int MinDetentionMonths,
    int MaxDetentionMonths,
    Money? MinimumFine,
    int? AgeAtConductDate,
    bool? MinorAtConductDate);
