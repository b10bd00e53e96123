namespace Breakcard.Graph.Tracing.Internal;

/// <summary>One event in an account's history: an edge and whether money came in or went out.</summary>
internal readonly record struct HistoryItem(int Edge, bool IsIn);
