using System.Globalization;
using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Graph.Tracing;

namespace Breakcard.Graph.Export;

/// <summary>
/// Writes a trace as Cytoscape.js elements JSON (<c>{"elements": {"nodes": [...], "edges": [...]}}</c>,
/// each element's fields under <c>data</c>), ready for <c>cytoscape({ elements })</c> with a
/// breadth-first layout by <c>layer</c>.
/// </summary>
public static class TraceCytoscapeWriter
{
    /// <summary>Writes <paramref name="trace"/> to <paramref name="stream"/> (UTF-8, compact).</summary>
    public static void Write(Stream stream, TraceResult trace, TraceExportContext context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(context);
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteStartObject("elements");
        w.WriteStartArray("nodes");
        foreach (var node in trace.Nodes)
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("id", NodeId(node.Account));
            w.WriteString("label", node.AccountId);
            w.WriteString("holders", string.Join("; ", context.Holders.HoldersOf(node.AccountId).Select(h => h.Name ?? h.Id)));
            w.WriteNumber("layer", node.Layer);
            w.WriteNumber("amount_fen", node.Amount.Fen);
            w.WriteNumber("passed_fen", node.Passed.Fen);
            w.WriteNumber("share", Math.Round(node.Share, 6));
            w.WriteString("stop", node.StopReason is { } s ? EventSchema.Snake(s) : null);
            w.WriteString("first_time", TraceExportContext.Time(node.FirstTicks));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var e in trace.Edges)
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("id", "e" + e.Edge.ToString(CultureInfo.InvariantCulture));
            w.WriteString("source", NodeId(e.Source));
            w.WriteString("target", NodeId(e.Target));
            context.WriteTransferFields(w, e);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string NodeId(int account) => "a" + account.ToString(CultureInfo.InvariantCulture);
}
