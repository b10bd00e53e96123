using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tests.Temporal;

/// <summary>Interning: numeric account numbers (open-addressing table) and other ids (dictionary) give one dense id per distinct text.</summary>
public sealed class AccountTableTests
{
    [Fact]
    public void Intern_NumericAndTextIds_OneIdPerDistinctText()
    {
        var table = new AccountTable();
        string[] ids = ["6222021001234567894", "0", "00", "007", "7", "9999999999999999999", "18446744073709551615", "CASH:ATM-1", "A7", "6222021001234567894 "];
        var dense = ids.Select(table.Intern).ToArray();
        Assert.Equal(Enumerable.Range(0, ids.Length), dense);
        Assert.Equal(dense, ids.Select(table.Intern));
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(ids[i], table.NameOf(dense[i]));
            Assert.True(table.TryGetId(ids[i], out var found));
            Assert.Equal(dense[i], found);
        }

        Assert.Equal(dense, ids.Select(i => table.Intern(i.AsSpan())));
        Assert.Equal(ids.Length, table.Intern("6222021001234567895".AsSpan()));
        Assert.Equal(ids.Length + 1, table.Intern("B7".AsSpan()));
        Assert.Equal("B7", table.NameOf(ids.Length + 1));
        Assert.False(table.TryGetId("6222021001234567896", out _));
        Assert.False(table.TryGetId("07", out _));
        Assert.True(table.Has(table.Intern("CASH:ATM-1"), AccountFlags.Cash));
        Assert.Throws<ArgumentException>(() => table.Intern(" "));
    }

    [Fact]
    public void Intern_ManyAccounts_GrowsAndKeepsEveryId()
    {
        // Starts small so the open-addressing table grows several times.
        var table = new AccountTable(4);
        var names = Enumerable.Range(0, 50_000).Select(i => (6_222_000_000_000_000_000UL + ((ulong)i * 7_919UL)).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var n in names)
        {
            table.Intern(n);
        }

        Assert.Equal(names.Length, table.Count);
        for (var i = 0; i < names.Length; i += 997)
        {
            Assert.Equal(i, table.Intern(names[i]));
            Assert.Equal(names[i], table.NameOf(i));
        }
    }
}
