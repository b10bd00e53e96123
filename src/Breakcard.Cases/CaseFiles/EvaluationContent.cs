using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// A legal evaluation stored with a case: the facts evaluated, the full evaluation
/// (<c>breakcard.legal.evaluation/1</c> JSON), the version of the rules that produced it and the
/// day it was made, so a later reader knows what the rules said then. Immutable.
/// </summary>
/// <param name="RulesVersion">Fingerprint of the rule set (<see cref="Evaluation.LegalRulesVersion"/>).</param>
/// <param name="EvaluatedOn">The day of the evaluation (China time).</param>
/// <param name="ConductDate">The conduct date evaluated; it decides which rules were in force.</param>
/// <param name="Outcome">Outcome code (criminal_liability_indicated, …).</param>
/// <param name="SeriousCircumstances">Serious-circumstances code (met, not_met, …).</param>
/// <param name="Basis">Ids of the criteria the conclusion rests on.</param>
/// <param name="BasisOnlySecondaryOrProvisional">True when every basis criterion rests on a secondary or provisional source.</param>
/// <param name="FactsSource">Where the facts came from ("derived from case evidence" or a file name).</param>
/// <param name="FactsJson">The facts evaluated (<c>breakcard.legal.facts/1</c>).</param>
/// <param name="EvaluationJson">The evaluation as JSON.</param>
public sealed record EvaluationContent(
    string RulesVersion,
    DateOnly EvaluatedOn,
    DateOnly ConductDate,
    string Outcome,
    string SeriousCircumstances,
    ImmutableArray<string> Basis,
    bool BasisOnlySecondaryOrProvisional,
    string FactsSource,
    string FactsJson,
    string EvaluationJson) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Evaluation;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => null;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() => [];

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show) =>
    [
        new("outcome", Outcome),
        new("serious_circumstances", SeriousCircumstances),
        new("basis", Basis.IsDefaultOrEmpty ? "(none)" : string.Join(", ", Basis) + (BasisOnlySecondaryOrProvisional ? " (secondary or provisional sources only)" : "")),
        new("conduct_date", ConductDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("evaluated_on", EvaluatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("rules_version", RulesVersion),
        new("facts", FactsSource),
    ];
}
