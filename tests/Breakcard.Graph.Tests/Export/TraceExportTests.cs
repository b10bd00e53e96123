using System.Text.Json;
using System.Xml.Linq;
using Breakcard.Graph.Export;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;

namespace Breakcard.Graph.Tests.Export;

public sealed class TraceExportTests
{
    private static (TraceResult Trace, TraceExportContext Context) Example()
    {
        var lines = new[]
        {
            "08:00 X -> A 1000", "10:00 V -> A 10000", "11:00 A -> B 6000", "12:00 A -> C 4500",
            "13:00 B -> CASH:ATM1 5000 atm_cash", "14:00 C -> CASH:ATM1 4500 atm_cash",
        };
        var (_, g) = GraphText.Build(lines);
        var ids = new TransactionIdIndex();
        for (var i = 0; i < lines.Length; i++)
        {
            ids.Add($"TX{i}");
        }

        return (new FundTracer(g).Trace(TraceStart.FromTransaction(1)), new TraceExportContext(ids, Breakcard.Graph.Holders.HolderDirectory.Empty));
    }

    [Fact]
    public void Json_ParsesBack_WithTotalsLayersAndTransactions()
    {
        var (trace, context) = Example();
        using var stream = new MemoryStream();
        TraceJsonWriter.Write(stream, trace, context);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal("breakcard-trace/1", root.GetProperty("format").GetString());
        Assert.Equal("forward", root.GetProperty("direction").GetString());
        Assert.Equal("standing_fifo", root.GetProperty("rule").GetString());
        Assert.Equal(1_000_000, root.GetProperty("total_fen").GetInt64());
        Assert.Equal(900_000, root.GetProperty("outcomes").GetProperty("cash").GetProperty("amount_fen").GetInt64());
        Assert.Equal(["TX1"], root.GetProperty("start").GetProperty("transactions").EnumerateArray().Select(e => e.GetString()));
        var layers = root.GetProperty("layers").EnumerateArray().ToArray();
        Assert.Equal(4, layers.Length);
        Assert.Equal("A", layers[1].GetProperty("accounts")[0].GetProperty("account").GetString());
        Assert.False(layers[1].GetProperty("accounts")[0].GetProperty("outcomes").TryGetProperty("held", out _)); // A keeps only X's 500 (its standing balance)
        var transfers = root.GetProperty("transfers").EnumerateArray().ToArray();
        Assert.Equal(["TX1", "TX2", "TX3", "TX4", "TX5"], transfers.Select(t => t.GetProperty("transaction").GetString()));
        Assert.Equal("2024-03-01T13:00:00+08:00", transfers[3].GetProperty("time").GetString());
        Assert.Equal(450_000, transfers[3].GetProperty("traced_fen").GetInt64());
        Assert.Equal("CASH:ATM1", root.GetProperty("cash_points")[0].GetProperty("account").GetString());
    }

    [Fact]
    public void GraphMl_IsValidXmlWithDeclaredKeysAndConsistentEdges()
    {
        var (trace, context) = Example();
        using var stream = new MemoryStream();
        TraceGraphMlWriter.Write(stream, trace, context);
        stream.Position = 0;
        var doc = XDocument.Load(stream);
        XNamespace ns = TraceGraphMlWriter.Namespace;
        var keys = doc.Root!.Elements(ns + "key").Select(k => (string)k.Attribute("id")!).ToHashSet();
        var nodes = doc.Descendants(ns + "node").ToArray();
        var edges = doc.Descendants(ns + "edge").ToArray();
        Assert.Equal(trace.Nodes.Count, nodes.Length);
        Assert.Equal(trace.Edges.Count, edges.Length);
        Assert.All(doc.Descendants(ns + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys));
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });
        var atm = nodes.Single(n => n.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "account" && d.Value == "CASH:ATM1"));
        Assert.Equal("cash", atm.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "stop").Value);
        Assert.Equal("900000", atm.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "amount_fen").Value);
    }

    [Fact]
    public void Cytoscape_ElementsWithNodesAndEdgesData()
    {
        var (trace, context) = Example();
        using var stream = new MemoryStream();
        TraceCytoscapeWriter.Write(stream, trace, context);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var elements = doc.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToArray();
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToArray();
        Assert.Equal(trace.Nodes.Count, nodes.Length);
        Assert.Equal(trace.Edges.Count, edges.Length);
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(edges, e => Assert.Contains(e.GetProperty("source").GetString(), ids));
        Assert.All(edges, e => Assert.Contains(e.GetProperty("target").GetString(), ids));
        var b = nodes.Single(n => n.GetProperty("label").GetString() == "B");
        Assert.Equal(2, b.GetProperty("layer").GetInt32());
        Assert.Equal(550_000, b.GetProperty("amount_fen").GetInt64());
        Assert.Equal(450_000, edges.Single(e => e.GetProperty("transaction").GetString() == "TX4").GetProperty("traced_fen").GetInt64());
    }
}
