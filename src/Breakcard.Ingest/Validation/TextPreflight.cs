using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Validation;

/// <summary>
/// The validation pass over a CSV or JSON Lines file, run to completion before any record is
/// handed out (ADR 30). It reads the bytes once, in 64 KiB chunks, and stops with
/// <see cref="InvalidInputException"/> naming file and line when the file is not what it claims:
/// binary content (NUL bytes, archive signatures), text that is not valid in its declared
/// encoding, a record longer than the limit, or a file that ends inside a quoted field.
/// <para>
/// Implementation note: UTF-8 is checked with the vectorised <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>
/// (several GB/s); other encodings are decoded once with an exception fallback. Line numbers are
/// counted with vectorised byte counts, so the pass costs a few percent of the parsing pass.
/// </para>
/// </summary>
internal static class TextPreflight
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Scans <paramref name="stream"/> from its start; leaves it positioned at the end.</summary>
    public static TextLayout Scan(Stream stream, string source, Encoding encoding, CsvStructureScanner structure)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Position = 0;
        var isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        char[]? chars = isUtf8 ? null : ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(ChunkSize + 4));
        var decoder = isUtf8 ? null : EncodingCatalog.Strict(encoding).GetDecoder();
        try
        {
            var head = ReadHead(stream, buffer.AsSpan(0, 4));
            if (FileSignatures.Describe(buffer.AsSpan(0, head)) is { } what)
            {
                throw Error(source, 1, $"not a text file: it looks like {what}");
            }

            var bom = FileSignatures.HasUtf8Bom(buffer.AsSpan(0, head)) ? 3 : 0;
            if (bom > 0 && !isUtf8)
            {
                throw Error(source, 1, $"the file starts with a UTF-8 byte order mark but its declared encoding is {EncodingCatalog.NameOf(encoding)}");
            }

            stream.Position = bom;
            structure.Start(bom);
            long offset = bom;
            long line = 1;
            var carry = 0;
            var lastByte = (byte)0;
            while (true)
            {
                var read = stream.Read(buffer, carry, ChunkSize);
                var eof = read == 0;
                var fresh = buffer.AsSpan(carry, read);
                var nul = fresh.IndexOf((byte)0);
                if (nul >= 0)
                {
                    throw Error(source, line + fresh[..nul].Count((byte)'\n'), "binary content: a NUL byte (a binary file, or UTF-16 text?)");
                }

                structure.Scan(fresh, offset, line);
                var data = buffer.AsSpan(0, carry + read);
                var checkedUpTo = isUtf8
                    ? CheckUtf8(data, eof, source, line - data[..carry].Count((byte)'\n'))
                    : CheckDecodes(decoder!, chars!, data, eof, source, encoding, line - data[..carry].Count((byte)'\n'));
                if (read > 0)
                {
                    lastByte = fresh[^1];
                }

                line += fresh.Count((byte)'\n');
                offset += read;
                if (eof)
                {
                    break;
                }

                carry = data.Length - checkedUpTo;
                data[checkedUpTo..].CopyTo(buffer);
            }

            if (structure.TooLong is { } tooLong)
            {
                throw Error(source, tooLong.Line, string.Create(CultureInfo.InvariantCulture,
                    $"a record is longer than the limit of {structure.MaxRecordBytes:N0} bytes (an unclosed quote?)"));
            }

            if (structure.UnclosedQuoteLine is { } quoteLine)
            {
                throw Error(source, quoteLine, "the file ends inside a quoted field that starts here: it is truncated or a quote is not closed");
            }

            return new TextLayout(offset, bom, structure.RecordStart, structure.RecordStartLine, lastByte == '\n', line - 1);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    /// <summary>Validates whole UTF-8 sequences in <paramref name="data"/>; returns how many bytes were checked (the rest is an incomplete sequence to carry).</summary>
    private static int CheckUtf8(ReadOnlySpan<byte> data, bool eof, string source, long firstLine)
    {
        var complete = eof ? data.Length : data.Length - IncompleteTail(data);
        if (Utf8.IsValid(data[..complete]))
        {
            return complete;
        }

        var at = 0;
        while (at < complete && Rune.DecodeFromUtf8(data[at..complete], out _, out var used) == OperationStatus.Done)
        {
            at += used;
        }

        throw Error(source, firstLine + data[..at].Count((byte)'\n'),
            "the text is not valid UTF-8 (if it is GBK or GB18030, say so with \"encoding\" in a mapping)");
    }

    private static int CheckDecodes(Decoder decoder, char[] chars, ReadOnlySpan<byte> data, bool eof, string source, Encoding encoding, long firstLine)
    {
        try
        {
            decoder.Convert(data, chars, flush: eof, out var used, out _, out _);
            return used;
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(ex.Index, 0, data.Length);
            throw Error(source, firstLine + data[..at].Count((byte)'\n'), $"the text is not valid {EncodingCatalog.NameOf(encoding)}");
        }
    }

    /// <summary>Bytes at the end of <paramref name="data"/> that start a UTF-8 sequence not complete in it.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> data)
    {
        for (var back = 1; back <= Math.Min(3, data.Length); back++)
        {
            var b = data[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // continuation byte: keep looking for the lead byte
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }

        return 0;
    }

    private static int ReadHead(Stream stream, Span<byte> head)
    {
        var total = 0;
        while (total < head.Length)
        {
            var n = stream.Read(head[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private static InvalidInputException Error(string source, long line, string reason) =>
        new(new InputError(source, line, null, reason));
}
