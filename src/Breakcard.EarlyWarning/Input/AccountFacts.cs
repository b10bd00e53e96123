using Breakcard.Core.Accounts;

namespace Breakcard.EarlyWarning.Input;

/// <summary>
/// A personal account as its bank knows it (accounts.csv, links.csv, phones.csv): holder, class,
/// opening date, last activity before the period, and the phone the bank texts codes to.
/// </summary>
/// <param name="AccountNumber">Account number (never printed unmasked).</param>
/// <param name="HolderId">Holder's person id.</param>
/// <param name="Class">Account class.</param>
/// <param name="Opened">Opening date.</param>
/// <param name="LastActivity">Last customer transaction before the period; null if never.</param>
/// <param name="BoundPhoneActivated">Activation date of the phone card bound to the account; null when unknown.</param>
public sealed record AccountFacts(string AccountNumber, string HolderId, AccountClass Class, DateOnly Opened, DateOnly? LastActivity, DateOnly? BoundPhoneActivated);
