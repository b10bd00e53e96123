namespace Breakcard.Screening.Model;

/// <summary>What a saved model was trained from, stored beside it in the model file.</summary>
/// <param name="FormatVersion">Model file format version (<see cref="AdModel.FormatVersion"/>).</param>
/// <param name="LexiconFingerprint">SHA-256 of the normaliser tables the training text was normalised with.</param>
/// <param name="Seed">Training seed.</param>
/// <param name="NgramLength">Longest character n-gram.</param>
/// <param name="Examples">Number of training examples.</param>
/// <param name="RiskyExamples">Number of risky training examples.</param>
/// <param name="Source">What the examples were (for example "simulated job ads, seed 20240301, training split").</param>
public sealed record ModelInfo(int FormatVersion, string LexiconFingerprint, int Seed, int NgramLength, int Examples, int RiskyExamples, string Source);
