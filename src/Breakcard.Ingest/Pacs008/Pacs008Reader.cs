using System.Xml;
using System.Xml.Linq;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Pacs008;

/// <summary>
/// Streams the credit transfers of an ISO 20022 pacs.008 (FIToFICstmrCdtTrf) message. Only one
/// CdtTrfTxInf is held in memory at a time; each is mapped by <see cref="CreditTransferMapper"/>
/// and quarantined, with its line and the failing element's path, when it cannot be.
/// </summary>
internal sealed class Pacs008Reader : EventReader
{
    private readonly Stream _stream;
    private readonly XmlReader _xml;
    private readonly CreditTransferMapper _mapper;
    private readonly int _messageDepth;
    private XElement? _groupHeader;
    private int _position;

    public Pacs008Reader(Stream stream, string source, IQuarantineSink quarantine, DuplicateTracker? duplicates, IngestOptions options)
        : base(source, quarantine, duplicates)
    {
        _stream = stream;
        stream.Position = 0;
        _xml = XmlReader.Create(stream, Pacs008Xml.Settings());
        try
        {
            var ns = Pacs008Xml.MoveToMessage(_xml, source);
            _messageDepth = _xml.Depth;
            _mapper = new CreditTransferMapper(ns, options, source);
            _xml.Read();
        }
        catch (XmlException ex)
        {
            _xml.Dispose();
            throw Pacs008Xml.FromXmlException(source, ex);
        }
        catch
        {
            _xml.Dispose();
            throw;
        }
    }

    protected override bool ReadCore()
    {
        try
        {
            while (!_xml.EOF && _xml.Depth > _messageDepth)
            {
                if (_xml.NodeType != XmlNodeType.Element)
                {
                    _xml.Read();
                    continue;
                }

                if (_xml.LocalName == "GrpHdr")
                {
                    _groupHeader = (XElement)XNode.ReadFrom(_xml);
                    continue;
                }

                if (_xml.LocalName != "CdtTrfTxInf")
                {
                    _xml.Skip();
                    continue;
                }

                var line = ((IXmlLineInfo)_xml).LineNumber;
                var tx = (XElement)XNode.ReadFrom(_xml);
                Counts.RecordsRead++;
                if (_mapper.TryMap(tx, _groupHeader, ++_position))
                {
                    Counts.RecordsAccepted++;
                    Emit(_mapper.Event, EventLabel.None, line, _mapper.DateOnly);
                    return true;
                }

                var p = _mapper.Problem;
                Reject(line, "CdtTrfTxInf/" + p.Field, p.Reason, p.Detail, tx.ToString(SaveOptions.DisableFormatting));
            }

            return false;
        }
        catch (XmlException ex)
        {
            // The validation pass read this same file without error, so only a file changed
            // while being read gets here; it is still reported as bad input, not a crash.
            throw Pacs008Xml.FromXmlException(Source, ex);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _xml.Dispose();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
