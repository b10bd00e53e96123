using System.Xml;
using Breakcard.Core.Errors;

namespace Breakcard.Ingest.Pacs008;

/// <summary>
/// How pacs.008 files are opened and where the message is in them, shared by the validation pass
/// and the reader. XML is parsed with DTDs prohibited and no resolver, so external entities (XXE)
/// and entity expansion ("billion laughs") are refused before they can do anything.
/// </summary>
internal static class Pacs008Xml
{
    /// <summary>The namespace prefix of every ISO 20022 message schema.</summary>
    public const string NamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:";

    /// <summary>The message element inside the Document.</summary>
    public const string MessageElement = "FIToFICstmrCdtTrf";

    public static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>
    /// Moves <paramref name="reader"/> to the FIToFICstmrCdtTrf element of a pacs.008 Document —
    /// the root element, or a child of an envelope (for example one that also holds a business
    /// application header) — and returns the Document's namespace.
    /// </summary>
    public static string MoveToMessage(XmlReader reader, string source)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            throw Error(source, reader, "the file holds no XML element");
        }

        if (reader.LocalName != "Document")
        {
            var envelopeDepth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.Element && reader.LocalName == "Document"))
            {
                if (reader.Depth <= envelopeDepth || reader.EOF)
                {
                    throw Error(source, reader, "no ISO 20022 Document element at the root or inside the root element");
                }

                if (reader.NodeType == XmlNodeType.Element)
                {
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }
        }

        var ns = reader.NamespaceURI;
        if (!ns.StartsWith(NamespacePrefix, StringComparison.Ordinal))
        {
            throw Error(source, reader, $"the Document is not in an ISO 20022 namespace (found \"{Cut(ns)}\")");
        }

        var messageType = ns[NamespacePrefix.Length..];
        if (!messageType.StartsWith("pacs.008.", StringComparison.Ordinal))
        {
            throw Error(source, reader, $"this is an ISO 20022 {Cut(messageType)} message, not a pacs.008 credit transfer");
        }

        if (reader.IsEmptyElement)
        {
            throw Error(source, reader, "the Document is empty");
        }

        reader.Read();
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != MessageElement || reader.NamespaceURI != ns)
        {
            throw Error(source, reader, $"the Document holds {(reader.NodeType == XmlNodeType.Element ? "<" + Cut(reader.LocalName) + ">" : "no element")}, not a {MessageElement}");
        }

        return ns;
    }

    public static InvalidInputException Error(string source, XmlReader reader, string reason) =>
        new(new InputError(source, reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null, null, reason));

    /// <summary>Turns a parser error into the file-level error users see.</summary>
    public static InvalidInputException FromXmlException(string source, XmlException ex)
    {
        var reason = ex.Message.Contains("DTD", StringComparison.Ordinal)
            ? "the document declares a DTD (<!DOCTYPE>); DTDs and entities are refused because they enable external-entity (XXE) and entity-expansion attacks"
            : ex.Message.Contains("Unexpected end of file", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("not closed", StringComparison.OrdinalIgnoreCase)
                ? "the XML document is truncated or an element is not closed: " + ex.Message
                : "not well-formed XML: " + ex.Message;
        return new InvalidInputException(new InputError(source, ex.LineNumber > 0 ? ex.LineNumber : null, null, reason), ex);
    }

    private static string Cut(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
