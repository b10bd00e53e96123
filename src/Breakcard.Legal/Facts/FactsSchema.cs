namespace Breakcard.Legal.Facts;

/// <summary>
/// Field names of the facts file (<c>docs/legal.md</c>). Validation problems are located by these
/// names, and the JSON reader uses the same constants, so an error always names the field as
/// the user wrote it.
/// </summary>
public static class FactsSchema
{
    /// <summary>Value of the optional <c>schema</c> field this version reads.</summary>
    public const string SchemaId = "breakcard.legal.facts/1";

#pragma warning disable CS1591 // The constants are the documented field names themselves.
    public const string Schema = "schema";
    public const string CaseReference = "case_ref";
    public const string Note = "note";
    public const string ConductDate = "conduct_date";
    public const string Defendant = "defendant";
    public const string DefendantKind = "kind";
    public const string BirthDate = "birth_date";
    public const string HelpKinds = "help_kinds";
    public const string HelpedCrimeVerified = "helped_crime_verified";
    public const string HelpedTelecomFraud = "helped_telecom_fraud";
    public const string ObjectsHelped = "objects_helped";
    public const string Settlement = "settlement_fen";
    public const string AdvertisingFunds = "advertising_funds_fen";
    public const string IllegalGains = "illegal_gains_fen";
    public const string Cards = "cards";
    public const string CardKind = "kind";
    public const string CardHolder = "holder";
    public const string CardDealing = "dealing";
    public const string CardCount = "count";
    public const string Inflow = "inflow";
    public const string OneWayInflow = "one_way_inflow_fen";
    public const string VerifiedFraud = "verified_fraud_fen";
    public const string LawfullyExplained = "lawfully_explained_fen";
    public const string PriorPenalties = "prior_administrative_penalties";
    public const string PenaltyDate = "date";
    public const string PenaltyGround = "ground";
    public const string Consequences = "consequences";
    public const string OtherSeriousCircumstance = "other_serious_circumstance";
    public const string RealNameVerificationHelp = "real_name_verification_help";
    public const string Knowledge = "knowledge";
    public const string KnowledgeIndicators = "indicators";
    public const string OtherKnowledgeCircumstance = "other_circumstance";
    public const string KnowledgeAdmitted = "admitted";
    public const string ContraryEvidence = "contrary_evidence";
    public const string OtherCrimeIndicators = "other_crime_indicators";
    public const string EarlierActs = "earlier_acts";
    public const string ActDate = "date";
    public const string DealtWith = "dealt_with";
#pragma warning restore CS1591
}
