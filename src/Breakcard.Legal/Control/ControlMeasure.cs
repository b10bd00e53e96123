using System.Collections.Immutable;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Control;

/// <summary>A control measure against an abnormal card, account or transaction.</summary>
public enum ControlMeasureKind
{
    /// <summary>Verify the transaction with the customer (核实交易情况).</summary>
    VerifyTransaction,

    /// <summary>Re-verify the customer's identity (重新核验身份 / 重新进行实名核验).</summary>
    ReVerifyIdentity,

    /// <summary>Delay payment settlement (延迟支付结算).</summary>
    DelaySettlement,

    /// <summary>Restrict functions or business (限制).</summary>
    Restrict,

    /// <summary>Suspend business or card functions (暂停 / 中止).</summary>
    Suspend,
}

/// <summary>Who applies a measure.</summary>
public enum MeasureActor
{
    /// <summary>A telecom operator (Anti-Fraud Law Art. 11).</summary>
    TelecomOperator,

    /// <summary>A bank or non-bank payment institution (Anti-Fraud Law Art. 18).</summary>
    BankOrPaymentInstitution,
}

/// <summary>The finding a measure must rest on.</summary>
public enum MeasureTrigger
{
    /// <summary>A phone card identified as abnormal and fraud-related (涉诈异常电话卡).</summary>
    AbnormalPhoneCard,

    /// <summary>The holder of an abnormal phone card did not re-verify as required, or failed re-verification.</summary>
    ReVerificationNotPassed,

    /// <summary>An abnormal account or suspicious transaction identified by monitoring (异常账户和可疑交易).</summary>
    AbnormalAccountOrSuspiciousTransaction,
}

/// <summary>The remedy the law requires with every restriction. Immutable.</summary>
/// <param name="Steps">What the institution must do and what the customer may do, in order.</param>
/// <param name="Source">The provision.</param>
public sealed record RemedyPath(ImmutableArray<string> Steps, LegalSource Source);

/// <summary>
/// One measure an actor may apply, on what finding, and how the customer gets it lifted.
/// Immutable.
/// </summary>
/// <param name="Kind">The measure.</param>
/// <param name="Actor">Who applies it.</param>
/// <param name="Trigger">The finding it must rest on.</param>
/// <param name="Basis">The provision that allows it.</param>
/// <param name="Description">What it means in practice.</param>
/// <param name="Remedy">Notice, complaint and release.</param>
public sealed record ControlMeasure(
    ControlMeasureKind Kind,
    MeasureActor Actor,
    MeasureTrigger Trigger,
    LegalSource Basis,
    string Description,
    RemedyPath Remedy);

/// <summary>Whether a measure may be applied. Immutable.</summary>
/// <param name="Allowed">True when the law allows it on the stated findings and date.</param>
/// <param name="Reason">Why or why not.</param>
/// <param name="Measure">The measure, when the actor has one of that kind.</param>
public sealed record MeasureDecision(bool Allowed, string Reason, ControlMeasure? Measure);
