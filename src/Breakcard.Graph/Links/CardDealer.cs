namespace Breakcard.Graph.Links;

/// <summary>An account controlled through a dealer's device or phone.</summary>
/// <param name="AccountId">Account number (personal data: mask before printing).</param>
/// <param name="HolderIds">Its holders of record.</param>
/// <param name="Via">The device or phone through which it is controlled.</param>
public sealed record ControlledAccount(string AccountId, IReadOnlyList<string> HolderIds, EntityNode Via);

/// <summary>
/// A card dealer (卡商) candidate: a person, or a device with no known owner, through whose
/// devices and phones the accounts of many other holders are used.
/// </summary>
/// <param name="Rank">1 = most holders.</param>
/// <param name="Controller">The person or device.</param>
/// <param name="Instruments">The devices and phones used.</param>
/// <param name="Accounts">The accounts of other holders, by account number.</param>
/// <param name="Holders">Distinct holders other than the controller.</param>
public sealed record CardDealer(int Rank, EntityNode Controller, IReadOnlyList<EntityNode> Instruments, IReadOnlyList<ControlledAccount> Accounts, int Holders);
