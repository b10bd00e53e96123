using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Learning;

/// <summary>One labelled entity: its peak indicator strengths during a run and whether ground truth calls it a mule card or ring number.</summary>
/// <param name="Kind">Account or phone.</param>
/// <param name="Strengths">Peak strengths.</param>
/// <param name="Label">True for a positive.</param>
public sealed record TrainingExample(ScoredKind Kind, Strengths Strengths, bool Label);

/// <summary>What training produced.</summary>
/// <param name="Algorithm">The learner.</param>
/// <param name="Examples">Examples trained on.</param>
/// <param name="Positives">Of those, positive.</param>
/// <param name="HoldoutAuc">Area under the ROC curve on the held-out fifth (trained on the other four fifths).</param>
/// <param name="HoldoutF1">F1 at probability 0.5 on the held-out fifth.</param>
/// <param name="HoldoutPrecision">Precision at 0.5 on the held-out fifth.</param>
/// <param name="HoldoutRecall">Recall at 0.5 on the held-out fifth.</param>
public sealed record TrainingResult(
    LearnedAlgorithm Algorithm,
    int Examples,
    int Positives,
    double HoldoutAuc,
    double HoldoutF1,
    double HoldoutPrecision,
    double HoldoutRecall);
