using System.Collections.Immutable;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.Clues;

/// <summary>
/// What a clue says — supplied by the caller who raises it and never changed afterwards. The
/// factories say what each source provides: an alert (entity, risk, reason codes, evidence event
/// ids), a trace (the chain's layers) or a person by hand. Immutable.
/// </summary>
/// <param name="Source">Alert, trace or manual.</param>
/// <param name="SourceRef">Alert or trace id.</param>
/// <param name="Subject">The card, account or phone (bank card, account number or mobile number).</param>
/// <param name="HolderIdentity">Holder's identity number, when known.</param>
/// <param name="HolderName">Holder's name, when known.</param>
/// <param name="HolderRef">Holder's id in the source data.</param>
/// <param name="Risk">Risk 0–100.</param>
/// <param name="Reasons">Reason codes.</param>
/// <param name="EvidenceEventIds">Evidence event ids.</param>
/// <param name="Chain">Traced chain.</param>
/// <param name="Summary">Summary, 1 to 2,000 characters.</param>
public sealed record ClueDraft(
    ClueSource Source,
    string? SourceRef,
    Identifier Subject,
    Identifier? HolderIdentity,
    Identifier? HolderName,
    string? HolderRef,
    int? Risk,
    ImmutableArray<ClueReason> Reasons,
    ImmutableArray<string> EvidenceEventIds,
    ChainContent? Chain,
    string Summary)
{
    /// <summary>Longest list of evidence ids or reasons a clue keeps.</summary>
    public const int MaxListLength = 1000;

    /// <summary>The control measure monitoring proposed with the alert, when the clue comes from one.</summary>
    public ProposedMeasure? ProposedMeasure { get; init; }

    /// <summary>Ids of further alerts about the same subject merged into this clue (the first is <see cref="SourceRef"/>).</summary>
    public ImmutableArray<string> MergedAlertIds { get; init; } = [];

    /// <summary>A clue from a monitoring alert.</summary>
    public static ClueDraft FromAlert(string alertId, Identifier entity, string? holderRef, int risk, IEnumerable<ClueReason> reasons, IEnumerable<string> evidenceEventIds, string summary) =>
        new(ClueSource.Alert, alertId, entity, null, null, holderRef, risk, [.. reasons], [.. evidenceEventIds], null, summary);

    /// <summary>A clue from a fund-chain trace about one account on the chain.</summary>
    public static ClueDraft FromTrace(string traceRef, Identifier account, ChainContent chain, string summary) =>
        new(ClueSource.Trace, traceRef, account, null, null, null, null, [], chain.OriginEventId is { } origin ? [origin] : [], chain, summary);

    /// <summary>A clue entered by hand.</summary>
    public static ClueDraft Manual(Identifier subject, Identifier? holderIdentity, Identifier? holderName, string? holderRef, string summary) =>
        new(ClueSource.Manual, null, subject, holderIdentity, holderName, holderRef, null, [], [], null, summary);

    /// <summary>Checks the draft; returns (field, problem) pairs, empty when valid.</summary>
    public IReadOnlyList<(string Field, string Problem)> Problems()
    {
        var problems = new List<(string, string)>();
        if (Subject.IsUnassigned || Subject.Kind is not (IdentifierKind.BankCard or IdentifierKind.AccountNumber or IdentifierKind.Phone))
        {
            problems.Add(("subject", "a clue is about a bank card, an account or a mobile number"));
        }

        if (HolderIdentity is { Kind: not IdentifierKind.IdentityNumber })
        {
            problems.Add(("holder_identity", "must be a resident identity number"));
        }

        if (HolderName is { Kind: not IdentifierKind.PersonName })
        {
            problems.Add(("holder_name", "must be a name"));
        }

        if (Risk is < 0 or > 100)
        {
            problems.Add(("risk", "must be 0 to 100"));
        }

        if (string.IsNullOrWhiteSpace(Summary) || Summary.Length > 2000)
        {
            problems.Add(("summary", "must be 1 to 2,000 characters"));
        }

        if (Reasons.Length > MaxListLength || EvidenceEventIds.Length > MaxListLength)
        {
            problems.Add(("reasons", $"at most {MaxListLength:N0} reasons and evidence ids"));
        }

        if (Reasons.Any(r => string.IsNullOrWhiteSpace(r.Code) || r.Code.Length > 64 || r.Description.Length > 500))
        {
            problems.Add(("reasons", "each reason needs a code of 1 to 64 characters and a description of at most 500"));
        }

        if (EvidenceEventIds.Any(e => string.IsNullOrWhiteSpace(e) || e.Length > 64))
        {
            problems.Add(("evidence", "event ids must be 1 to 64 characters"));
        }

        if (SourceRef is { Length: > 64 })
        {
            problems.Add(("source_ref", "at most 64 characters"));
        }

        if (ProposedMeasure?.Problem() is { } measure)
        {
            problems.Add(("control_measure", measure));
        }

        if (MergedAlertIds.Length > MaxListLength || MergedAlertIds.Any(a => string.IsNullOrWhiteSpace(a) || a.Length > 64))
        {
            problems.Add(("merged_alerts", $"at most {MaxListLength:N0} alert ids of 1 to 64 characters"));
        }

        if (Chain?.Problem() is { } chain)
        {
            problems.Add(("chain", chain));
        }

        if ((Source == ClueSource.Trace) != (Chain is not null))
        {
            problems.Add(("chain", "a clue from a trace carries its chain, and only such a clue does"));
        }

        return problems;
    }
}
