using Microsoft.ML.Data;

namespace Breakcard.Detection.Learning;

/// <summary>One row in ML.NET's terms. The vector size must be a constant; it is checked against <see cref="IndicatorFeatures.Count"/>.</summary>
internal sealed class ModelInput
{
    public const int FeatureCount = 29;

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = new float[FeatureCount];

    public bool Label { get; set; }
}

/// <summary>What the trained chain outputs.</summary>
internal sealed class ModelOutput
{
    public float Probability { get; set; }

    public float Score { get; set; }
}
