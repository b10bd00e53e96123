using Breakcard.Detection.Indicators;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Scoring;

/// <summary>
/// The explainable default model: each indicator gives up to its weight in points, in proportion
/// to its strength; the risk is the sum, capped at 100. Context indicators (night activity, a new
/// account, a shared device…) are common in honest life, so without at least one active primary
/// indicator their points are capped at <see cref="ScoringOptions.ContextAloneCap"/>, below the
/// alert threshold. Every point is attributable to one indicator. Immutable; thread safe.
/// </summary>
public sealed class PointsModel : IRiskModel
{
    private readonly int[] _weights = new int[Strengths.Count];
    private readonly bool[] _primary = new bool[Strengths.Count];
    private readonly AppliesTo[] _applies = new AppliesTo[Strengths.Count];
    private readonly int _contextCap;

    /// <summary>Builds the model from the options' weights.</summary>
    public PointsModel(DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var info in IndicatorCatalog.All)
        {
            _weights[(int)info.Id] = options.WeightOf(info.Id);
            _primary[(int)info.Id] = info.Category == IndicatorCategory.Primary;
            _applies[(int)info.Id] = info.Applies;
        }

        _contextCap = options.Scoring.ContextAloneCap;
    }

    /// <inheritdoc />
    public string Name => "points";

    /// <inheritdoc />
    public int Score(ScoredKind kind, in Strengths strengths)
    {
        var scope = kind == ScoredKind.Account ? AppliesTo.Accounts : AppliesTo.Phones;
        int primary = 0, context = 0;
        for (var i = 0; i < IndicatorCatalog.Count; i++)
        {
            var s = strengths[i];
            if (s == 0 || (_applies[i] & scope) == 0)
            {
                continue;
            }

            if (_primary[i])
            {
                primary += _weights[i] * s;
            }
            else
            {
                context += _weights[i] * s;
            }
        }

        if (primary == 0)
        {
            context = Math.Min(context, _contextCap * 100);
        }

        return Math.Min(100, (primary + context + 50) / 100);
    }

    /// <inheritdoc />
    public IReadOnlyList<Contribution> Explain(ScoredKind kind, in Strengths strengths)
    {
        var scope = kind == ScoredKind.Account ? AppliesTo.Accounts : AppliesTo.Phones;
        var list = new List<Contribution>();
        var anyPrimary = false;
        var contextTotal = 0.0;
        for (var i = 0; i < IndicatorCatalog.Count; i++)
        {
            var s = strengths[i];
            if (s == 0 || (_applies[i] & scope) == 0 || _weights[i] == 0)
            {
                continue;
            }

            var points = _weights[i] * s / 100.0;
            anyPrimary |= _primary[i];
            if (!_primary[i])
            {
                contextTotal += points;
            }

            list.Add(new Contribution((IndicatorId)i, s, points));
        }

        if (!anyPrimary && contextTotal > _contextCap)
        {
            // Scale context points down so the explanation adds up to the capped score.
            var factor = _contextCap / contextTotal;
            for (var k = 0; k < list.Count; k++)
            {
                list[k] = list[k] with { Points = list[k].Points * factor };
            }
        }

        list.Sort(static (a, b) => b.Points.CompareTo(a.Points) != 0 ? b.Points.CompareTo(a.Points) : a.Indicator.CompareTo(b.Indicator));
        return list;
    }
}
