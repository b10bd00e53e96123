namespace Breakcard.Ingest.Tests.Internal;

public sealed class DuplicateTrackerTests
{
    [Fact]
    public void Add_ManyDistinctIds_AllNewThenAllDuplicate()
    {
        var tracker = new DuplicateTracker();
        for (var i = 0; i < 200_000; i++)
        {
            Assert.True(tracker.Add(IngestEventKind.Transaction, "T" + i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture)));
        }

        for (var i = 0; i < 200_000; i += 997)
        {
            Assert.False(tracker.Add(IngestEventKind.Transaction, "T" + i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(200_000, tracker.Count);
    }

    [Fact]
    public void Add_SameIdOtherKind_IsNotADuplicate()
    {
        var tracker = new DuplicateTracker();
        Assert.True(tracker.Add(IngestEventKind.Transaction, "X1"));
        Assert.True(tracker.Add(IngestEventKind.Call, "X1"));
        Assert.False(tracker.Add(IngestEventKind.Call, "X1"));
    }

    [Fact]
    public void Hash_DiffersForIdsDifferingInOneCharacterOrLength()
    {
        var ids = new[] { "", "a", "b", "ab", "ba", "abcdefgh", "abcdefgi", "abcdefghi", "abcdefgh\0" };
        var hashes = ids.Select(id => DuplicateTracker.Hash(IngestEventKind.Transaction, id)).ToHashSet();
        Assert.Equal(ids.Length, hashes.Count);
    }
}
