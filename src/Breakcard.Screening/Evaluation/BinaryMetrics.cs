namespace Breakcard.Screening.Evaluation;

/// <summary>Counts of a binary decision against the truth, and the usual rates.</summary>
/// <param name="TruePositives">Risky and flagged.</param>
/// <param name="FalsePositives">Legitimate but flagged.</param>
/// <param name="TrueNegatives">Legitimate and not flagged.</param>
/// <param name="FalseNegatives">Risky but not flagged.</param>
public sealed record BinaryMetrics(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    /// <summary>All examples.</summary>
    public int Count => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>TP / (TP + FP); 1 when nothing was flagged (no wrong flags).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when there was nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>FP / (FP + TN): the share of legitimate texts flagged, which with the base rate determines precision elsewhere.</summary>
    public double FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? 0 : (double)FalsePositives / (FalsePositives + TrueNegatives);

    /// <summary>Counts one decision.</summary>
    public BinaryMetrics Add(bool truth, bool predicted) => (truth, predicted) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (false, true) => this with { FalsePositives = FalsePositives + 1 },
        (false, false) => this with { TrueNegatives = TrueNegatives + 1 },
        (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
    };

    /// <summary>No decisions yet.</summary>
    public static BinaryMetrics Empty { get; } = new(0, 0, 0, 0);

    /// <summary>
    /// Precision this classifier would have at another share of risky texts, from its recall and
    /// false-positive rate: r·b / (r·b + f·(1 − b)).
    /// </summary>
    public double PrecisionAtPrevalence(double riskyShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(riskyShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(riskyShare, 1);
        var tp = Recall * riskyShare;
        var fp = FalsePositiveRate * (1 - riskyShare);
        return tp + fp == 0 ? 1 : tp / (tp + fp);
    }
}
