using Breakcard.Cases.Access;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using IK = Breakcard.Cases.Identifiers.IdentifierKind;

namespace Breakcard.Cases.Tests.Access;

/// <summary>Which identifiers each role at each kind of institution may see unmasked, own data vs shared vs other.</summary>
public sealed class MaskingPolicyTests
{
    // The identifier kinds each kind of institution needs, written out from the design (docs/cases.md).
    private static readonly Dictionary<InstitutionKind, IK[]> Needs = new()
    {
        [InstitutionKind.Bank] = [IK.IdentityNumber, IK.PersonName, IK.BankCard, IK.AccountNumber, IK.Phone, IK.CreditCode],
        [InstitutionKind.PaymentInstitution] = [IK.IdentityNumber, IK.PersonName, IK.BankCard, IK.AccountNumber, IK.Phone, IK.CreditCode],
        [InstitutionKind.Telecom] = [IK.IdentityNumber, IK.PersonName, IK.Phone, IK.Device, IK.CreditCode],
        [InstitutionKind.Platform] = [IK.PersonName, IK.Phone, IK.Device, IK.Ip],
        [InstitutionKind.Police] = Enum.GetValues<IK>(),
        [InstitutionKind.Procuratorate] = Enum.GetValues<IK>(),
        [InstitutionKind.Court] = Enum.GetValues<IK>(),
    };

    private static readonly Role[] Revealers = [Role.Analyst, Role.Supervisor, Role.Investigator, Role.Prosecutor, Role.Judge];

    [Fact]
    public void MayReveal_EveryRoleKindIdentifierAndRelation_MatchesDesign()
    {
        foreach (var (role, kind) in PermissionTable.Holders())
        {
            foreach (var id in Enum.GetValues<IK>())
            {
                foreach (var relation in Enum.GetValues<Relation>())
                {
                    var expected = Revealers.Contains(role) && relation != Relation.Other && Needs[kind].Contains(id);
                    Assert.True(expected == MaskingPolicy.MayReveal(role, kind, id, relation), $"{role} at {kind}, {id}, {relation}");
                }
            }
        }
    }

    [Fact]
    public void WhyMasked_PlatformAndIdentityNumber_SaysItIsNotNeeded()
    {
        var caller = new Caller("reviewer@plat-a", Role.Analyst, "plat-a", InstitutionKind.Platform);
        Assert.Equal("a platform does not need resident identity numbers unmasked", MaskingPolicy.WhyMasked(caller, IK.IdentityNumber, Relation.Own));
        Assert.Null(MaskingPolicy.WhyMasked(caller, IK.Phone, Relation.Own));
    }
}
