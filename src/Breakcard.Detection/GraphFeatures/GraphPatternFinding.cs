namespace Breakcard.Detection.GraphFeatures;

/// <summary>
/// What a transaction-graph analysis found about one account, as of a time: the largest
/// scatter-gather it is part of, the shortest cycle through it and the deepest forwarding chain it
/// is a link of, each computed only from transactions before <see cref="AvailableAt"/>.
/// </summary>
/// <param name="Account">The account, as the event inputs name it.</param>
/// <param name="AvailableAt">When the analysis could have known it (the end of the window it looked at): the engine applies it in event time there.</param>
/// <param name="ScatterGather">Most intermediaries of a scatter-gather the account is source, intermediary or destination of (0 = none).</param>
/// <param name="CycleLength">Hops of the shortest time-respecting cycle through the account (0 = none).</param>
/// <param name="StackDepth">Pass-through accounts in the longest forwarding chain the account is a link of (0 = not a pass-through link).</param>
public readonly record struct GraphPatternFinding(string Account, DateTimeOffset AvailableAt, int ScatterGather, int CycleLength, int StackDepth);
