using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The in-process run's shards share one copy of the entity files (ADR 0451): every session reads
/// the same <see cref="SharedEntityFiles"/>, holding the texts of its own identifiers only, and a
/// shard restored from its checkpoint over the shared copy ends the stream as the single process does.
/// </summary>
public sealed class SharedEntityFilesTests
{
    private static readonly DetectionOptions Sharded = LocalIndicators.Apply(DetectionOptions.Default);

    [Fact]
    public void InProcessRun_ShardsReadOneCopy_AndAShardRestoredOverItEndsAsTheSingleProcess()
    {
        const int shards = 3;
        var expected = TestWorld.RunSingle(TestWorld.Events(), TestWorld.Reference, Sharded);
        var seen = new SharedEntityFiles?[shards];
        var texts = new int[shards];
        var restored = 0;
        var (actual, _) = InProcess.Run(TestWorld.Events(), shards, 500, TestWorld.Reference, Sharded, (batch, k, session) =>
        {
            Assert.NotNull(session.Files);
            seen[k] ??= session.Files;
            Assert.Same(seen[0], session.Files);
            texts[k] = session.Engine.Reference.Accounts.Held;
            if (restored > 0 || batch < 20 || k != 1 || session.Alerts.Count == 0)
            {
                return session;
            }

            // A restored shard takes its reference data from the same shared copy (as a silo's would).
            var copy = new ShardSession(k, session.Files, Sharded, new PointsModel(Sharded));
            copy.Restore(session.Snapshot());
            restored++;
            return copy;
        });

        Assert.Equal(1, restored);
        Outputs.AssertIdentical(expected, actual);

        // Each shard holds the texts of its own accounts only: together every account of the files once
        // (and the stream's own), none twice.
        var files = TestWorld.Reference.Build(new DateOnly(2000, 1, 1)).Accounts.Count;
        Assert.All(texts, t => Assert.InRange(t, 1, files - 1));
        Assert.True(texts.Sum() >= files, $"{texts.Sum()} account texts held by the shards, {files} in the files");
    }

    [Fact]
    public void ShardsOverOneCopy_ShareItsReadinessGroups_AndKeyAsAShardOverACopyOfItsOwnDoes()
    {
        // A relay group across holders (ADR 0203), so the groups merge keys and are not vacuous.
        var w = RelayWorld.Build([3], (o, account, phone) => o.OfAccount(account) != o.OfPhone(phone));
        var files = new SharedEntityFiles(w.Reference.Build(w.AsOf), 3);
        var sessions = Enumerable.Range(0, 3).Select(k => new ShardSession(k, files, Sharded, new PointsModel(Sharded))).ToArray();
        var own = new ShardReadiness(w.Reference.Build(w.AsOf), Sharded);
        var reference = w.Reference.Build(w.AsOf);
        var (account, phone) = (reference.Accounts.Find(w.Account), reference.Phones.Find(w.Phone));

        // Computed once (ADR 0462): every shard reads the same groups.
        Assert.True(files.Groups.Merged > 0, "the relay world merges an account with another holder's phone");
        Assert.All(sessions, s => Assert.Same(files.Groups, s.Readiness.Groups));
        foreach (var s in sessions)
        {
            Assert.Equal(s.Readiness.ReceiverKey(phone: false, account), s.Readiness.ReceiverKey(phone: true, phone));
            Assert.Equal(
                Enumerable.Range(0, reference.Accounts.Count).Select(a => own.ReceiverKey(phone: false, a)),
                Enumerable.Range(0, reference.Accounts.Count).Select(a => s.Readiness.ReceiverKey(phone: false, a)));
            Assert.Equal(
                Enumerable.Range(0, reference.Phones.Count).Select(p => own.ReceiverKey(phone: true, p)),
                Enumerable.Range(0, reference.Phones.Count).Select(p => s.Readiness.ReceiverKey(phone: true, p)));
        }

        // Groups are of one set of files: another's are refused.
        Assert.Throws<ArgumentException>(() => new ShardReadiness(ReferenceData.Empty(), Sharded, files.Groups));
    }

    [Fact]
    public void InternerOverSharedKeys_HoldsWhatItSelects_GrowsOnItsOwn_AndLeavesTheSharedOneAsItWas()
    {
        var shared = new StringInterner();
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            shared.Intern(key);
        }

        var even = StringInterner.Over(shared, i => i % 2 == 0);
        var odd = StringInterner.Over(shared, i => i % 2 == 1);
        Assert.Equal((4, 2), (even.Count, even.Held));
        Assert.Equal((0, -1, 2), (even.Find("a"), even.Find("b"), even.Find("c")));
        Assert.Equal("c", even.KeyOf(2));
        Assert.False(even.TryKeyOf(1, out _));
        Assert.Equal([true, false, true, false], Enumerable.Range(0, 4).Select(even.Holds));

        // A key of the files this one does not hold is new to it, as after Retain on a copy (ADR 0358).
        Assert.Equal(4, even.Intern("b"));
        Assert.Equal(5, even.Skip());
        Assert.Equal(6, even.Intern("e"));
        Assert.Equal([(0, "a"), (2, "c"), (4, "b"), (6, "e")], even.HeldFrom(0).Select(k => (k.Key, k.Value)));
        Assert.Equal([(6, "e")], even.HeldFrom(5).Select(k => (k.Key, k.Value)));

        Assert.Equal(4, odd.Intern("e"));
        Assert.Equal(1, odd.Find("b"));
        Assert.Equal(["a", "b", "c", "d"], shared.Keys);
        Assert.Equal((4, -1), (shared.Count, shared.Find("e")));
        Assert.Throws<InvalidOperationException>(() => even.Retain(_ => true));
    }
}
