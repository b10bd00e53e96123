using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;

namespace Breakcard.Graph.Export;

/// <summary>
/// Writes a trace as Breakcard's trace JSON (<c>breakcard-trace/1</c>, docs/tracing.md): limits,
/// start, outcome totals, layers with their accounts and holders, cash points and every transfer
/// followed with its traced amount.
/// </summary>
public static class TraceJsonWriter
{
    /// <summary>Format identifier written into every file.</summary>
    public const string Format = "breakcard-trace/1";

    /// <summary>Writes <paramref name="trace"/> to <paramref name="stream"/> (UTF-8, indented).</summary>
    public static void Write(Stream stream, TraceResult trace, TraceExportContext context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(context);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("direction", EventSchema.Snake(trace.Direction));
        w.WriteString("rule", EventSchema.Snake(trace.Options.Rule));
        w.WriteStartObject("limits");
        w.WriteNumber("max_hops", trace.Options.MaxHops);
        w.WriteNumber("max_span_hours", trace.Options.MaxSpan.TotalHours);
        w.WriteNumber("min_amount_fen", trace.Options.MinAmount.Fen);
        w.WriteEndObject();
        w.WriteStartObject("start");
        w.WriteString("account", trace.Origin.AccountId);
        w.WriteStartArray("transactions");
        foreach (var e in trace.SeedEdges)
        {
            w.WriteStringValue(context.TransactionOf(e));
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteNumber("total_fen", trace.TotalAmount.Fen);
        w.WriteStartObject("outcomes");
        foreach (var outcome in Enum.GetValues<TraceOutcome>())
        {
            var amount = trace.AmountBy(outcome);
            if (!amount.IsZero)
            {
                w.WriteStartObject(EventSchema.Snake(outcome));
                w.WriteNumber("amount_fen", amount.Fen);
                w.WriteNumber("share", Math.Round(trace.ShareBy(outcome), 6));
                w.WriteEndObject();
            }
        }

        w.WriteEndObject();
        w.WriteStartArray("layers");
        foreach (var layer in trace.Layers)
        {
            w.WriteStartObject();
            w.WriteNumber("layer", layer.Number);
            w.WriteNumber("amount_fen", layer.Amount.Fen);
            w.WriteStartArray("accounts");
            foreach (var node in layer.Nodes)
            {
                WriteNode(w, node, context);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("cash_points");
        foreach (var node in trace.CashPoints)
        {
            w.WriteStartObject();
            w.WriteString("account", node.AccountId);
            w.WriteNumber("amount_fen", node.OutcomeAmount(TraceOutcome.Cash).Fen);
            w.WriteNumber("share", Math.Round((double)node.OutcomeAmount(TraceOutcome.Cash).Fen / Math.Max(1, trace.TotalAmount.Fen), 6));
            w.WriteString("first_time", TraceExportContext.Time(node.FirstTicks));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("transfers");
        foreach (var e in trace.Edges)
        {
            w.WriteStartObject();
            w.WriteString("from", trace.NodeOf(e.Source)?.AccountId);
            w.WriteString("to", trace.NodeOf(e.Target)?.AccountId);
            context.WriteTransferFields(w, e);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter w, TraceNode node, TraceExportContext context)
    {
        w.WriteStartObject();
        w.WriteString("account", node.AccountId);
        w.WriteStartArray("holders");
        foreach (var h in context.Holders.HoldersOf(node.AccountId))
        {
            w.WriteStartObject();
            w.WriteString("id", h.Id);
            w.WriteString("kind", EventSchema.Snake(h.Kind));
            w.WriteString("name", h.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("amount_fen", node.Amount.Fen);
        w.WriteNumber("passed_fen", node.Passed.Fen);
        w.WriteNumber("share", Math.Round(node.Share, 6));
        w.WriteString("first_time", TraceExportContext.Time(node.FirstTicks));
        w.WriteString("last_time", TraceExportContext.Time(node.LastTicks));
        if (node.StopReason is { } stop)
        {
            w.WriteString("stop", EventSchema.Snake(stop));
        }
        else
        {
            w.WriteNull("stop");
        }

        w.WriteStartObject("outcomes");
        foreach (var (outcome, amount) in node.Outcomes)
        {
            w.WriteNumber(EventSchema.Snake(outcome), amount.Fen);
        }

        w.WriteEndObject();
        w.WriteStartArray("flags");
        foreach (var flag in Enum.GetValues<AccountFlags>())
        {
            if (flag != AccountFlags.None && (node.Flags & flag) != 0)
            {
                w.WriteStringValue(EventSchema.Snake(flag));
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
