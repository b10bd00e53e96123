namespace Breakcard.Legal.Facts;

/// <summary>
/// A number of cards or accounts of one kind and holder that the defendant dealt in one way,
/// for example "3 own bank cards sold". Immutable.
/// </summary>
/// <param name="Kind">Card or account kind.</param>
/// <param name="Holder">Whose cards they are.</param>
/// <param name="Dealing">Bought, sold, rented or lent.</param>
/// <param name="Count">How many (at least 1).</param>
public sealed record CardDealing(CardKind Kind, CardHolder Holder, Dealing Dealing, int Count);
