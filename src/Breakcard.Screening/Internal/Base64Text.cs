using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 468: a clause or a contact handed to readers as Base64 (5Ye656ef6ZO26KGM5Y2h（base64解码）, "UmVudCB5b3Vy… (base64)"), which they
/// paste into any decoder while a keyword filter sees letters and digits. Read as the text it decodes to, in place, each character shown
/// for the Base64 characters that carry its bytes. Honest ids, hashes, keys and image data are Base64 too, or look like it, so a run is
/// decoded only when all of these hold: it stands alone (no letter, digit, + / or = on either side) and is 8 to 2000 characters long
/// (two Chinese characters make 8; a clause is not a file); it mixes capital and small letters (the Base64 of six or more bytes of text
/// nearly always does; a word, an acronym, a hex hash or a number does not); its bytes are whole UTF-8 (binary — an image, a key, a
/// random id — almost never is); and what it decodes to is text: no control, format, private or unassigned character, and either two or
/// more characters beyond ASCII, every one of them Chinese (CJK, kana, hangul, full-width and Chinese punctuation; "Remittance" decodes
/// to one ideograph among stray marks), with at least half its characters letters or digits, or ASCII of six or more characters at least four fifths
/// letters, digits and spaces. Any other run is read as written.
/// </summary>
internal static partial class Base64Text
{
    /// <summary>A decoded run: the source span it replaces, its text, and where each payload character was written.</summary>
    internal sealed record Decoded(int Start, int End, string Text, Positions At);

    private const int MaxRun = 2000;
    private const int MinAsciiText = 6;
    private const int MinWide = 2;
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text with its Base64 runs of text decoded, or null when it holds none.</summary>
    public static ShownText? Read(string source)
    {
        // ADR 474: the runs a reader still copies whole — the clause in look-alike characters, or wrapped over lines, cue by cue or
        // with spaces between its groups — first; then each run of the alphabet itself, as ADR 468 read it, where none of those stood.
        var decoded = Base64LooseRuns.Find(source);
        // Implementation note (ADR 476): the runs are enumerated without a Match, its groups or the payload's string, and a run is
        // tested on its span before anything is made: most runs (digits, ids, a link's path) fail the length or case test.
        foreach (var run in Run().EnumerateMatches(source))
        {
            // The match is the payload and its padding: the lookarounds take no characters, and the payload cannot hold '='.
            var pad = 0;
            while (pad < 2 && pad < run.Length && source[run.Index + run.Length - 1 - pad] == '=')
            {
                pad++;
            }

            var payload = source.AsSpan(run.Index, run.Length - pad);
            if (payload.Length > MaxRun || Overlaps(decoded, run.Index, run.Index + run.Length) || Decode(payload, pad) is not { } text)
            {
                continue;
            }

            decoded ??= [];
            decoded.Add(new Decoded(run.Index, run.Index + run.Length, text, Positions.Contiguous(run.Index, payload.Length)));
        }

        if (decoded is null)
        {
            return null;
        }

        decoded.Sort((a, b) => a.Start.CompareTo(b.Start));
        var shown = new ShownText();
        var copied = 0;
        foreach (var run in decoded)
        {
            shown.Copy(source, copied, run.Start);
            var bytes = 0;
            foreach (var rune in run.Text.EnumerateRunes())
            {
                // Byte b holds bits [8b, 8b + 8) of the payload, and each Base64 character carries six of them.
                var next = bytes + rune.Utf8SequenceLength;
                var (start, end) = run.At.Span(bytes * 8 / 6, ((next * 8) + 5) / 6);
                foreach (var c in rune.ToString())
                {
                    shown.Add(c, start, end);
                }

                bytes = next;
            }

            copied = run.End;
        }

        shown.Copy(source, copied, source.Length);
        return shown;
    }

    private static bool Overlaps(List<Decoded>? decoded, int start, int end) =>
        decoded is not null && decoded.Exists(d => d.Start < end && start < d.End);

