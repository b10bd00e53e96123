using System.Collections.Immutable;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Control;

/// <summary>
/// The control measures of the Anti-Fraud Law as data: Art. 11 (telecom operators: re-verify an
/// abnormal card's holder; restrict or suspend when re-verification is not passed) and Art. 18
/// (banks and payment institutions: verify, re-verify, delay settlement, restrict or suspend on
/// abnormal accounts and suspicious transactions), each with the notice-and-complaint remedy the
/// law attaches. Pure and thread safe.
/// </summary>
public static class ControlMeasureCatalog
{
    /// <summary>Anti-Fraud Law Art. 11.</summary>
    public static LegalSource Article11 { get; } = LegalDocuments.AntiFraudLaw.Provision(
        "Art. 11", note: "Abnormal phone cards: re-verify identity by risk level; may restrict or suspend card functions when re-verification is not done or not passed.");

    /// <summary>Anti-Fraud Law Art. 18.</summary>
    public static LegalSource Article18 { get; } = LegalDocuments.AntiFraudLaw.Provision(
        "Art. 18", note: "Abnormal accounts and suspicious transactions: verify, re-verify identity, delay settlement, restrict or suspend business, by risk; may collect device data (IP, MAC, terminal) for this.");

    /// <summary>The remedy for measures under Arts. 11 and 18.</summary>
    public static RemedyPath Remedy { get; } = new(
        [
            "tell the customer the reason for the measure, the remedy channel and the documents to submit",
            "the customer may complain to the institution or department that decided or applied the measure",
            "the institution must accept the complaint promptly and verify it",
            "when verification passes, lift the measure at once",
        ],
        LegalDocuments.AntiFraudLaw.Provision("Art. 32 para. 3", SourceStanding.Secondary,
            note: "Not in LAW.md; encoded from the statute as published summaries give it: notice of reason and remedy, complaint, prompt verification, immediate release."));

    /// <summary>Every measure.</summary>
    public static ImmutableArray<ControlMeasure> All { get; } =
    [
        new(ControlMeasureKind.ReVerifyIdentity, MeasureActor.TelecomOperator, MeasureTrigger.AbnormalPhoneCard, Article11,
            "re-verify the real-name identity of the abnormal card's user, with checks matched to the risk level", Remedy),
        new(ControlMeasureKind.Restrict, MeasureActor.TelecomOperator, MeasureTrigger.ReVerificationNotPassed, Article11,
            "restrict functions of the phone card (for example outgoing calls or SMS)", Remedy),
        new(ControlMeasureKind.Suspend, MeasureActor.TelecomOperator, MeasureTrigger.ReVerificationNotPassed, Article11,
            "suspend the phone card's functions", Remedy),
        new(ControlMeasureKind.VerifyTransaction, MeasureActor.BankOrPaymentInstitution, MeasureTrigger.AbnormalAccountOrSuspiciousTransaction, Article18,
            "verify the transaction with the customer", Remedy),
        new(ControlMeasureKind.ReVerifyIdentity, MeasureActor.BankOrPaymentInstitution, MeasureTrigger.AbnormalAccountOrSuspiciousTransaction, Article18,
            "re-verify the account holder's identity", Remedy),
        new(ControlMeasureKind.DelaySettlement, MeasureActor.BankOrPaymentInstitution, MeasureTrigger.AbnormalAccountOrSuspiciousTransaction, Article18,
            "delay payment settlement of the suspicious transaction", Remedy),
        new(ControlMeasureKind.Restrict, MeasureActor.BankOrPaymentInstitution, MeasureTrigger.AbnormalAccountOrSuspiciousTransaction, Article18,
            "restrict the account's business (for example non-counter transfers)", Remedy),
        new(ControlMeasureKind.Suspend, MeasureActor.BankOrPaymentInstitution, MeasureTrigger.AbnormalAccountOrSuspiciousTransaction, Article18,
            "suspend (中止) the account's business", Remedy),
    ];

    /// <summary>The measures <paramref name="actor"/> may apply.</summary>
    public static ImmutableArray<ControlMeasure> For(MeasureActor actor) => [.. All.Where(m => m.Actor == actor)];

    /// <summary>
    /// May <paramref name="actor"/> apply <paramref name="kind"/> on <paramref name="date"/>, given
    /// the findings in <paramref name="established"/>? The reason names the missing finding or the
    /// provision that allows it.
    /// </summary>
    public static MeasureDecision MayApply(MeasureActor actor, ControlMeasureKind kind, IReadOnlySet<MeasureTrigger> established, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(established);
        var measure = All.FirstOrDefault(m => m.Actor == actor && m.Kind == kind);
        if (measure is null)
        {
            return new(false, $"the Anti-Fraud Law gives a {Name(actor)} no measure of kind {kind}", null);
        }

        if (!measure.Basis.IsInForceOn(date))
        {
            return new(false, $"{measure.Basis.Citation} is in force from {measure.Basis.EffectiveFromText}; not on {Amounts.Format(date)}", measure);
        }

        return established.Contains(measure.Trigger)
            ? new(true, $"{measure.Basis.Citation}: {measure.Description}; the customer must be told the reason and the way to complain", measure)
            : new(false, $"{measure.Basis.Citation} requires the finding \"{Describe(measure.Trigger)}\" first", measure);
    }

    private static string Name(MeasureActor actor) => actor switch
    {
        MeasureActor.TelecomOperator => "telecom operator",
        MeasureActor.BankOrPaymentInstitution => "bank or payment institution",
        _ => throw new ArgumentOutOfRangeException(nameof(actor), actor, "Unknown actor."),
    };

    private static string Describe(MeasureTrigger trigger) => trigger switch
    {
        MeasureTrigger.AbnormalPhoneCard => "phone card identified as abnormal",
        MeasureTrigger.ReVerificationNotPassed => "re-verification not done as required or not passed",
        MeasureTrigger.AbnormalAccountOrSuspiciousTransaction => "abnormal account or suspicious transaction identified",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown trigger."),
    };
}
