using System.Collections.Frozen;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using IK = Breakcard.Cases.Identifiers.IdentifierKind;

namespace Breakcard.Cases.Access;

/// <summary>
/// Which identifiers a caller may see unmasked. Two conditions, both required: the role may reveal
/// personal data in that relation (<see cref="Operation.RevealPersonalData"/> in
/// <see cref="AccessPolicy"/>), and the kind of identifier is one the caller's kind of institution
/// needs — a bank its customers' identity, card, account and phone numbers; an operator its
/// subscribers' identity and phone numbers and devices; a platform its users' names, phones,
/// devices and IPs; police, procuratorates and courts all of them. Everything else prints
/// masked. Every unmasked read is audited by the service layer. Pure and thread safe.
/// </summary>
public static class MaskingPolicy
{
    private static readonly FrozenDictionary<InstitutionKind, FrozenSet<IK>> Needs = new Dictionary<InstitutionKind, FrozenSet<IK>>
    {
        [InstitutionKind.Bank] = Set(IK.IdentityNumber, IK.PersonName, IK.BankCard, IK.AccountNumber, IK.Phone, IK.CreditCode),
        [InstitutionKind.PaymentInstitution] = Set(IK.IdentityNumber, IK.PersonName, IK.BankCard, IK.AccountNumber, IK.Phone, IK.CreditCode),
        [InstitutionKind.Telecom] = Set(IK.IdentityNumber, IK.PersonName, IK.Phone, IK.Device, IK.CreditCode),
        [InstitutionKind.Platform] = Set(IK.PersonName, IK.Phone, IK.Device, IK.Ip),
        [InstitutionKind.Police] = Set(Enum.GetValues<IK>()),
        [InstitutionKind.Procuratorate] = Set(Enum.GetValues<IK>()),
        [InstitutionKind.Court] = Set(Enum.GetValues<IK>()),
    }.ToFrozenDictionary();

    /// <summary>The identifier kinds an institution of <paramref name="kind"/> needs unmasked.</summary>
    public static IReadOnlySet<IK> NeededBy(InstitutionKind kind) => Needs.TryGetValue(kind, out var set) ? set : FrozenSet<IK>.Empty;

    /// <summary>
    /// May <paramref name="caller"/> see an identifier of <paramref name="kind"/> unmasked when the
    /// record holding it is in <paramref name="relation"/> to the caller's institution (own data,
    /// shared with it, or another's)?
    /// </summary>
    public static bool MayReveal(Caller caller, IK kind, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return MayReveal(caller.Role, caller.InstitutionKind, kind, relation);
    }

    /// <summary>The same decision for a role at an institution kind.</summary>
    public static bool MayReveal(Role role, InstitutionKind institution, IK kind, Relation relation) =>
        AccessPolicy.IsAllowed(role, institution, Operation.RevealPersonalData, relation) && NeededBy(institution).Contains(kind);

    /// <summary>Why an identifier stays masked, or null when it may be revealed.</summary>
    public static string? WhyMasked(Caller caller, IK kind, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var access = AccessPolicy.Decide(caller, Operation.RevealPersonalData, relation);
        if (!access.Allowed)
        {
            return access.Reason;
        }

        return NeededBy(caller.InstitutionKind).Contains(kind)
            ? null
            : $"{Names.A(Names.Of(caller.InstitutionKind))} does not need {Identifier.Describe(kind)}s unmasked";
    }

    private static FrozenSet<IK> Set(params IK[] kinds) => kinds.ToFrozenSet();
}
