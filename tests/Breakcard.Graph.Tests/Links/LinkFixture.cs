using Breakcard.Core.Links;
using Breakcard.Graph.Links;
using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tests.Links;

/// <summary>
/// A hand-built small world with known answers: a dealer D whose handset DV1 operates the cards
/// of P1–P3; money from victim V passes A1 → A2 → cash; a family P4/P5 sharing an address; a
/// public IP shared by twenty people; six companies at one address.
/// </summary>
internal sealed class LinkFixture
{
    public LinkFixture(int ipUsers = 20)
    {
        var b = new EntityGraphBuilder();
        void Holds(string person, string account) => b.Link(EntityKind.Person, person, LinkKind.HoldsAccount, EntityKind.Account, account);
        void Login(string account, string device) => b.Link(EntityKind.Account, account, LinkKind.UsedFromDevice, EntityKind.Device, device);

        foreach (var (p, a) in new[] { ("P1", "A1"), ("P2", "A2"), ("P3", "A3"), ("P4", "A4"), ("P5", "A5"), ("D", "AD"), ("V", "AV") })
        {
            Holds(p, a);
            b.Link(EntityKind.Person, p, LinkKind.OwnsDevice, EntityKind.Device, "DEV-" + p);
            Login(a, "DEV-" + p);
        }

        b.Link(EntityKind.Person, "D", LinkKind.OwnsDevice, EntityKind.Device, "DV1");
        foreach (var a in new[] { "A1", "A2", "A3", "AD" })
        {
            Login(a, "DV1");
        }

        b.Link(EntityKind.Person, "P4", LinkKind.LocatedAt, EntityKind.Address, "Home 7");
        b.Link(EntityKind.Person, "P5", LinkKind.LocatedAt, EntityKind.Address, "Home 7");
        for (var i = 0; i < ipUsers; i++)
        {
            Holds("Q" + i, "AQ" + i);
            b.Link(EntityKind.Account, "AQ" + i, LinkKind.UsedFromIp, EntityKind.Ip, "171.88.1.1");
        }

        for (var i = 1; i <= 6; i++)
        {
            b.Link(EntityKind.Company, "C" + i, LinkKind.LocatedAt, EntityKind.Address, "Room 101, Block 3");
            b.Link(EntityKind.Person, i <= 4 ? "P7" : "P8", LinkKind.LegalRepresentative, EntityKind.Company, "C" + i);
            b.Link(EntityKind.Company, "C" + i, LinkKind.HoldsAccount, EntityKind.Account, "CA" + i);
        }

        Entities = b.Build();
        (_, Transactions) = GraphText.Build(
            "10:00 AV -> A1 10000",
            "10:10 A1 -> A2 9800",
            "10:30 A2 -> CASH:ATM1 9600 atm_cash",
            "11:00 A4 -> A5 200");
    }

    public EntityGraph Entities { get; }

    public TemporalGraph Transactions { get; }
}
