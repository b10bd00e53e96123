namespace Breakcard.Detection.Learning;

/// <summary>Which gradient-boosted tree learner <see cref="ModelTrainer"/> uses.</summary>
public enum LearnedAlgorithm
{
    /// <summary>ML.NET FastTree (managed; the default).</summary>
    FastTree = 1,

    /// <summary>LightGBM through ML.NET (native library).</summary>
    LightGbm = 2,
}
