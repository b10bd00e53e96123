namespace Breakcard.Judgments.Consistency;

/// <summary>A fitted linear model.</summary>
/// <param name="Intercept">Intercept.</param>
/// <param name="Coefficients">One per feature, on the features' own scale.</param>
/// <param name="Scale">Robust scale of the residuals (1.4826 × median absolute deviation).</param>
/// <param name="Iterations">Reweighting iterations used.</param>
public sealed record LinearFit(double Intercept, IReadOnlyList<double> Coefficients, double Scale, int Iterations)
{
    /// <summary>The prediction for one row of features.</summary>
    public double Predict(ReadOnlySpan<double> x)
    {
        var y = Intercept;
        for (var j = 0; j < Coefficients.Count; j++)
        {
            y += Coefficients[j] * x[j];
        }

        return y;
    }
}

/// <summary>
/// Robust linear regression: Huber M-estimation by iteratively reweighted least squares, with a
/// small ridge penalty (not on the intercept) so that rare indicators cannot make the system
/// singular. Residuals beyond 1.345 robust standard deviations get weight 1.345/|z|, so a few
/// extreme sentences cannot pull the fit toward themselves — which is the point: the model is
/// what the bulk of sentences look like, and outliers are judged against it.
/// </summary>
public static class RobustRegression
{
    private const double HuberK = 1.345;

    /// <summary>Fits y ≈ b0 + X b. <paramref name="x"/> is row-major, n × p.</summary>
    public static LinearFit Fit(double[,] x, double[] y, double ridge = 1e-3, int maxIterations = 50)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var n = y.Length;
        var p = x.GetLength(1);
        if (x.GetLength(0) != n)
        {
            throw new ArgumentException("X and y have different numbers of rows.", nameof(y));
        }

        if (n <= p + 1)
        {
            throw new ArgumentException($"Too few observations ({n}) for {p} features.", nameof(y));
        }

        // Standardise features so the ridge penalty means the same for every feature.
        var mean = new double[p];
        var sd = new double[p];
        for (var j = 0; j < p; j++)
        {
            for (var i = 0; i < n; i++)
            {
                mean[j] += x[i, j];
            }

            mean[j] /= n;
            for (var i = 0; i < n; i++)
            {
                sd[j] += (x[i, j] - mean[j]) * (x[i, j] - mean[j]);
            }

            sd[j] = Math.Sqrt(sd[j] / n);
            if (sd[j] == 0)
            {
                sd[j] = 1;
            }
        }

        var weights = Enumerable.Repeat(1.0, n).ToArray();
        var beta = new double[p + 1];
        var scale = 0.0;
        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            var next = SolveWeighted(x, y, weights, mean, sd, ridge);
            var residuals = Residuals(x, y, next, mean, sd);
            scale = Mad(residuals);
            var change = 0.0;
            for (var j = 0; j <= p; j++)
            {
                change = Math.Max(change, Math.Abs(next[j] - beta[j]));
            }

            beta = next;
            if (scale <= 1e-12)
            {
                break; // an exact fit: nothing left to reweight
            }

            for (var i = 0; i < n; i++)
            {
                var z = Math.Abs(residuals[i]) / scale;
                weights[i] = z <= HuberK ? 1 : HuberK / z;
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        // Back to the features' own scale.
        var coefficients = new double[p];
        var intercept = beta[0];
        for (var j = 0; j < p; j++)
        {
            coefficients[j] = beta[j + 1] / sd[j];
            intercept -= coefficients[j] * mean[j];
        }

        return new LinearFit(intercept, coefficients, scale, iteration + 1);
    }

    /// <summary>1.4826 × the median absolute deviation from the median (a consistent estimate of σ for normal errors).</summary>
    public static double Mad(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return 0;
        }

        var median = Median(values);
        return 1.4826 * Median([.. values.Select(v => Math.Abs(v - median))]);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double[] Residuals(double[,] x, double[] y, double[] beta, double[] mean, double[] sd)
    {
        var n = y.Length;
        var p = mean.Length;
        var r = new double[n];
        for (var i = 0; i < n; i++)
        {
            var fit = beta[0];
            for (var j = 0; j < p; j++)
            {
                fit += beta[j + 1] * (x[i, j] - mean[j]) / sd[j];
            }

            r[i] = y[i] - fit;
        }

        return r;
    }

    /// <summary>Solves the weighted ridge normal equations on standardised features by Cholesky decomposition.</summary>
    private static double[] SolveWeighted(double[,] x, double[] y, double[] w, double[] mean, double[] sd, double ridge)
    {
        var n = y.Length;
        var p = mean.Length;
        var m = p + 1;
        var a = new double[m, m];
        var b = new double[m];
        var row = new double[m];
        for (var i = 0; i < n; i++)
        {
            row[0] = 1;
            for (var j = 0; j < p; j++)
            {
                row[j + 1] = (x[i, j] - mean[j]) / sd[j];
            }

            for (var r = 0; r < m; r++)
            {
                b[r] += w[i] * row[r] * y[i];
                for (var c = 0; c <= r; c++)
                {
                    a[r, c] += w[i] * row[r] * row[c];
                }
            }
        }

        var total = w.Sum();
        for (var r = 1; r < m; r++)
        {
            a[r, r] += ridge * total;
        }

        // Cholesky: a = L Lᵀ (lower triangle of a holds the sums).
        var l = new double[m, m];
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c <= r; c++)
            {
                var sum = a[r, c];
                for (var k = 0; k < c; k++)
                {
                    sum -= l[r, k] * l[c, k];
                }

                if (r == c)
                {
                    l[r, r] = Math.Sqrt(Math.Max(sum, 1e-12));
                }
                else
                {
                    l[r, c] = sum / l[c, c];
                }
            }
        }

        var z = new double[m];
        for (var r = 0; r < m; r++)
        {
            var sum = b[r];
            for (var k = 0; k < r; k++)
            {
                sum -= l[r, k] * z[k];
            }

            z[r] = sum / l[r, r];
        }

        var beta = new double[m];
        for (var r = m - 1; r >= 0; r--)
        {
            var sum = z[r];
            for (var k = r + 1; k < m; k++)
            {
                sum -= l[k, r] * beta[k];
            }

            beta[r] = sum / l[r, r];
        }

        return beta;
    }
}
