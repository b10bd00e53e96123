using System.Text.Json.Serialization;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Alerts;

/// <summary>A control measure an institution may take, with its legal basis.</summary>
/// <param name="Code">Short code written in alerts, for example "delay_settlement".</param>
/// <param name="Description">What the institution does.</param>
/// <param name="Basis">Legal basis.</param>
/// <param name="Remedy">How the holder can have it lifted.</param>
public sealed record ControlMeasure(
    [property: JsonPropertyName("measure")] string Code,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("basis")] string Basis,
    [property: JsonPropertyName("remedy")] string Remedy)
{
    // The notice-and-complaint remedy the Anti-Fraud Law attaches to these measures, worded as
    // Breakcard.Legal's ControlMeasureCatalog.Remedy encodes it (Art. 32 para. 3, secondary source).
    private const string Remedy0 =
        "Tell the holder the reason, the remedy channel and the documents to bring; the holder may complain to the institution, which verifies promptly and lifts the measure at once when verification passes (Anti-Fraud Law Art. 32 para. 3, secondary source).";

    /// <summary>Band 1: re-verify the holder's identity and the purpose of the account or card.</summary>
    public static ControlMeasure Reverify { get; } = new("reverify_identity",
        "Re-verify the holder's identity and the purpose of the account or number (in person or by video), and ask about the flagged transactions or traffic.",
        LegalBasis.AntiFraudArt18 + "; " + LegalBasis.AntiFraudArt11, Remedy0);

    /// <summary>Band 2 for accounts: delay settlement of incoming and outgoing transfers.</summary>
    public static ControlMeasure DelaySettlement { get; } = new("delay_settlement",
        "Delay settlement (delayed crediting of outgoing transfers) while the holder's identity and the transactions are verified.",
        LegalBasis.AntiFraudArt18, Remedy0);

    /// <summary>Band 3 for accounts: restrict non-counter business.</summary>
    public static ControlMeasure RestrictNonCounter { get; } = new("restrict_non_counter",
        "Restrict non-counter business (mobile and online banking, payment apps, ATM withdrawals); counter business with identity checks stays available.",
        LegalBasis.AntiFraudArt18 + "; " + LegalBasis.AntiFraudArt31, Remedy0);

    /// <summary>Band 4 for accounts: suspend the account.</summary>
    public static ControlMeasure SuspendAccount { get; } = new("suspend",
        "Suspend all business on the account pending re-verification; report the clue to the public-security organs.",
        LegalBasis.AntiFraudArt18, Remedy0);

    /// <summary>
    /// Bands 2–3 for numbers: re-verify at once, restrict outbound calls and SMS if re-verification
    /// is not done or not passed (Art. 11 allows restriction only then).
    /// </summary>
    public static ControlMeasure RestrictNumber { get; } = new("reverify_then_restrict",
        "Re-verify the registered holder in person within a short deadline; if re-verification is not done or not passed, restrict outbound calls and SMS.",
        LegalBasis.AntiFraudArt11, Remedy0);

    /// <summary>Band 4 for numbers: re-verify at once, suspend if re-verification is not done or not passed.</summary>
    public static ControlMeasure SuspendNumber { get; } = new("reverify_then_suspend",
        "Re-verify the registered holder in person at once; if re-verification is not done or not passed, suspend the number and report the clue to the public-security organs.",
        LegalBasis.AntiFraudArt11, Remedy0);

    /// <summary>The measure proposed for a control band (1–4) of an entity kind.</summary>
    public static ControlMeasure For(ScoredKind kind, int band) => (kind, band) switch
    {
        (_, <= 1) => Reverify,
        (ScoredKind.Account, 2) => DelaySettlement,
        (ScoredKind.Account, 3) => RestrictNonCounter,
        (ScoredKind.Account, _) => SuspendAccount,
        (ScoredKind.Phone, 2 or 3) => RestrictNumber,
        _ => SuspendNumber,
    };
}
