using System.Globalization;
using System.Text;
using System.Xml;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Validation;

namespace Breakcard.Ingest.Pacs008;

/// <summary>
/// File-level checks of a pacs.008 file before any transaction is read (ADR 30): a complete
/// XmlReader pass that proves the document well formed (so a truncated file stops here), refuses
/// DTDs, finds a pacs.008 message, enforces nesting-depth, text-length and per-transaction size
/// limits without ever holding an oversized text node in memory, and compares the transactions
/// counted with GrpHdr/NbOfTxs.
/// </summary>
internal static class Pacs008Preflight
{
    /// <summary>Elements allowed inside one CdtTrfTxInf (real ones have under 200).</summary>
    public const int MaxElementsPerTransaction = 5_000;

    /// <summary>Validates; returns the number of transactions.</summary>
    public static long Check(Stream stream, string source, IngestOptions options)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[4];
        var n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        if (FileSignatures.Describe(head[..n]) is { } what && !what.StartsWith("UTF-16", StringComparison.Ordinal))
        {
            throw new InvalidInputException(new InputError(source, 1, null, $"not an XML file: it looks like {what}"));
        }

        stream.Position = 0;
        using var reader = XmlReader.Create(stream, Pacs008Xml.Settings());
        try
        {
            Pacs008Xml.MoveToMessage(reader, source);
            return Walk(reader, source, options);
        }
        catch (XmlException ex)
        {
            throw Pacs008Xml.FromXmlException(source, ex);
        }
    }

    private static int Walk(XmlReader reader, string source, IngestOptions options)
    {
        var messageDepth = reader.Depth;
        var buffer = new char[4096];
        var transactions = 0;
        var elementsInTransaction = 0;
        var inTransaction = false;
        var inGroupHeader = false;
        string? currentElement = null;
        var declared = new StringBuilder();
        var messageEnded = false;
        while (reader.Read())
        {
            if (reader.Depth > options.MaxXmlDepth)
            {
                throw Pacs008Xml.Error(source, reader, string.Create(CultureInfo.InvariantCulture, $"elements are nested deeper than {options.MaxXmlDepth} levels"));
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    currentElement = reader.LocalName;
                    if (messageEnded && currentElement is "Document" or Pacs008Xml.MessageElement)
                    {
                        throw Pacs008Xml.Error(source, reader, "the file holds more than one message; give each its own file");
                    }

                    if (!messageEnded && reader.Depth == messageDepth + 1)
                    {
                        inTransaction = currentElement == "CdtTrfTxInf";
                        inGroupHeader = currentElement == "GrpHdr";
                        transactions += inTransaction ? 1 : 0;
                        elementsInTransaction = 0;
                    }

                    if (inTransaction && ++elementsInTransaction > MaxElementsPerTransaction)
                    {
                        throw Pacs008Xml.Error(source, reader, string.Create(CultureInfo.InvariantCulture, $"a CdtTrfTxInf holds more than {MaxElementsPerTransaction:N0} elements"));
                    }

                    CheckAttributes(reader, source, options);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    var keep = inGroupHeader && currentElement == "NbOfTxs" && reader.Depth == messageDepth + 3;
                    var length = ReadText(reader, buffer, keep ? declared : null);
                    if (length > options.MaxXmlTextLength)
                    {
                        throw Pacs008Xml.Error(source, reader, string.Create(CultureInfo.InvariantCulture, $"a text node is longer than {options.MaxXmlTextLength:N0} characters"));
                    }

                    break;
                case XmlNodeType.EndElement when reader.Depth == messageDepth:
                    // The message ended; the rest must still be well formed, which Read() checks.
                    messageEnded = true;
                    inTransaction = inGroupHeader = false;
                    break;
            }
        }

        if (declared.Length > 0
            && (!long.TryParse(declared.ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var expected) || expected != transactions))
        {
            throw new InvalidInputException(new InputError(source, null, "GrpHdr/NbOfTxs", string.Create(CultureInfo.InvariantCulture,
                $"the group header declares {declared.ToString().Trim()} transactions but the message holds {transactions} (truncated or edited?)")));
        }

        return transactions;
    }

    /// <summary>Reads a text node in chunks, so an oversized one is measured without being held; returns its length.</summary>
    private static long ReadText(XmlReader reader, char[] buffer, StringBuilder? keep)
    {
        if (!reader.CanReadValueChunk)
        {
            keep?.Append(reader.Value);
            return reader.Value.Length;
        }

        long total = 0;
        int read;
        while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (keep is not null && keep.Length < 32)
            {
                keep.Append(buffer, 0, Math.Min(read, 32));
            }
        }

        return total;
    }

    private static void CheckAttributes(XmlReader reader, string source, IngestOptions options)
    {
        if (!reader.HasAttributes)
        {
            return;
        }

        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.Value.Length > options.MaxXmlTextLength)
            {
                throw Pacs008Xml.Error(source, reader, string.Create(CultureInfo.InvariantCulture, $"an attribute value is longer than {options.MaxXmlTextLength:N0} characters"));
            }
        }

        reader.MoveToElement();
    }
}
