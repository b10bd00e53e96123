using System.Globalization;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard's engine holds state for the entities it applies, not for every identifier of the
/// stream (ADR 0335): at N shards each shard's entity state is about 1/N of the whole, plus what it
/// shares — the slot maps (4 B per identifier) and the holders.
/// </summary>
public sealed class ShardStateTests
{
    [Fact]
    public void EntityState_AtOneToSixShards_EachShardHoldsAboutItsShare()
    {
        var events = TestWorld.Events();
        var one = Run(events, 1)[0];
        var whole = SlotBytes(one);
        var report = new List<string> { string.Create(CultureInfo.InvariantCulture, $"1 shard: {whole:N0} B of slots") };
        foreach (var shards in (int[])[2, 3, 6])
        {
            var sessions = Run(events, shards);
            var slots = sessions.Select(SlotBytes).ToArray();
            var total = sessions.Select(s => s.Engine.EntityStateBytes).ToArray();
            report.Add(string.Create(CultureInfo.InvariantCulture,
                $"{shards} shards: slots per shard {string.Join(" / ", slots.Select(b => b.ToString("N0", CultureInfo.InvariantCulture)))} B, with maps and holders {string.Join(" / ", total.Select(b => b.ToString("N0", CultureInfo.InvariantCulture)))} B"));
            // Each shard's slots: its share of the whole, with room for the hash's imbalance. Holding
            // every identifier's slot (before ADR 0335) gives each shard about the whole.
            Assert.All(slots, b => Assert.InRange(b, 1, whole * 1.3 / shards));
            // Together, the shards hold the whole once, plus what more than one shard applies (a
            // relay group's logins and SMS reach every shard of the group, ADR 0207).
            Assert.InRange(slots.Sum(), whole, whole * 1.1);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, report));
    }

    [Fact]
    public void IdentifierTables_AtTwoToSixShards_EachShardHoldsItsShareOfTheTexts_AndNoProfilePerStreamIdentifier()
    {
        var events = TestWorld.Events();
        var asOf = DateOnly.FromDateTime(events[0].Time.ToOffset(TimeSpan.FromHours(8)).DateTime);
        // The whole, as the gateway (and a single process) holds it: the entity files' and every
        // identifier of the stream, each with its text and profile.
        var loaded = TestWorld.Reference.Build(asOf);
        var loadedProfiles = loaded.ProfileBytes();
        var gateway = Numbered(events, asOf);

        var (texts, profiles) = (gateway.TextBytes(), gateway.ProfileBytes());
        var counts = string.Join(" / ", EntityFingerprint.Interners(gateway).Select(i => i.Count.ToString("N0", CultureInfo.InvariantCulture)));
        var indexes = EntityFingerprint.Interners(gateway).Sum(i => (long)i.Count);
        var report = new List<string> { string.Create(CultureInfo.InvariantCulture, $"whole: texts {texts:N0} B, profiles {profiles:N0} B (entity files' {loadedProfiles:N0} B); accounts / phones / devices / IPs / cells {counts}, holders {gateway.Holders.Count:N0}") };
        foreach (var shards in (int[])[2, 3, 6])
        {
            var sessions = RunOnOwnCopies(events, shards, asOf);
            var shardTexts = sessions.Select(s => s.Engine.Reference.TextBytes()).ToArray();
            var shardProfiles = sessions.Select(s => s.Engine.Reference.ProfileBytes()).ToArray();
            var tables = sessions.Select(s => s.IdentifierBytes).ToArray();
            var maps = sessions.Select(s => s.Engine.EntityStateBytes - s.Engine.EntitySlotBytes).ToArray();
            var slotMaps = sessions.Select(s => s.Engine.EntityMapBytes).ToArray();
            report.Add(string.Create(CultureInfo.InvariantCulture,
                $"{shards} shards: texts {Join(shardTexts)} B, profiles {Join(shardProfiles)} B, identifier tables with the owner cache {Join(tables)} B, slot maps and holders {Join(maps)} B, of which slot maps {Join(slotMaps)} B"));
            // Slot maps (ADR 0378): a table sized by the entities a shard holds, with its slot →
            // entity list, under what the dense map by index alone cost (4 B per index of the
            // stream, on every shard, before ADR 0378) from 3 shards on. At 2 a shard holds half
            // the entities and the table with its list comes to ≈ 5–6 B per index: smaller than the
            // dense map with its list and its doubled capacity (measured), not than 4 B per index.
            if (shards >= 3)
            {
                Assert.All(slotMaps, b => Assert.InRange(b, 1, indexes * 4L * (shards >= 6 ? 0.6 : 1.0)));
            }
            // A shard keeps the texts of its own accounts, numbers and holders (ADR 0358): its share.
            // Every identifier's text on every shard (before ADR 0358) is the whole on each.
            Assert.All(shardTexts, b => Assert.InRange(b, 1, texts * 1.3 / shards));
            // Profiles: none per identifier of the stream (only its cash points; before ADR 0358
            // every shard grew them with the stream, as the gateway), and of the entity files' its
            // share in full plus 5 B per other account and number, and the device owners (ADR 0378).
            // Every profile of the files on every shard (before ADR 0378) is the whole on each.
            var others = (5.2 * (loaded.Accounts.Count + loaded.Phones.Count)) + (4.0 * loaded.Devices.Count) + (0.2 * loaded.HolderCount);
            Assert.All(shardProfiles, b => Assert.InRange(b, 1, (loadedProfiles * 1.3 / shards) + others + ((profiles - loadedProfiles) / 10)));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, report));
    }

    private static string Join(long[] bytes) => string.Join(" / ", bytes.Select(b => b.ToString("N0", CultureInfo.InvariantCulture)));

    [Fact]
    public void Snapshot_OfAShardWithLocalSlots_RestoresToTheSameSlots()
    {
        var events = TestWorld.Events();
        var restored = 0;
        var expected = TestWorld.SingleProcessWithEntities;

        var (actual, _) = InProcess.Run(events, 3, 2_000, TestWorld.Reference, DetectionOptions.Default, (batches, shard, session) =>
        {
            if (batches != 4)
            {
                return session;
            }

            // Over the entity files the run's shards share (ADR 0451), as the run's own sessions are.
            var copy = new ShardSession(shard, session.Files!, session.Engine.Options, session.Engine.Model);
            copy.Restore(session.Snapshot());
            Assert.Equal(session.Engine.Accounts.Entities.ToArray(), copy.Engine.Accounts.Entities.ToArray());
            Assert.Equal(session.Engine.Phones.Entities.ToArray(), copy.Engine.Phones.Entities.ToArray());
            Assert.Equal(session.Engine.EntitySlotBytes, copy.Engine.EntitySlotBytes);
            Assert.Equal(session.Engine.Reference.IdentifierBytes(), copy.Engine.Reference.IdentifierBytes());
            restored++;
            return copy;
        });

        Assert.Equal(3, restored);
        Outputs.AssertIdentical(expected, actual);
    }

    [Theory]
    [InlineData(3)] // ADR 0335's: every identifier's text, byte steps.
    [InlineData(4)] // ADR 0358's: the held texts, byte steps (before ADR 0361's long steps).
    public void Snapshot_WrittenInAnEarlierFormat_IsRead_IntoTheSameTables_AndEndsAsTheSingleProcess(int format)
    {
        var events = TestWorld.Events();
        var asOf = DateOnly.FromDateTime(events[0].Time.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var gateway = Numbered(events, asOf);

        var restored = 0;
        var (actual, _) = InProcess.Run(events, 3, 2_000, TestWorld.Reference, DetectionOptions.Default, (batches, shard, session) =>
        {
            if (batches != 4)
            {
                return session;
            }

            // Read into what this shard keeps, over a copy of the files of its own (as a silo's shard,
            // ADR 0451): the same tables as today's format read into such a copy.
            var copy = new ShardSession(shard, 3, TestWorld.Reference.Build(asOf), session.Engine.Options, session.Engine.Model);
            copy.Restore(OlderShardCheckpoint.From(session.Snapshot(), gateway, format));
            var current = new ShardSession(shard, 3, TestWorld.Reference.Build(asOf), session.Engine.Options, session.Engine.Model);
            current.Restore(session.Snapshot());
            foreach (var (a, b) in EntityFingerprint.Interners(session.Engine.Reference).Zip(EntityFingerprint.Interners(copy.Engine.Reference)))
            {
                Assert.Equal(a.Count, b.Count);
                Assert.Equal(a.HeldFrom(0), b.HeldFrom(0));
            }

            Assert.Equal(session.Engine.Reference.StreamCash.Order(), copy.Engine.Reference.StreamCash.Order());
            Assert.Equal(current.Engine.Reference.IdentifierBytes(), copy.Engine.Reference.IdentifierBytes());
            restored++;
            return copy;
        });

        Assert.Equal(3, restored);
        Outputs.AssertIdentical(TestWorld.SingleProcessWithEntities, actual);
    }

    /// <summary>The entity files' reference with every identifier of <paramref name="events"/> numbered, as the gateway holds it.</summary>
    private static Breakcard.Detection.Reference.ReferenceData Numbered(IReadOnlyList<Breakcard.Cluster.Grains.WireEvent> events, DateOnly asOf)
    {
        var gateway = TestWorld.Reference.Build(asOf);
        var log = new StreamKeyLog(gateway);
        foreach (var e in events)
        {
            log.Add(e);
        }

        return gateway;
    }

    private static long SlotBytes(ShardSession session) => session.Engine.EntitySlotBytes;

    private static ShardSession[] Run(IReadOnlyList<Breakcard.Cluster.Grains.WireEvent> events, int shards)
    {
        var sessions = new ShardSession[shards];
        InProcess.Run(events, shards, 2_000, TestWorld.Reference, DetectionOptions.Default, (_, shard, session) => sessions[shard] = session);
        return sessions;
    }

    /// <summary>
    /// As <see cref="Run(IReadOnlyList{Breakcard.Cluster.Grains.WireEvent}, int)"/>, each shard moved after the first
    /// batch onto a copy of the entity files of its own, as a silo's shard holds them (ADR 0451: the
    /// in-process run's shards share one copy, whose tables no shard counts as its own).
    /// </summary>
    private static ShardSession[] RunOnOwnCopies(IReadOnlyList<Breakcard.Cluster.Grains.WireEvent> events, int shards, DateOnly asOf)
    {
        var sessions = new ShardSession[shards];
        InProcess.Run(events, shards, 2_000, TestWorld.Reference, DetectionOptions.Default, (batches, shard, session) =>
        {
            if (batches == 1)
            {
                var own = new ShardSession(shard, shards, TestWorld.Reference.Build(asOf), session.Engine.Options, session.Engine.Model);
                own.Restore(session.Snapshot());
                session = own;
            }

            return sessions[shard] = session;
        });
        return sessions;
    }
}
