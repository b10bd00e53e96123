using Breakcard.Detection.State;

namespace Breakcard.Detection.Tests.State;

/// <summary>A local-slot store's map holds the entities it was given, whatever their indexes (ADR 0378).</summary>
public sealed class SlotTableTests
{
    [Fact]
    public void Find_AfterAdd_IsEachEntitysSlot_AndMinusOneForAnyOther_ThroughEveryGrowth()
    {
        var random = new Random(7);
        var table = new SlotTable();
        var entityOf = new int[5_000];
        var slotOf = new Dictionary<int, int>();
        for (var slot = 0; slot < entityOf.Length; slot++)
        {
            int index;
            do
            {
                index = random.Next(0, 50_000_000);
            }
            while (slotOf.ContainsKey(index));

            Assert.Equal(-1, table.Find(index, entityOf));
            entityOf[slot] = index;
            table.Add(index, slot, entityOf);
            slotOf[index] = slot;
        }

        foreach (var (index, slot) in slotOf)
        {
            Assert.Equal(slot, table.Find(index, entityOf));
        }

        for (var k = 0; k < 10_000; k++)
        {
            var other = random.Next(0, 50_000_000);
            Assert.Equal(slotOf.GetValueOrDefault(other, -1), table.Find(other, entityOf));
        }
    }

    [Fact]
    public void Bytes_FollowTheEntitiesHeld_NotTheirIndexes()
    {
        var table = new SlotTable();
        var entityOf = new int[1_000];
        for (var slot = 0; slot < entityOf.Length; slot++)
        {
            // Indexes of a stream of 100 million: a dense map would be 400 MB.
            entityOf[slot] = slot * 100_000;
            table.Add(entityOf[slot], slot, entityOf);
        }

        // 4 B an entry at a load of 3/8 to 3/4: 5.3–10.7 B an entity held.
        Assert.InRange(table.Bytes, 1_000 * 16 / 3, 1_000 * 32 / 3);
        Assert.Equal(999, table.Find(99_900_000, entityOf));
    }
}
