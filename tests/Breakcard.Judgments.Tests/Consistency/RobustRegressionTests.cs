using Breakcard.Judgments.Consistency;

namespace Breakcard.Judgments.Tests.Consistency;

public sealed class RobustRegressionTests
{
    [Fact]
    public void Fit_LinearDataWithGrossOutliers_RecoversCoefficients()
    {
        // y = 1 + 2·x1 − 0.5·x2 with small deterministic noise; 5% of rows get +30 (gross errors).
        const int n = 400;
        var x = new double[n, 2];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = (i % 20) / 2.0;
            x[i, 1] = (i * 7 % 13) - 6;
            var noise = ((i * 37 % 11) - 5) / 50.0;
            y[i] = 1 + (2 * x[i, 0]) - (0.5 * x[i, 1]) + noise + (i % 20 == 3 ? 30 : 0);
        }

        var fit = RobustRegression.Fit(x, y, ridge: 0);

        Assert.Equal(1, fit.Intercept, 0.1);
        Assert.Equal(2, fit.Coefficients[0], 0.02);
        Assert.Equal(-0.5, fit.Coefficients[1], 0.02);
        Assert.True(fit.Scale < 0.2, $"scale {fit.Scale}");
    }

    [Fact]
    public void Mad_NormalisedMedianAbsoluteDeviation()
    {
        // Median 3; absolute deviations 2, 1, 0, 1, 97 → median 1 → 1.4826.
        Assert.Equal(1.4826, RobustRegression.Mad([1, 2, 3, 4, 100]), 10);
    }

    [Fact]
    public void Fit_TooFewRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => RobustRegression.Fit(new double[2, 2], [1, 2]));
    }
}
