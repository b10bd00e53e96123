namespace Breakcard.Legal.Facts;

/// <summary>
/// An earlier act of the same conduct, for adding up under 法释〔2019〕15号 Art. 16: acts within
/// two years before the conduct date that have not been dealt with are added. Immutable.
/// </summary>
/// <param name="Date">Date of the act; before the conduct date.</param>
/// <param name="DealtWith">True when the act has already been dealt with (punished administratively or criminally); such acts are not added.</param>
/// <param name="Quantities">The act's amounts and counts.</param>
public sealed record EarlierAct(DateOnly Date, bool DealtWith, ActQuantities Quantities);
