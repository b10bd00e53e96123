using Breakcard.Graph.Temporal;
using Breakcard.Graph.Typology;

namespace Breakcard.Graph.Links;

/// <summary>
/// What is known about each account of a transaction graph being a mule: confirmed (the
/// <see cref="AccountFlags.ConfirmedMule"/> flag), a monitoring score when one is supplied, and the
/// graph's own pass-through test (<see cref="FlowProfile"/>). Immutable once computed.
/// </summary>
public sealed class MuleEvidence
{
    private readonly TemporalGraph _graph;
    private readonly FlowProfile[] _profiles;
    private readonly double[]? _scores;
    private readonly LinkOptions _options;

    private MuleEvidence(TemporalGraph graph, FlowProfile[] profiles, double[]? scores, LinkOptions options)
    {
        _graph = graph;
        _profiles = profiles;
        _scores = scores;
        _options = options;
    }

    /// <summary>The transaction graph the evidence is about.</summary>
    public TemporalGraph Graph => _graph;

    /// <summary>Computes the evidence; <paramref name="scores"/> maps account ids to monitoring scores (0–1).</summary>
    public static MuleEvidence Compute(TemporalGraph graph, LinkOptions? options = null, IReadOnlyDictionary<string, double>? scores = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new LinkOptions();
        double[]? byAccount = null;
        if (scores is not null)
        {
            byAccount = new double[graph.AccountCount];
            Array.Fill(byAccount, double.NaN);
            foreach (var (id, score) in scores)
            {
                if (graph.Accounts.TryGetId(id, out var a) && a < graph.AccountCount)
                {
                    byAccount[a] = score;
                }
            }
        }

        return new MuleEvidence(graph, FlowProfile.ComputeAll(graph, options.PassThroughWindow), byAccount, options);
    }

    /// <summary>The flow profile of an account.</summary>
    public FlowProfile ProfileOf(int account) => _profiles[account];

    /// <summary>True when the account is flagged as a confirmed mule.</summary>
    public bool IsConfirmed(int account) => (_graph.FlagsOf(account) & AccountFlags.ConfirmedMule) != 0;

    /// <summary>The monitoring score of an account, or null when none was supplied.</summary>
    public double? ScoreOf(int account) => _scores is null || double.IsNaN(_scores[account]) ? null : _scores[account];

    /// <summary>True when the account forwards most of what it receives within the pass-through window.</summary>
    public bool IsPassThrough(int account)
    {
        var p = _profiles[account];
        return (_graph.FlagsOf(account) & AccountFlags.Cash) == 0
            && p.InFen >= _options.PassThroughMinInflow.Fen && p.FastShare >= _options.PassThroughShare;
    }

    /// <summary>True when a score at or above the threshold, or the pass-through test, points at a mule.</summary>
    public bool IsSuspected(int account) =>
        (ScoreOf(account) is { } s && s >= _options.ScoreThreshold) || IsPassThrough(account);
}
