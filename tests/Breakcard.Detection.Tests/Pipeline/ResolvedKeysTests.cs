using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Tests.Pipeline;

/// <summary>Indexes resolved ahead from an interner snapshot (ADR 0163) give the same run as interning every string.</summary>
public sealed class ResolvedKeysTests : IDisposable
{
    private readonly SessionFolder _folder = new("breakcard-keys-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Process_IndexesFromASnapshotTakenMidway_SameOutputsAsInterningEveryString(int seed)
    {
        var items = CoreScenario.Build(seed);
        var plainDir = _folder.Path("plain");
        using (var plain = SessionFolder.NewSession(plainDir))
        {
            foreach (var item in items)
            {
                Feed(plain, item, null, null, null);
            }

            plain.Finish();
        }

        // Half the events go in as strings; then the interners are snapshotted and the rest go in
        // with every index the snapshot knows (later keys still -1, interned by the session).
        var resolvedDir = _folder.Path("resolved");
        var hits = 0;
        using (var resolved = SessionFolder.NewSession(resolvedDir))
        {
            var reference = resolved.Engine.Reference;
            InternedKeys? accounts = null, phones = null, devices = null;
            for (var i = 0; i < items.Count; i++)
            {
                if (i == items.Count / 2)
                {
                    (accounts, phones, devices) = (reference.Accounts.Snapshot(), reference.Phones.Snapshot(), reference.Devices.Snapshot());
                }

                hits += Feed(resolved, items[i], accounts, phones, devices);
            }

            resolved.Finish();
        }

        Assert.True(hits > 100, $"only {hits} keys were resolved from the snapshot");
        var (expected, actual) = (SessionFolder.Outputs(plainDir), SessionFolder.Outputs(resolvedDir));
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.NotEmpty(actual.Alerts);
    }

    [Fact]
    public void Snapshot_KeysInternedAfterwards_NotInItButTheInternerStillFindsThem()
    {
        var interner = new StringInterner();
        Assert.Equal(0, interner.Intern("6222020000000001"));
        var snapshot = interner.Snapshot();
        Assert.Equal(1, interner.Intern("6222020000000002"));

        Assert.Equal((1, 0, -1), (snapshot.Count, snapshot.Find("6222020000000001"), snapshot.Find("6222020000000002")));
        Assert.Equal(1, interner.Find("6222020000000002"));
    }

    [Fact]
    public void Process_IndexTheInternerDoesNotHold_Refused()
    {
        using var session = SessionFolder.NewSession(_folder.Path("refused"));
        var known = session.Engine.Reference.InternAccount("6222020000000001");
        var e = new TransactionEvent("T1", new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)), "6222020000000001", "6222020000000002",
            Money.FromYuan(100), Channel.Transfer, null);

        Assert.Throws<ArgumentOutOfRangeException>(() => session.Process(in e, known, known + 5));
    }

    /// <summary>Feeds one item with whatever the snapshots resolve; returns how many keys they resolved.</summary>
    private static int Feed(MonitorSession session, CoreScenario.Item item, InternedKeys? accounts, InternedKeys? phones, InternedKeys? devices)
    {
        var hits = 0;
        int Find(InternedKeys? keys, string? key)
        {
            var i = keys is null || key is null ? -1 : keys.Find(key);
            hits += i >= 0 ? 1 : 0;
            return i;
        }

        if (item.Tx is { } tx)
        {
            session.Process(in tx, Find(accounts, tx.Debit), Find(accounts, tx.Credit));
        }
        else if (item.Call is { } call)
        {
            session.Process(in call, Find(phones, call.Caller), Find(phones, call.Callee), Find(devices, call.Device?.Reveal()));
        }
        else if (item.Sms is { } sms)
        {
            session.Process(in sms, Find(phones, sms.Receiver), Find(phones, sms.Sender), Find(devices, sms.Device?.Reveal()));
        }
        else if (item.Login is { } login)
        {
            session.Process(in login, Find(accounts, login.Account), Find(devices, login.Device.Reveal()));
        }

        return hits;
    }
}
