using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Breakcard.Cases.Audit;
using CsCheck;

namespace Breakcard.Cases.Tests.Audit;

/// <summary>The canonical encoding and hash of audit entries.</summary>
public sealed class AuditHasherTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Compute_KnownEntry_EqualsHashOfTheDocumentedEncoding()
    {
        // Build the encoding of docs/cases.md by hand: tag, sequence, time, actor, institution,
        // action, subject, details (each length-prefixed), then the 32 raw bytes of the previous hash.
        using var bytes = new MemoryStream();
        void Field(string s)
        {
            var b = Encoding.UTF8.GetBytes(s);
            var len = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(len, b.Length);
            bytes.Write(len);
            bytes.Write(b);
        }

        Field("breakcard.audit/1");
        var seq = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(seq, 42);
        bytes.Write(seq);
        Field("2026-11-22T02:00:00.000000Z");
        Field("li@bank-a");
        Field("bank-a");
        Field("case.open");
        Field("case:CS-000001");
        Field("{\"clue\":null}");
        bytes.Write(new byte[32]);
        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));

        Assert.Equal(expected, AuditHasher.Compute(42, At, "li@bank-a", "bank-a", "case.open", "case:CS-000001", "{\"clue\":null}", AuditHasher.Genesis));
    }

    [Fact]
    public void Compute_FieldBoundaries_CannotBeShifted()
    {
        // Without length prefixes "ab"+"c" and "a"+"bc" would encode alike.
        var a = AuditHasher.Compute(1, At, "ab", "c", "x", "y", "{}", AuditHasher.Genesis);
        var b = AuditHasher.Compute(1, At, "a", "bc", "x", "y", "{}", AuditHasher.Genesis);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Compute_AnyFieldChanged_ChangesTheHash()
    {
        var entry = MemoryAuditLog.With(3).Entries[2];
        Gen.Int[0, 7].Select(Gen.String[Gen.Char.AlphaNumeric, 1, 20]).Sample((field, text) =>
        {
            var changed = field switch
            {
                0 => entry with { Sequence = entry.Sequence + text.Length },
                1 => entry with { At = entry.At.AddTicks(10 * text.Length) },
                2 => entry with { Actor = entry.Actor + text },
                3 => entry with { InstitutionId = entry.InstitutionId + text },
                4 => entry with { Action = entry.Action + text },
                5 => entry with { Subject = entry.Subject + text },
                6 => entry with { Details = entry.Details + text },
                _ => entry with { PreviousHash = AuditHasher.Compute(entry with { Details = text }) },
            };
            return AuditHasher.Compute(changed) != entry.Hash;
        });
    }

    [Fact]
    public void Truncate_KeepsWholeMicroseconds()
    {
        var t = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567);
        Assert.Equal(1234560, AuditHasher.Truncate(t).UtcTicks % 10_000_000);
        Assert.Equal(TimeSpan.Zero, AuditHasher.Truncate(t).Offset);
        Assert.Equal("2025-12-31T16:00:00.123456Z", AuditHasher.TimeText(t));
    }

    [Fact]
    public void Next_LinksToHeadAndCountsOn()
    {
        var log = MemoryAuditLog.With(2);
        Assert.Equal(AuditHasher.Genesis, log.Entries[0].PreviousHash);
        Assert.Equal(log.Entries[0].Hash, log.Entries[1].PreviousHash);
        Assert.Equal(new AuditCheckpoint(2, log.Entries[1].Hash), log.Head);
    }
}
