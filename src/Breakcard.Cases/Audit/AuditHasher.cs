using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Breakcard.Cases.Audit;

/// <summary>
/// The canonical encoding and SHA-256 of audit entries. Every field is written with a 4-byte
/// big-endian length before its UTF-8 bytes (so no choice of text can make two different entries
/// encode alike), the sequence as 8 bytes big-endian, the time as ISO 8601 UTC with microseconds,
/// and the previous hash as its 32 raw bytes, after the domain tag "breakcard.audit/1". Thread safe.
/// </summary>
public static class AuditHasher
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] Tag = Encoding.UTF8.GetBytes("breakcard.audit/1");

    /// <summary>The canonical text of an entry time: UTC, microseconds, "Z".</summary>
    public static string TimeText(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary><paramref name="at"/> in UTC cut to whole microseconds, the precision both stores keep.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    /// <summary>The hash an entry with these fields must carry.</summary>
    public static string Compute(long sequence, DateTimeOffset at, string actor, string institutionId, string action, string subject, string details, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(institutionId);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(previousHash);

        // Implementation note: the encoding is written into one pooled buffer and hashed in one
        // call; verification hashes every entry of the log, so this is its hot path.
        var time = TimeText(at);
        var previousIsHash = IsHash(previousHash);
        var length = (4 + Tag.Length) + 8 + Sized(time) + Sized(actor) + Sized(institutionId) + Sized(action) + Sized(subject) + Sized(details)
            + (previousIsHash ? 32 : Sized(previousHash));
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var buffer = rented.AsSpan(0, length);
            var n = WriteTag(buffer);
            BinaryPrimitives.WriteInt64BigEndian(buffer[n..], sequence);
            n += 8;
            n += WriteText(buffer[n..], time);
            n += WriteText(buffer[n..], actor);
            n += WriteText(buffer[n..], institutionId);
            n += WriteText(buffer[n..], action);
            n += WriteText(buffer[n..], subject);
            n += WriteText(buffer[n..], details);
            if (previousIsHash)
            {
                Convert.FromHexString(previousHash, buffer.Slice(n, 32), out _, out _);
                n += 32;
            }
            else
            {
                // A malformed stored value must still hash deterministically (verification reports it).
                n += WriteText(buffer[n..], previousHash);
            }

            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(buffer[..n], digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        static int Sized(string text) => 4 + Encoding.UTF8.GetByteCount(text);

        static int WriteText(Span<byte> target, string text)
        {
            var count = Encoding.UTF8.GetBytes(text, target[4..]);
            BinaryPrimitives.WriteInt32BigEndian(target, count);
            return 4 + count;
        }
    }

    /// <summary>The hash <paramref name="entry"/> must carry, from its own fields.</summary>
    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Compute(entry.Sequence, entry.At, entry.Actor, entry.InstitutionId, entry.Action, entry.Subject, entry.Details, entry.PreviousHash);
    }

    /// <summary>True for 64 lower-case hex digits.</summary>
    public static bool IsHash(string? text) =>
        text is { Length: 64 } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static int WriteTag(Span<byte> target)
    {
        BinaryPrimitives.WriteInt32BigEndian(target, Tag.Length);
        Tag.CopyTo(target[4..]);
        return 4 + Tag.Length;
    }
}
