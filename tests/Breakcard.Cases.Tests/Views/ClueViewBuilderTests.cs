using Breakcard.Cases.Access;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Sharing;
using Breakcard.Cases.Views;

namespace Breakcard.Cases.Tests.Views;

/// <summary>A recipient's view of a clue is built from its shares only.</summary>
public sealed class ClueViewBuilderTests
{
    private static readonly Caller Bank = new("analyst@bank-a", Role.Analyst, "bank-a", InstitutionKind.Bank);
    private static readonly Caller Police = new("investigator@police-a", Role.Investigator, "police-a", InstitutionKind.Police);
    private static readonly Caller OtherPolice = new("investigator@police-b", Role.Investigator, "police-b", InstitutionKind.Police);

    private static readonly Clue Clue = new("CL-000001", "bank-a", new ClueDraft(ClueSource.Alert, "A17", Samples.Card(1), Samples.Identity(1), Samples.Name(), "P1",
        87, [new ClueReason("PASS_THROUGH", "out within 20 minutes")], ["T1", "T2"], null, "internal: customer is a branch manager's nephew"),
        ClueStatus.Open, null, DateTimeOffset.UnixEpoch, "analyst@bank-a", 3);

    private static Share ShareOf(string to, params ClueField[] fields) =>
        new("SH-000001", ShareSubject.Clue, Clue.Id, "bank-a", to, [.. fields], [], "report", DateTimeOffset.UnixEpoch, "supervisor@bank-a");

    [Fact]
    public void Build_Owner_SeesEveryPart()
    {
        var v = ClueViewBuilder.Build(Bank, Clue, [], new Revealer(Bank, reveal: false))!;
        Assert.Equal(Relation.Own, v.Relation);
        Assert.Equal(Enum.GetValues<ClueField>().Length, v.Fields.Length);
        Assert.Equal(Clue.Content.Summary, v.Summary);
        Assert.Equal(3, v.Version);
        Assert.Equal(Samples.Card(1).Masked, v.Subject);
    }

    [Fact]
    public void Build_Recipient_SeesOnlySharedParts()
    {
        var share = ShareOf("police-a", ClueField.Subject, ClueField.Reasons);
        var v = ClueViewBuilder.Build(Police, Clue, [share], new Revealer(Police, reveal: false))!;
        Assert.Equal(Relation.Shared, v.Relation);
        Assert.Equal([ClueField.Subject, ClueField.Reasons], v.Fields);
        Assert.NotNull(v.Subject);
        Assert.Single(v.Reasons);
        Assert.Null(v.HolderIdentity);
        Assert.Null(v.HolderName);
        Assert.Null(v.HolderRef);
        Assert.Null(v.Risk);
        Assert.Empty(v.EvidenceEventIds);
        Assert.Null(v.SourceRef);
        Assert.Null(v.Summary);
        Assert.Null(v.Status);
        Assert.Null(v.Version);
        Assert.Equal(["SH-000001"], v.ShareIds);
    }

    [Fact]
    public void Build_RecipientRevealing_UnmasksSharedPartsOnlyAndRecordsThem()
    {
        var share = ShareOf("police-a", ClueField.Subject);
        var revealer = new Revealer(Police, reveal: true);
        var v = ClueViewBuilder.Build(Police, Clue, [share], revealer)!;
        Assert.Equal(Samples.Card(1).Reveal(), v.Subject);
        var r = Assert.Single(revealer.Revealed);
        Assert.Equal(new RevealedIdentifier("CL-000001", Breakcard.Cases.Identifiers.IdentifierKind.BankCard, Samples.Card(1).Masked), r);
    }

    [Fact]
    public void Build_ShareToAnotherInstitution_GivesNothing()
    {
        Assert.Null(ClueViewBuilder.Build(OtherPolice, Clue, [ShareOf("police-a", ClueField.Subject)], new Revealer(OtherPolice, false)));
    }
}
