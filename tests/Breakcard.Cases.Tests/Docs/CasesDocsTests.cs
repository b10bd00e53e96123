using Breakcard.Cases.Access;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Tests.Access;
using IK = Breakcard.Cases.Identifiers.IdentifierKind;

namespace Breakcard.Cases.Tests.Docs;

/// <summary>docs/cases.md says what the code does: its permission matrix and masking table match the policies.</summary>
public sealed class CasesDocsTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(Repository.Root(), "docs", "cases.md"));

    [Fact]
    public void PermissionMatrix_InDocs_IsThePolicy()
    {
        var rows = Lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(c => c.Length == 6 && Enum.GetValues<Operation>().Any(o => PermissionTable.Snake(o.ToString()) == c[1].Trim('`')))
            .Select(c => (c[1], c[2], c[3], c[4]))
            .ToList();
        Assert.Equal(Enum.GetValues<Operation>().Length, rows.Count);
        var documented = PermissionTable.Parse(rows);
        foreach (var (role, kind) in PermissionTable.Holders())
        {
            foreach (var op in Enum.GetValues<Operation>())
            {
                foreach (var relation in Enum.GetValues<Relation>())
                {
                    Assert.True(documented.Contains((op, role, kind, relation)) == AccessPolicy.IsAllowed(role, kind, op, relation),
                        $"docs/cases.md and AccessPolicy disagree on {op} by {role} at {kind} on {relation}");
                }
            }
        }
    }

    [Theory]
    [InlineData("| bank, payment institution |", InstitutionKind.Bank)]
    [InlineData("| bank, payment institution |", InstitutionKind.PaymentInstitution)]
    [InlineData("| telecom operator |", InstitutionKind.Telecom)]
    [InlineData("| platform |", InstitutionKind.Platform)]
    [InlineData("| police, procuratorate, court |", InstitutionKind.Court)]
    public void MaskingTable_InDocs_IsThePolicy(string rowStart, InstitutionKind kind)
    {
        var words = new Dictionary<IK, string>
        {
            [IK.IdentityNumber] = "identity number", [IK.PersonName] = "name", [IK.BankCard] = "bank card", [IK.AccountNumber] = "account",
            [IK.Phone] = "phone", [IK.CreditCode] = "credit code", [IK.Device] = "device", [IK.Ip] = "IP",
        };
        var cell = Lines.Single(l => l.StartsWith(rowStart, StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[2];
        var documented = cell == "all" ? Enum.GetValues<IK>().ToHashSet() : cell.Split(", ").Select(w => words.Single(p => p.Value == w).Key).ToHashSet();
        Assert.Equal(MaskingPolicy.NeededBy(kind).Order(), documented.Order());
    }
}
