using System.Globalization;
using System.Text;
using System.Xml;
using Breakcard.Core.Events;
using Breakcard.Graph.Tracing;

namespace Breakcard.Graph.Export;

/// <summary>
/// Writes a trace as GraphML (http://graphml.graphdrawing.org/), readable by Gephi, yEd,
/// Cytoscape desktop and NetworkX: one node per account with layer, amounts, share and stop
/// reason; one directed edge per transfer followed with its time and traced amount.
/// </summary>
public static class TraceGraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("account", "node", "string"), ("holders", "node", "string"), ("layer", "node", "int"),
        ("amount_fen", "node", "long"), ("passed_fen", "node", "long"), ("share", "node", "double"),
        ("stop", "node", "string"), ("first_time", "node", "string"),
        ("transaction", "edge", "string"), ("time", "edge", "string"), ("amount_fen_e", "edge", "long"),
        ("traced_fen", "edge", "long"), ("layer_e", "edge", "int"), ("channel", "edge", "string"),
    ];

    /// <summary>Writes <paramref name="trace"/> to <paramref name="stream"/> (UTF-8).</summary>
    public static void Write(Stream stream, TraceResult trace, TraceExportContext context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(context);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        foreach (var (id, target, type) in Keys)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", target);
            w.WriteAttributeString("attr.name", id.EndsWith("_e", StringComparison.Ordinal) ? id[..^2] : id);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "trace");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var node in trace.Nodes)
        {
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", NodeId(node.Account));
            Data(w, "account", node.AccountId);
            Data(w, "holders", string.Join("; ", context.Holders.HoldersOf(node.AccountId).Select(h => h.Name is null ? h.Id : $"{h.Name} ({h.Id})")));
            Data(w, "layer", node.Layer.ToString(CultureInfo.InvariantCulture));
            Data(w, "amount_fen", node.Amount.Fen.ToString(CultureInfo.InvariantCulture));
            Data(w, "passed_fen", node.Passed.Fen.ToString(CultureInfo.InvariantCulture));
            Data(w, "share", node.Share.ToString("R", CultureInfo.InvariantCulture));
            Data(w, "stop", node.StopReason is { } s ? EventSchema.Snake(s) : "");
            Data(w, "first_time", TraceExportContext.Time(node.FirstTicks));
            w.WriteEndElement();
        }

        foreach (var e in trace.Edges)
        {
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", "e" + e.Edge.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", NodeId(e.Source));
            w.WriteAttributeString("target", NodeId(e.Target));
            Data(w, "transaction", context.TransactionOf(e.Edge));
            Data(w, "time", TraceExportContext.Time(e.Ticks));
            Data(w, "amount_fen_e", e.Amount.Fen.ToString(CultureInfo.InvariantCulture));
            Data(w, "traced_fen", e.Traced.Fen.ToString(CultureInfo.InvariantCulture));
            Data(w, "layer_e", e.Layer.ToString(CultureInfo.InvariantCulture));
            Data(w, "channel", EventSchema.ToText(e.Channel));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string NodeId(int account) => "a" + account.ToString(CultureInfo.InvariantCulture);

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
