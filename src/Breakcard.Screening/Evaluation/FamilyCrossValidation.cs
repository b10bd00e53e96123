namespace Breakcard.Screening.Evaluation;

/// <summary>How one family fared when it was left out of training.</summary>
/// <param name="Family">The family id.</param>
/// <param name="IsRisky">True for a risky family (its examples are risky).</param>
/// <param name="Examples">Examples of the family scored.</param>
/// <param name="Correct">Of those, how many the classifier trained without the family got right.</param>
/// <param name="Trainable">True when the family is one the model may train on (training split); false for a development family, which no fit ever sees.</param>
public sealed record FamilyScore(string Family, bool IsRisky, int Examples, int Correct, bool Trainable);

/// <summary>The outcome of <see cref="FamilyCrossValidation.Run"/>.</summary>
/// <param name="Trainable">Pooled figures over the trainable families, each scored by a fit that never saw it.</param>
/// <param name="Development">Pooled figures over the development families, scored by the fit on every trainable family.</param>
/// <param name="Families">Every family, worst share correct first.</param>
/// <param name="Groups">How many groups the trainable families were split into (one fit per group, plus one for development).</param>
public sealed record FamilyCrossValidationResult(BinaryMetrics Trainable, BinaryMetrics Development, IReadOnlyList<FamilyScore> Families, int Groups);

/// <summary>
/// Leave-family-out cross-validation (ADR 198): whole families are left out of training and then
/// scored, so the figure says how the classifier does on stories it has never seen, which is what a
/// new held-out round tests. Families are dealt into groups in ordinal order of their ids
/// (deterministic); with as many groups as families, each family is left out alone.
/// </summary>
public static class FamilyCrossValidation
{
    /// <summary>
    /// Runs the cross-validation. <paramref name="fit"/> trains a classifier on the examples it is given
    /// and returns it (true = flagged as risky). An example's family is its <see cref="LabelledText.Note"/>; examples without one count as one family named "".
    /// </summary>
    /// <param name="trainable">Examples of the families the model may be trained on.</param>
    /// <param name="development">Examples of families never trained on (tuning data); scored once by the fit on all of <paramref name="trainable"/>.</param>
    /// <param name="groups">Number of groups; 0 or more than the number of trainable families means one family per group.</param>
    /// <param name="fit">Trains a classifier.</param>
    public static FamilyCrossValidationResult Run(
        IReadOnlyList<LabelledText> trainable,
        IReadOnlyList<LabelledText> development,
        int groups,
        Func<IReadOnlyList<LabelledText>, Func<string, bool>> fit)
    {
        ArgumentNullException.ThrowIfNull(trainable);
        ArgumentNullException.ThrowIfNull(development);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentOutOfRangeException.ThrowIfNegative(groups);
        var families = trainable.Select(FamilyOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (families.Length < 2)
        {
            throw new ArgumentException("leave-family-out needs at least two trainable families", nameof(trainable));
        }

        var groupCount = groups == 0 || groups > families.Length ? families.Length : groups;
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < families.Length; i++)
        {
            groupOf[families[i]] = i % groupCount;
        }

        var tallies = new Dictionary<string, (bool Risky, int N, int Right, bool Trainable)>(StringComparer.Ordinal);
        var pooled = BinaryMetrics.Empty;
        for (var g = 0; g < groupCount; g++)
        {
            var left = trainable.Where(e => groupOf[FamilyOf(e)] == g).ToArray();
            var classify = fit([.. trainable.Where(e => groupOf[FamilyOf(e)] != g)]);
            pooled = Score(left, classify, tallies, pooled, trainableFamilies: true);
        }

        var developmentMetrics = BinaryMetrics.Empty;
        if (development.Count > 0)
        {
            developmentMetrics = Score(development, fit(trainable), tallies, developmentMetrics, trainableFamilies: false);
        }

        var scores = tallies
            .Select(kv => new FamilyScore(kv.Key, kv.Value.Risky, kv.Value.N, kv.Value.Right, kv.Value.Trainable))
            .OrderBy(f => (double)f.Correct / f.Examples).ThenBy(f => f.Family, StringComparer.Ordinal)
            .ToArray();
        return new FamilyCrossValidationResult(pooled, developmentMetrics, scores, groupCount);
    }

    private static BinaryMetrics Score(
        IReadOnlyList<LabelledText> examples,
        Func<string, bool> classify,
        Dictionary<string, (bool Risky, int N, int Right, bool Trainable)> tallies,
        BinaryMetrics metrics,
        bool trainableFamilies)
    {
        foreach (var e in examples)
        {
            var flagged = classify(e.Text);
            metrics = metrics.Add(e.IsRisky, flagged);
            var family = FamilyOf(e);
            var t = tallies.TryGetValue(family, out var known) ? known : (Risky: e.IsRisky, N: 0, Right: 0, Trainable: trainableFamilies);
            tallies[family] = (t.Risky, t.N + 1, t.Right + (flagged == e.IsRisky ? 1 : 0), t.Trainable);
        }

        return metrics;
    }

    private static string FamilyOf(LabelledText e) => e.Note ?? "";
}
