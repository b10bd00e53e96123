namespace Breakcard.Screening.Model;

/// <summary>How <see cref="AdModel.Train"/> fits the text model.</summary>
public sealed record ModelTrainingOptions
{
    /// <summary>Seed of the ML.NET context; the same seed and examples give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Longest character n-gram (all lengths from 1 up are used).</summary>
    public int NgramLength { get; init; } = 3;

    /// <summary>SDCA passes over the data.</summary>
    public int MaximumIterations { get; init; } = 30;

    /// <summary>
    /// L2 regularisation; larger is smoother. 1e-5 since ADR 310 (1e-4 before): on families the model never trained
    /// on, the weaker penalty ranked and recalled better (leave-family-out and both burned rounds); 1e-3 was worse.
    /// </summary>
    public float L2Regularization { get; init; } = 1e-5f;

    /// <summary>
    /// L1 regularisation. Zero by default: ML.NET's automatic L1 zeroes almost every n-gram weight
    /// once the signal words separate the training data, leaving a model that only echoes the
    /// patterns and cannot explain itself in phrases.
    /// </summary>
    public float L1Regularization { get; init; }

    /// <summary>
    /// Whether the character n-grams keep digits. False by default (ADR 310): digits are dropped before the n-grams
    /// are cut, so the amounts, counts and batch numbers a family's template fills in cannot become features, and
    /// the model leans on the words around them. On families it never trained on this ranked better than keeping
    /// digits and better than folding every digit to 0. The pattern readings (prices, amounts) still see them.
    /// </summary>
    public bool KeepNumbers { get; init; }
}
