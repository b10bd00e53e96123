using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Evaluation;
using Breakcard.Core;
using Breakcard.Core.Errors;
using Breakcard.Legal.Facts;

namespace Breakcard.Cases.Tests.Evaluation;

public sealed class CaseFactsBuilderTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static CaseItem Item(int n, CaseItemContent content) => new($"IT-{n:000000}", "CS-000001", DateTimeOffset.UnixEpoch, "u", "police-a", content);

    private static Party P(Breakcard.Cases.Identifiers.Identifier id) => new(id, null);

    [Fact]
    public void Build_HandComputedCase_SumsInflowToOwnCardsAndCountsDealtCards()
    {
        var birth = new DateOnly(2004, 6, 1);
        CaseItem[] items =
        [
            Item(1, new SuspectContent(Samples.Identity(1, birth), null, null, "seller")),
            Item(2, new CardContent(Samples.Card(1), CardKind.BankCard, CardHolder.Own, Dealing.Sold, null, null)),
            Item(3, new CardContent(Samples.Card(2), CardKind.BankCard, CardHolder.Own, Dealing.Sold, null, null)),
            Item(4, new CardContent(Samples.Card(3), CardKind.BankCard, null, Dealing.Rented, null, null)),
            Item(5, new PhoneContent(Samples.Phone(1), CardKind.PhoneCard, CardHolder.Others, Dealing.Sold, null)),
            Item(6, new TransactionContent("T1", Day, P(Samples.Card(9)), P(Samples.Card(1)), Money.FromYuan(150_000), "transfer")),
            Item(7, new TransactionContent("T2", Day.AddHours(15), P(Samples.Card(8)), P(Samples.Card(2)), Money.FromYuan(60_000), "transfer")),
            Item(8, new TransactionContent("T3", Day.AddHours(1), P(Samples.Card(1)), P(Samples.Card(7)), Money.FromYuan(149_000), "transfer")),
            Item(9, new TransactionContent("T4", Day.AddHours(2), P(Samples.Card(6)), P(Samples.Card(5)), Money.FromYuan(1_000_000), "transfer")),
        ];

        var facts = CaseFactsBuilder.Build("CS-000001", items);

        Assert.Equal(new DateOnly(2025, 3, 2), facts.ConductDate); // T2 at 01:00 China time on 2 March
        Assert.Equal(Money.FromYuan(210_000), facts.Act.Settlement); // T1 + T2 into the case's cards; T3 goes out, T4 is elsewhere
        Assert.Equal(Money.FromYuan(210_000), facts.Act.Inflow!.OneWayInflow);
        Assert.Null(facts.Act.Inflow.VerifiedFraudMoney);
        Assert.Equal([new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 2), new CardDealing(CardKind.PhoneCard, CardHolder.Others, Dealing.Sold, 1)], facts.Act.Cards);
        Assert.Equal([HelpKind.PaymentSettlement, HelpKind.OtherHelp], facts.HelpKinds);
        Assert.Equal(birth, facts.Defendant.BirthDate);
        Assert.Null(facts.Act.IllegalGains);
        Assert.Null(facts.HelpedCrimeVerified);
        Assert.Empty(facts.Validate());
    }

    [Fact]
    public void Build_TwoSuspects_LeavesBirthDateUnknown()
    {
        CaseItem[] items =
        [
            Item(1, new SuspectContent(Samples.Identity(1), null, null, null)),
            Item(2, new SuspectContent(Samples.Identity(2), null, null, null)),
            Item(3, new TransactionContent("T1", Day, P(Samples.Card(9)), P(Samples.Card(1)), Money.FromYuan(10), null)),
        ];
        var facts = CaseFactsBuilder.Build("CS-000001", items);
        Assert.Null(facts.Defendant.BirthDate);
        Assert.Equal([HelpKind.OtherHelp], facts.HelpKinds); // no money into the case's own cards
        Assert.Null(facts.Act.Settlement);
    }

    [Fact]
    public void Build_NoTransactions_SaysWhatIsMissing()
    {
        var ex = Assert.Throws<InvalidInputException>(() => CaseFactsBuilder.Build("CS-000003", [Item(1, new NoteContent("n"))]));
        Assert.Equal("case CS-000003: field 'transactions': the case has no evidence transactions to date the conduct; add transactions, or evaluate with a facts file (--facts)", ex.Message);
    }
}
