namespace Breakcard.Graph.Temporal.Internal;

/// <summary>
/// Packs a short text account id — 1 to <see cref="MaxLength"/> printable ASCII characters
/// ('!'…'~', no space) — into a 64-bit key, seven bits per character, the first character in the
/// lowest bits (ADR 0225). Every character is at least 0x21, so no character group of a packed id
/// is zero and the first zero group marks the end: the mapping is one to one and
/// <see cref="Unpack"/> gives back the exact text. Such ids (another institution's "A00000123")
/// are then interned like account numbers — one integer hashed and compared inside the table's
/// slot — instead of through a string dictionary whose every lookup reads a string elsewhere in
/// memory. Longer ids and ids with other characters are not packed and keep the dictionary.
/// </summary>
internal static class PackedTextKey
{
    /// <summary>Nine groups of seven bits fill 63 bits.</summary>
    public const int MaxLength = 9;

    private const int Bits = 7;
    private const ulong GroupMask = (1UL << Bits) - 1;

    /// <summary>Packs <paramref name="text"/>; false (key 0) when it is empty, longer than
    /// <see cref="MaxLength"/> or holds a character outside '!'…'~'.</summary>
    public static bool TryPack(ReadOnlySpan<char> text, out ulong key)
    {
        key = 0;
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        var value = 0UL;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            // '!' (0x21) … '~' (0x7E): subtracting wraps anything below into a large value.
            var c = text[i];
            if (unchecked((uint)(c - '!')) > '~' - '!')
            {
                return false;
            }

            value = (value << Bits) | c;
        }

        key = value;
        return true;
    }

    /// <summary>The text of a key made by <see cref="TryPack"/>.</summary>
    public static string Unpack(ulong key)
    {
        var length = 0;
        for (var k = key; k != 0; k >>= Bits)
        {
            length++;
        }

        return string.Create(length, key, static (chars, k) =>
        {
            for (var i = 0; i < chars.Length; i++, k >>= Bits)
            {
                chars[i] = (char)(k & GroupMask);
            }
        });
    }
}
