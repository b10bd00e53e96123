namespace Breakcard.Cases.Views;

/// <summary>A dormant card as shown: numbers masked unless revealed. Immutable.</summary>
/// <param name="Account">Account number.</param>
/// <param name="Card">Card number, if the account has a card.</param>
/// <param name="Class">Account class code.</param>
/// <param name="HolderRef">Holder's id in the data.</param>
/// <param name="Opened">Day opened.</param>
/// <param name="LastActivity">Last transaction day, or null when never used.</param>
/// <param name="IdleDays">Days idle on the review day.</param>
/// <param name="NeverUsed">True for a blank card.</param>
/// <param name="Status">Status code.</param>
public sealed record DormantCardView(string Account, string? Card, string Class, string HolderRef, DateOnly Opened, DateOnly? LastActivity, int IdleDays, bool NeverUsed, string Status);