    /// <summary>Decodes <paramref name="payload"/> (its padding counted in), or null when it is not Base64 of text.</summary>
    internal static string? DecodePadded(string payload, int pad) => payload.Length > MaxRun ? null : Decode(payload, pad);

    /// <summary>The text <paramref name="payload"/> encodes, or null when it is not Base64 of text (see the class).</summary>
    private static string? Decode(ReadOnlySpan<char> payload, int pad)
    {
        if (payload.Length % 4 == 1 || (pad > 0 && (payload.Length + pad) % 4 != 0) || !MixesCase(payload))
        {
            return null;
        }

        var padded = payload.Length % 4 == 0 ? payload.ToString() : string.Concat(payload, new string('=', 4 - (payload.Length % 4)));
        var buffer = new byte[padded.Length / 4 * 3];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return null;
        }

        // Implementation note (ADR 476): bytes that are not whole UTF-8 are most of the runs tried on round 29's texts (4,280 of 4,728),
        // and the strict decoder's exception cost more than the rest of the run; Utf8.IsValid answers the same question without one.
        // The decoder stays strict, so a byte sequence the two judged differently would still be refused, as before.
        if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, written)))
        {
            return null;
        }

        string text;
        try
        {
            text = Strict.GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return IsText(text) ? text : null;
    }

    private static bool MixesCase(ReadOnlySpan<char> payload) =>
        payload.IndexOfAnyInRange('A', 'Z') >= 0 && payload.IndexOfAnyInRange('a', 'z') >= 0;

    private static bool IsText(string text)
    {
        var all = 0;
        var letters = 0;
        var spaces = 0;
        var wide = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is not ('\n' or '\t') && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                return false;
            }

            var symbol = !rune.IsAscii && IsSymbol(rune);
            if (!rune.IsAscii && !symbol && !IsChinese(rune))
            {
                return false; // "Remittance" decodes to E颶֧q: a lone ideograph among stray scripts' marks is chance, not text
            }

            all++;
            wide += rune.IsAscii || symbol ? 0 : 1;
            letters += Rune.IsLetterOrDigit(rune) ? 1 : 0;
            spaces += Rune.IsWhiteSpace(rune) ? 1 : 0;
        }

        return wide > 0 ? wide >= MinWide && letters * 2 >= all : all >= MinAsciiText && (letters + spaces) * 5 >= all * 4;
    }

    // ADR 474: the ticks, arrows, shapes, circled numbers, currency signs and emoji an ad puts between its words (已通过 ✔, ▍, ②,
    // £300, 👇); allowed in the decoded text, never
    // counted as its Chinese, so a run that decodes to symbols alone is still no text.
    private static bool IsSymbol(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.CurrencySymbol // £300, €, ₩
        || (rune.Value is (>= 0xA0 and <= 0xBF) or 0xD7 or 0xF7) // Latin-1's marks and signs: · « » ° © ×
        || (rune.Value is (>= 0x2100 and <= 0x2BFF) or (>= 0x1F000 and <= 0x1FAFF) or 0xFE0F
            && Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark);

    // The scripts of the ads this screener reads beyond ASCII: CJK ideographs, radicals, kana, hangul, bopomofo, their punctuation and
    // full-width forms, and the general punctuation (“” …) Chinese text uses.
    private static bool IsChinese(Rune rune) => rune.Value switch
    {
        >= 0x2000 and <= 0x206F => true,
        >= 0x2E80 and <= 0x9FFF => true,
        >= 0xAC00 and <= 0xD7AF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFF00 and <= 0xFFEF => true,
        >= 0x20000 and <= 0x3FFFF => true,
        _ => false,
    };

    // A run of the Base64 alphabet with its padding, alone between characters that cannot continue it; not an e-mail's encoded word
    // (=?charset?B?…?=), which MailEncoding decodes in its charset or, when it knows none, leaves as written (ADR 465).
    [GeneratedRegex(@"(?<![A-Za-z0-9+/=]|\?[Bb]\?)(?<payload>[A-Za-z0-9+/]{8,})(?<pad>={0,2})(?![A-Za-z0-9+/=])")]
    private static partial Regex Run();
}
