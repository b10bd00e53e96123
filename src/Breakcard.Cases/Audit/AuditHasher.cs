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
        ArgumentNullException.ThrowIfNull(previousHash);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Field(hash, Tag);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, sequence);
        hash.AppendData(number);
        Text(hash, TimeText(at));
        Text(hash, actor);
        Text(hash, institutionId);
        Text(hash, action);
        Text(hash, subject);
        Text(hash, details);
        if (!IsHash(previousHash))
        {
            // A malformed stored value must still hash deterministically (verification reports it).
            Text(hash, previousHash);
        }
        else
        {
            hash.AppendData(Convert.FromHexString(previousHash));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
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

    private static void Text(IncrementalHash hash, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Field(hash, Encoding.UTF8.GetBytes(text));
    }

    private static void Field(IncrementalHash hash, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
