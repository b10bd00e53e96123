using System.Text.Json.Serialization;

namespace Breakcard.Detection.Evaluation;

/// <summary>Precision, recall and F1 of one entity kind.</summary>
public sealed record Confusion
{
    /// <summary>Flagged positives.</summary>
    [JsonPropertyName("true_positives")]
    public required int TruePositives { get; init; }

    /// <summary>Flagged negatives.</summary>
    [JsonPropertyName("false_positives")]
    public required int FalsePositives { get; init; }

    /// <summary>Positives not flagged.</summary>
    [JsonPropertyName("false_negatives")]
    public required int FalseNegatives { get; init; }

    /// <summary>Negatives not flagged.</summary>
    [JsonPropertyName("true_negatives")]
    public required int TrueNegatives { get; init; }

    /// <summary>TP / (TP + FP); 0 when nothing was flagged.</summary>
    [JsonPropertyName("precision")]
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when there are no positives.</summary>
    [JsonPropertyName("recall")]
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    [JsonPropertyName("f1")]
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Recall within one typology.</summary>
/// <param name="Typology">Typology name.</param>
/// <param name="Positives">Positives with this typology.</param>
/// <param name="Detected">Of those, flagged.</param>
public sealed record TypologyRecall(
    [property: JsonPropertyName("typology")] string Typology,
    [property: JsonPropertyName("positives")] int Positives,
    [property: JsonPropertyName("detected")] int Detected)
{
    /// <summary>Detected / positives.</summary>
    [JsonPropertyName("recall")]
    public double Recall => Positives == 0 ? 0 : (double)Detected / Positives;
}

/// <summary>Time from an entity's first illicit event to its first alert, over detected positives with a known start.</summary>
public sealed record DetectionDelay
{
    /// <summary>Detected positives with a known first illicit event.</summary>
    [JsonPropertyName("count")]
    public required int Count { get; init; }

    /// <summary>Median delay (hours); negative when an alert came before the first illicit event (for example from linked risk).</summary>
    [JsonPropertyName("median_hours")]
    public required double MedianHours { get; init; }

    /// <summary>25th percentile (hours).</summary>
    [JsonPropertyName("p25_hours")]
    public required double P25Hours { get; init; }

    /// <summary>75th percentile (hours).</summary>
    [JsonPropertyName("p75_hours")]
    public required double P75Hours { get; init; }

    /// <summary>90th percentile (hours).</summary>
    [JsonPropertyName("p90_hours")]
    public required double P90Hours { get; init; }

    /// <summary>Share detected within 24 hours of the first illicit event.</summary>
    [JsonPropertyName("within_24h")]
    public required double Within24Hours { get; init; }
}

/// <summary>The evaluation of one entity kind.</summary>
public sealed record KindEvaluation
{
    /// <summary>"account" or "phone".</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>Confusion counts and rates.</summary>
    [JsonPropertyName("overall")]
    public required Confusion Overall { get; init; }

    /// <summary>Recall per typology.</summary>
    [JsonPropertyName("by_typology")]
    public required IReadOnlyList<TypologyRecall> ByTypology { get; init; }

    /// <summary>False positives per holder persona (hard negatives show here).</summary>
    [JsonPropertyName("false_positives_by_persona")]
    public required SortedDictionary<string, int> FalsePositivesByPersona { get; init; }

    /// <summary>Time to detect.</summary>
    [JsonPropertyName("time_to_detect")]
    public required DetectionDelay TimeToDetect { get; init; }

    /// <summary>Ring helpers' own accounts (not mule cards): how many there are and how many were flagged.</summary>
    [JsonPropertyName("helpers")]
    public required TypologyRecall Helpers { get; init; }
}

/// <summary>An evaluation against ground truth: accounts and phone numbers.</summary>
public sealed record EvaluationReport
{
    /// <summary>Account-level results.</summary>
    [JsonPropertyName("accounts")]
    public required KindEvaluation Accounts { get; init; }

    /// <summary>Number-level results.</summary>
    [JsonPropertyName("phones")]
    public required KindEvaluation Phones { get; init; }
}
