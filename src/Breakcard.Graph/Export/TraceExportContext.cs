using System.Globalization;
using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Core.Time;
using Breakcard.Graph.Holders;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;

namespace Breakcard.Graph.Export;

/// <summary>
/// What the trace exporters need beside the trace: transaction ids (when kept) and holders (when
/// reference data is present). Exports are data files: identifiers are written in full.
/// </summary>
/// <param name="TransactionIds">Transaction ids by edge id, or null (then edges are named by edge id).</param>
/// <param name="Holders">Account holders.</param>
public sealed record TraceExportContext(TransactionIdIndex? TransactionIds, HolderDirectory Holders)
{
    /// <summary>No transaction ids, no holders.</summary>
    public static TraceExportContext Bare { get; } = new(null, HolderDirectory.Empty);

    /// <summary>The transaction id of an edge, or "edge:N" when ids are not kept.</summary>
    public string TransactionOf(int edge) =>
        TransactionIds is { } ids && edge < ids.Count ? ids.IdOf(edge) : string.Create(CultureInfo.InvariantCulture, $"edge:{edge}");

    /// <summary>An event time in the file schema's format (China Standard Time).</summary>
    public static string Time(long utcTicks) =>
        ChinaTime.ToChina(new DateTimeOffset(utcTicks, TimeSpan.Zero)).ToString(EventSchema.TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Writes the fields every export gives a followed transfer.</summary>
    internal void WriteTransferFields(Utf8JsonWriter w, TraceEdge e)
    {
        w.WriteString("transaction", TransactionOf(e.Edge));
        w.WriteString("time", Time(e.Ticks));
        w.WriteNumber("amount_fen", e.Amount.Fen);
        w.WriteNumber("traced_fen", e.Traced.Fen);
        w.WriteNumber("layer", e.Layer);
        w.WriteString("channel", EventSchema.ToText(e.Channel));
    }
}
