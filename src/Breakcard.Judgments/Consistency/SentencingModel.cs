using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Consistency;

/// <summary>What a sentencing model explains.</summary>
public enum SentencingTarget
{
    /// <summary>ln(fine in yuan), over 帮信-only defendants with a fine.</summary>
    Fine,

    /// <summary>Fixed-term imprisonment in months, over 帮信-only defendants sentenced to it.</summary>
    Term,
}

/// <summary>A defendant whose sentence is far from what the model expects for the facts.</summary>
/// <param name="Defendant">The defendant.</param>
/// <param name="Observed">The sentence (yuan for fines, months for terms).</param>
/// <param name="Expected">The model's value for the same facts.</param>
/// <param name="Z">Standardised residual (robust scale); positive = harsher than expected.</param>
public sealed record SentenceOutlier(SentencedDefendant Defendant, double Observed, double Expected, double Z);

/// <summary>A fitted model with its population and outliers.</summary>
/// <param name="Target">What it explains.</param>
/// <param name="Population">Defendants it was fitted on.</param>
/// <param name="Features">Feature names kept (constant features are dropped).</param>
/// <param name="Fit">The fit (coefficients in <paramref name="Features"/> order).</param>
/// <param name="Outliers">Defendants with |z| at or above the threshold, most extreme first.</param>
public sealed record SentencingModelResult(SentencingTarget Target, int Population, IReadOnlyList<string> Features, LinearFit Fit, IReadOnlyList<SentenceOutlier> Outliers);

/// <summary>
/// A transparent model of 帮信 sentences: robust regression (<see cref="RobustRegression"/>) of
/// ln(fine) and of the term on <see cref="SentencingFeatures"/>. Only defendants convicted of
/// 帮信 alone are used, because combined sentences for several crimes are not comparable. The
/// model describes the courts' own practice in the corpus; it says nothing about what the right
/// sentence is, and an outlier is a case to read, not an error.
/// </summary>
public static class SentencingModel
{
    /// <summary>Default |z| threshold for outliers.</summary>
    public const double DefaultThreshold = 2.5;

    /// <summary>Fits one model; null when there are too few defendants to fit it.</summary>
    public static SentencingModelResult? Fit(IReadOnlyList<SentencedDefendant> defendants, SentencingTarget target, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(defendants);
        var population = defendants.Where(d => d.AssistingOnly && Observed(d.Defendant, target) is not null).ToList();
        var rows = population.Select(d => SentencingFeatures.Of(d.Defendant)).ToList();
        var all = SentencingFeatures.Names;

        // Drop features that do not vary: they carry no information and make the system singular.
        var keep = Enumerable.Range(0, all.Count).Where(j => rows.Select(r => r[j]).Distinct().Count() > 1).ToList();
        if (population.Count < Math.Max(12, keep.Count + 5))
        {
            return null;
        }

        var x = new double[population.Count, keep.Count];
        var y = new double[population.Count];
        for (var i = 0; i < population.Count; i++)
        {
            for (var j = 0; j < keep.Count; j++)
            {
                x[i, j] = rows[i][keep[j]];
            }

            y[i] = Transform(Observed(population[i].Defendant, target)!.Value, target);
        }

        var fit = RobustRegression.Fit(x, y);
        var outliers = new List<SentenceOutlier>();
        if (fit.Scale > 0)
        {
            var row = new double[keep.Count];
            for (var i = 0; i < population.Count; i++)
            {
                for (var j = 0; j < keep.Count; j++)
                {
                    row[j] = x[i, j];
                }

                var predicted = fit.Predict(row);
                var z = (y[i] - predicted) / fit.Scale;
                if (Math.Abs(z) >= threshold)
                {
                    outliers.Add(new SentenceOutlier(population[i], Observed(population[i].Defendant, target)!.Value, Untransform(predicted, target), z));
                }
            }
        }

        return new SentencingModelResult(target, population.Count, [.. keep.Select(j => all[j])], fit,
            [.. outliers.OrderByDescending(o => Math.Abs(o.Z))]);
    }

    /// <summary>The sentence the model explains, or null when the defendant is not in its population.</summary>
    public static double? Observed(DefendantRecord d, SentencingTarget target)
    {
        ArgumentNullException.ThrowIfNull(d);
        return target switch
        {
            SentencingTarget.Fine => d.Fine is { } f && f.WholeYuan > 0 ? f.WholeYuan : null,
            _ => d.Sentence == SentenceKind.FixedTerm && d.TermMonths is { } t ? t : null,
        };
    }

    private static double Transform(double value, SentencingTarget target) => target == SentencingTarget.Fine ? Math.Log(value) : value;

    private static double Untransform(double value, SentencingTarget target) => target == SentencingTarget.Fine ? Math.Exp(value) : value;
}
