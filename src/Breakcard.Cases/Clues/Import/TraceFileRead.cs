using System.Collections.Immutable;
using Breakcard.Cases.CaseFiles;
using Breakcard.Core;

namespace Breakcard.Cases.Clues.Import;

/// <summary>A fund-chain trace read from trace.json and checked in full. Immutable.</summary>
/// <param name="Source">The file, as named in messages.</param>
/// <param name="TraceRef">The trace's reference: "TR-" and the first 16 hex digits of the file's SHA-256, so the same file always gets the same reference.</param>
/// <param name="Rule">Apportioning rule the trace used (fifo, proportional).</param>
/// <param name="StartTransactions">The transfers traced from (the victim's payment).</param>
/// <param name="Total">Money traced.</param>
/// <param name="Accounts">Every account of the trace, layer by layer, the start account (layer 0) first.</param>
/// <param name="Chain">The chain as the case file keeps it: layers 1, 2, … with every account and cash point.</param>
public sealed record TraceFileRead(
    string Source,
    string TraceRef,
    string Rule,
    ImmutableArray<string> StartTransactions,
    Money Total,
    ImmutableArray<TracedAccount> Accounts,
    ChainContent Chain)
{
    /// <summary>Number of layers beyond the start.</summary>
    public int Depth => Chain.Layers.Length;
}
