using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 18's held-out disguise, development since round 19, <see cref="Evasion.JobDigest"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class JobDigestTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void JobDigest_PostsTheAdWholeAsOneNumberedEntryAmongOrdinaryJobs(ulong seed)
    {
        const string ad = "出租银行卡，日结300。加微信：kk1234";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.JobDigest], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.JobDigest), applied);
        var lines = text.Split('\n');
        Assert.Contains(lines[0], JobDigest.Headers);
        var entries = lines.Skip(1).ToArray();
        Assert.InRange(entries.Length, 3, 5);
        // Hand-worked numbering: entry n starts "n. ", the n-th circled digit and a space, or 【n】, the same way throughout.
        string[][] styles = [[.. Enumerable.Range(1, entries.Length).Select(n => $"{n}. ")], [.. "①②③④⑤".Take(entries.Length).Select(c => $"{c} ")],
            [.. Enumerable.Range(1, entries.Length).Select(n => $"【{n}】")]];
        var style = Assert.Single(styles, s => entries.Select((e, i) => e.StartsWith(s[i], StringComparison.Ordinal)).All(b => b));
        var bodies = entries.Select((e, i) => e[style[i].Length..]).ToArray();
        Assert.Single(bodies, b => b == ad);
        Assert.All(bodies.Where(b => b != ad), b => Assert.Contains(b, JobDigest.Entries));
        Assert.Equal(bodies.Length - 1, bodies.Where(b => b != ad).Distinct().Count());
    }

    [Fact]
    public void JobDigest_InEnglish_UsesEnglishLines_AndKeepsAMultiLineAdWhole()
    {
        const string ad = "FORM\nRent: your bank card\nPay: 300 a day";
        var (text, _) = EvasionEngine.Apply(ad, [Evasion.JobDigest], [], new SeededRandom(6));
        Assert.Contains(text.Split('\n')[0], JobDigest.EnglishHeaders);
        Assert.Contains("FORM\nRent: your bank card\nPay: 300 a day", text, StringComparison.Ordinal);
        Assert.Contains(JobDigest.EnglishEntries, e => text.Contains(e, StringComparison.Ordinal));
    }

    [Fact]
    public void JobDigest_TablesHoldNoKeyWordContactOrLongNumber()
    {
        string[] added = [.. JobDigest.Headers, .. JobDigest.Entries, .. JobDigest.EnglishHeaders, .. JobDigest.EnglishEntries];
        string[] banned = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords, "卡", "码", "账", "联系", "加", "QQ", "vx", "@", "card", "call", "text", "DM"];
        Assert.All(added, line =>
        {
            Assert.DoesNotMatch(@"\d{4,}", line);
            Assert.DoesNotContain(banned, b => line.Contains(b, StringComparison.OrdinalIgnoreCase));
        });
    }
}
