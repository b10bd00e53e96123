using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Breakcard.Detection.Scoring;
using Breakcard.Legal.Control;
using Catalog = Breakcard.Legal.Control.ControlMeasureCatalog;

namespace Breakcard.Detection.Alerts;

/// <summary>
/// A control measure monitoring proposes with an alert, with its legal basis and remedy. The
/// measures themselves are Breakcard.Legal's <see cref="Catalog"/> (Anti-Fraud Law Arts. 11 and
/// 18): each proposal names the catalog measures it applies (<see cref="Applies"/>) and takes its
/// remedy from the catalog; monitoring adds only its codes, which combination a band proposes, and
/// the operational wording an analyst acts on (ADR 173).
/// </summary>
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
    // Which catalog measures each code applies; by code, so alerts read back from JSON have them too.
    private static readonly Dictionary<string, ImmutableArray<Legal.Control.ControlMeasure>> Catalogued = new(StringComparer.Ordinal)
    {
        ["reverify_identity"] = [Bank(ControlMeasureKind.ReVerifyIdentity), Bank(ControlMeasureKind.VerifyTransaction), Telecom(ControlMeasureKind.ReVerifyIdentity)],
        ["delay_settlement"] = [Bank(ControlMeasureKind.DelaySettlement), Bank(ControlMeasureKind.ReVerifyIdentity), Bank(ControlMeasureKind.VerifyTransaction)],
        ["restrict_non_counter"] = [Bank(ControlMeasureKind.Restrict)],
        ["suspend"] = [Bank(ControlMeasureKind.Suspend), Bank(ControlMeasureKind.ReVerifyIdentity)],
        ["reverify_then_restrict"] = [Telecom(ControlMeasureKind.ReVerifyIdentity), Telecom(ControlMeasureKind.Restrict)],
        ["reverify_then_suspend"] = [Telecom(ControlMeasureKind.ReVerifyIdentity), Telecom(ControlMeasureKind.Suspend)],
    };

    /// <summary>The catalog's measures this proposal applies (empty for a code monitoring does not know); not written to alert JSON.</summary>
    [JsonIgnore]
    public ImmutableArray<Legal.Control.ControlMeasure> Applies => Catalogued.TryGetValue(Code, out var applies) ? applies : [];

    /// <summary>The catalog's notice-and-complaint remedy for measures under Arts. 11 and 18, as one sentence with its source.</summary>
    public static string CatalogRemedy { get; } = RenderRemedy(Catalog.Remedy);

    /// <summary>Band 1: re-verify the holder's identity and the purpose of the account or card.</summary>
    public static ControlMeasure Reverify { get; } = new("reverify_identity",
        "Re-verify the holder's identity and the purpose of the account or number (in person or by video), and ask about the flagged transactions or traffic.",
        LegalBasis.AntiFraudArt18 + "; " + LegalBasis.AntiFraudArt11, CatalogRemedy);

    /// <summary>Band 2 for accounts: delay settlement of incoming and outgoing transfers.</summary>
    public static ControlMeasure DelaySettlement { get; } = new("delay_settlement",
        "Delay settlement (delayed crediting of outgoing transfers) while the holder's identity and the transactions are verified.",
        LegalBasis.AntiFraudArt18, CatalogRemedy);

    /// <summary>Band 3 for accounts: restrict non-counter business.</summary>
    public static ControlMeasure RestrictNonCounter { get; } = new("restrict_non_counter",
        "Restrict non-counter business (mobile and online banking, payment apps, ATM withdrawals); counter business with identity checks stays available.",
        LegalBasis.AntiFraudArt18 + "; " + LegalBasis.AntiFraudArt31, CatalogRemedy);

    /// <summary>Band 4 for accounts: suspend the account.</summary>
    public static ControlMeasure SuspendAccount { get; } = new("suspend",
        "Suspend all business on the account pending re-verification; report the clue to the public-security organs.",
        LegalBasis.AntiFraudArt18, CatalogRemedy);

    /// <summary>
    /// Bands 2–3 for numbers: re-verify at once, restrict outbound calls and SMS if re-verification
    /// is not done or not passed (Art. 11 allows restriction only then).
    /// </summary>
    public static ControlMeasure RestrictNumber { get; } = new("reverify_then_restrict",
        "Re-verify the registered holder in person within a short deadline; if re-verification is not done or not passed, restrict outbound calls and SMS.",
        LegalBasis.AntiFraudArt11, CatalogRemedy);

    /// <summary>Band 4 for numbers: re-verify at once, suspend if re-verification is not done or not passed.</summary>
    public static ControlMeasure SuspendNumber { get; } = new("reverify_then_suspend",
        "Re-verify the registered holder in person at once; if re-verification is not done or not passed, suspend the number and report the clue to the public-security organs.",
        LegalBasis.AntiFraudArt11, CatalogRemedy);

    /// <summary>Every measure monitoring proposes.</summary>
    public static IReadOnlyList<ControlMeasure> All { get; } = [Reverify, DelaySettlement, RestrictNonCounter, SuspendAccount, RestrictNumber, SuspendNumber];

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

    private static Legal.Control.ControlMeasure Bank(ControlMeasureKind kind) => Of(MeasureActor.BankOrPaymentInstitution, kind);

    private static Legal.Control.ControlMeasure Telecom(ControlMeasureKind kind) => Of(MeasureActor.TelecomOperator, kind);

    // Throws at start-up if the catalog no longer gives the actor that measure: monitoring must not propose what the law does not allow.
    private static Legal.Control.ControlMeasure Of(MeasureActor actor, ControlMeasureKind kind) =>
        Catalog.All.Single(m => m.Actor == actor && m.Kind == kind);

    private static string RenderRemedy(RemedyPath remedy)
    {
        var steps = string.Join("; ", remedy.Steps);
        return string.Concat(steps[..1].ToUpperInvariant(), steps[1..], " (", remedy.Source.Citation, ", ", remedy.Source.Label, ").");
    }
}
