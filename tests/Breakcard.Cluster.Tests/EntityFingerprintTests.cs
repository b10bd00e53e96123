using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The entity fingerprint (ADR 0247), taken at the gateway and at every shard's start, is the
/// same value as before ADR 0418 — the checkpoints and the gateway's refusal compare it — while
/// encoding the keys into one buffer instead of an array per key.
/// </summary>
public sealed class EntityFingerprintTests
{
    [Fact]
    public void Of_TheTestCitysEntityFiles_IsTheHashOfTheLengthPrefixedKeys_WithoutAnArrayPerKey()
    {
        var reference = TestWorld.Reference.Build(new DateOnly(2026, 11, 22));
        // Non-ASCII and a key longer than the encoding buffer, in the stream's part.
        reference.InternAccount("账户-" + new string('9', 400));
        reference.Devices.Intern("设备-7");
        var keys = EntityFingerprint.Interners(reference).Sum(i => i.Count);
        Assert.True(keys > 5_000, $"{keys} keys");

        EntityFingerprint.Of(reference);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var fingerprint = EntityFingerprint.Of(reference);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Expected(reference), fingerprint);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{allocated:N0} B for {keys:N0} keys"));
        // Before ADR 0418 an array per key: ≥ 24 B of header and length each (≈ 40 B per key here).
        Assert.InRange(allocated, 0, 4_096);
    }

    // The fingerprint as ADR 0247 defined it, computed here the plain way.
    private static ulong Expected(ReferenceData reference)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var interner in EntityFingerprint.Interners(reference))
        {
            hash.AppendData(BitConverter.GetBytes(interner.Count));
            foreach (var key in interner.Keys)
            {
                hash.AppendData(BitConverter.GetBytes(key.Length));
                hash.AppendData(Encoding.UTF8.GetBytes(key));
            }
        }

        return BitConverter.ToUInt64(hash.GetHashAndReset());
    }
}
