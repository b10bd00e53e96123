using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Sharing;
using Breakcard.Cases.Views;
using Breakcard.Cases.Workflow;

namespace Breakcard.Cases.Tests.Views;

public sealed class CaseAccessTests
{
    private static readonly CaseRecord Header = new("CS-000001", "t", CaseState.TransferredToPolice, "bank-a", "police-a", null, null,
        DateTimeOffset.UnixEpoch, "x", DateTimeOffset.UnixEpoch, 4);

    private static CaseItem Item(string id, string institution) => new(id, Header.Id, DateTimeOffset.UnixEpoch, "u", institution, new NoteContent(id));

    private static readonly Share Transfer = new("SH-000002", ShareSubject.Case, Header.Id, "bank-a", "police-a", [], ["IT-000001"], "transfer", DateTimeOffset.UnixEpoch, "s");

    [Theory]
    [InlineData("police-a", Relation.Own)]
    [InlineData("bank-a", Relation.Shared)]
    [InlineData("bank-b", Relation.Other)]
    public void RelationOf_CustodianOwnerAndStranger(string institution, Relation expected) =>
        Assert.Equal(expected, CaseAccess.RelationOf(institution, Header, [Transfer]));

    [Fact]
    public void VisibleItems_CustodianSeesSharedAndOwn_OwnerSeesOnlyOwn()
    {
        CaseItem[] items = [Item("IT-000001", "bank-a"), Item("IT-000002", "bank-a"), Item("IT-000003", "police-a")];
        Assert.Equal([("IT-000001", Relation.Shared), ("IT-000003", Relation.Own)],
            CaseAccess.VisibleItems("police-a", items, [Transfer]).Select(v => (v.Item.Id, v.Provenance)));
        Assert.Equal(["IT-000001", "IT-000002"], CaseAccess.VisibleItems("bank-a", items, [Transfer]).Select(v => v.Item.Id));
        Assert.Empty(CaseAccess.VisibleItems("bank-b", items, [Transfer]));
    }
}
