namespace Breakcard.EarlyWarning.Evaluation;

/// <summary>
/// How the warning list compares with ground truth.
/// </summary>
/// <param name="Warned">Holders on the list.</param>
/// <param name="Targets">Card sellers and settlement mules in the world.</param>
/// <param name="WarnedTargets">Of them, warned.</param>
/// <param name="WarnedOtherAiders">Warned holders who aided a ring in another role (dealers, cash-out runners, fronts …).</param>
/// <param name="WarnedBeforeFirstIllicitTransaction">Warned targets whose warning came before the first illicit transaction on their accounts (or who had none).</param>
/// <param name="WarnedBeforeFirstIllicitEvent">Warned targets whose warning came before the first illicit event of any kind touching them.</param>
/// <param name="WarnedBeforeThreshold">Warned targets warned before their observed flows or cards reached a threshold.</param>
/// <param name="MedianLeadHours">Median of (first illicit transaction − warning) over warned targets with one, in hours; positive is early; null when none.</param>
/// <param name="LeadHours">Every such lead, in hours, sorted.</param>
public sealed record WarningEvaluation(
    int Warned,
    int Targets,
    int WarnedTargets,
    int WarnedOtherAiders,
    int WarnedBeforeFirstIllicitTransaction,
    int WarnedBeforeFirstIllicitEvent,
    int WarnedBeforeThreshold,
    double? MedianLeadHours,
    IReadOnlyList<double> LeadHours)
{
    /// <summary>Share of the list who are sellers or settlement mules.</summary>
    public double Precision => Warned == 0 ? 0 : (double)WarnedTargets / Warned;

    /// <summary>Share of the list who aided a ring in any role.</summary>
    public double AiderPrecision => Warned == 0 ? 0 : (double)(WarnedTargets + WarnedOtherAiders) / Warned;

    /// <summary>Share of sellers and settlement mules who were warned.</summary>
    public double Recall => Targets == 0 ? 0 : (double)WarnedTargets / Targets;
}
