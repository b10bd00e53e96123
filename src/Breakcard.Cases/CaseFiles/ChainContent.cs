using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Core;

namespace Breakcard.Cases.CaseFiles;

/// <summary>One account in a layer of a traced chain and the money traced into it. Immutable.</summary>
/// <param name="Account">The account or cash point.</param>
/// <param name="Traced">Money of the traced origin that reached it.</param>
public sealed record ChainNode(Party Account, Money Traced);

/// <summary>One layer of a traced chain (layer 1 receives the victim's money). Immutable.</summary>
/// <param name="Number">Layer number from 1.</param>
/// <param name="Nodes">The accounts in the layer.</param>
public sealed record ChainLayer(int Number, ImmutableArray<ChainNode> Nodes);

/// <summary>A traced fund chain: from an origin (a victim's transfer) through layers of accounts. Immutable.</summary>
/// <param name="TraceRef">The trace's id in its source.</param>
/// <param name="OriginEventId">The transaction traced from, when known.</param>
/// <param name="OriginAmount">Its amount, when known.</param>
/// <param name="Layers">The layers, in order.</param>
public sealed record ChainContent(string TraceRef, string? OriginEventId, Money? OriginAmount, ImmutableArray<ChainLayer> Layers) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Chain;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => null;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() =>
        Layers.SelectMany(l => l.Nodes).Where(n => n.Account.Account is not null).Select(n => n.Account.Account!.Value);

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        yield return new("trace_ref", TraceRef);
        if (OriginEventId is not null)
        {
            yield return new("origin_event_id", OriginEventId);
        }

        if (OriginAmount is { } amount)
        {
            yield return new("origin_amount", amount.ToString());
        }

        foreach (var layer in Layers)
        {
            var nodes = string.Join("; ", layer.Nodes.Select(n => $"{n.Account.Show(show)} {n.Traced}"));
            yield return new(string.Create(CultureInfo.InvariantCulture, $"layer_{layer.Number}"), nodes);
        }
    }

    /// <inheritdoc />
    public override string? Problem()
    {
        if (string.IsNullOrWhiteSpace(TraceRef) || TraceRef.Length > 64)
        {
            return "trace reference must be 1 to 64 characters";
        }

        if (Layers.IsDefaultOrEmpty)
        {
            return "a chain needs at least one layer";
        }

        for (var i = 0; i < Layers.Length; i++)
        {
            if (Layers[i].Number != i + 1)
            {
                return "layers must be numbered 1, 2, 3, … in order";
            }

            if (Layers[i].Nodes.IsDefaultOrEmpty || Layers[i].Nodes.Any(n => n.Traced.Fen < 0))
            {
                return string.Create(CultureInfo.InvariantCulture, $"layer {i + 1} needs at least one account, with a traced amount that is not negative");
            }
        }

        return null;
    }
}
