namespace Breakcard.Simulation.Judgments;

/// <summary>
/// One set of phrasings for every part of a judgment: templates with {Placeholders} that
/// <see cref="JudgmentRenderer"/> fills. Two sets exist (<see cref="Phrasebooks"/>): the
/// development set the extractor was built against, and a held-out set of other courts' house
/// styles that the extractor is never tuned on. Every template for a conduct states exactly that
/// conduct under the definitions of docs/judgments.md, so the gold label follows from the choice.
/// </summary>
public sealed record Phrasebook
{
    /// <summary>Name, for reports ("development" or "held-out").</summary>
    public required string Name { get; init; }

    /// <summary>True for the held-out set.</summary>
    public required bool IsHeldOut { get; init; }

    /// <summary>Header lines: {Title} (CJO title line, may be empty), {Court}, {CaseNumber}.</summary>
    public required string[] Header { get; init; }

    /// <summary>Defendant paragraphs: {Name} {Gender} {Birth} {Birthplace} {Ethnicity} {Education} {Occupation} {Residence} {Prior} {Custody}.</summary>
    public required string[] DefendantParagraph { get; init; }

    /// <summary>Education forms: {0} is the level word.</summary>
    public required string[] EducationForm { get; init; }

    /// <summary>Prior conviction: {Date} {Charge} {Court} {Punishment} {Release}.</summary>
    public required string[] Prior { get; init; }

    /// <summary>Custody when detained: {Caught} {Police} {Arrested} {Detention}.</summary>
    public required string[] Detained { get; init; }

    /// <summary>Custody on bail: {Caught} {Police}.</summary>
    public required string[] Bail { get; init; }

    /// <summary>Procedural paragraph: {Prosecutor} {Indictment} {Names} {Prosecuted} {Trial}.</summary>
    public required string[] Procedure { get; init; }

    /// <summary>Trial forms by procedure: ordinary, summary, expedited.</summary>
    public required string[][] Trial { get; init; }

    /// <summary>The prosecution's allegation (without amounts): {Prosecutor} {Period} {Who}.</summary>
    public required string[] Allegation { get; init; }

    /// <summary>A defence opinion the court accepts: {Name}, {Claim} (what counsel argued, a circumstance the court found).</summary>
    public required string[] DefenceAccepted { get; init; }

    /// <summary>A defence claim of surrender the court rejects: {Name}.</summary>
    public required string[] DefenceRejectedSurrender { get; init; }

    /// <summary>Findings heading (with its punctuation).</summary>
    public required string[] FactsHeading { get; init; }

    /// <summary>Own cards sold or rented: {Period} {Name} {Cards} {Verb} {Upstream}.</summary>
    public required string[] OwnCards { get; init; }

    /// <summary>Own cards with own transfers or face verification: {Period} {Name} {Cards} {Verb} {Act}.</summary>
    public required string[] OwnCardsWithSettlement { get; init; }

    /// <summary>Payment settlement through own accounts only (跑分, cash-out): {Period} {Name} {Upstream}.</summary>
    public required string[] Settlement { get; init; }

    /// <summary>Card dealer: {Period} {Name} {Cards} {Upstream}.</summary>
    public required string[] Dealer { get; init; }

    /// <summary>Phone cards sold: {Period} {Name} {PhoneCards}.</summary>
    public required string[] PhoneCards { get; init; }

    /// <summary>Phone cards bought and resold: {Period} {Name} {PhoneCards}.</summary>
    public required string[] PhoneCardDealer { get; init; }

    /// <summary>GOIP / SIM box: {Period} {Name} {Devices} {PhoneCards} {Upstream}.</summary>
    public required string[] Devices { get; init; }

    /// <summary>Technical support: {Period} {Name}.</summary>
    public required string[] Technical { get; init; }

    /// <summary>Advertising: {Period} {Name}.</summary>
    public required string[] Advertising { get; init; }

    /// <summary>A fraud-ring member (诈骗罪): {Period} {Name}.</summary>
    public required string[] FraudMember { get; init; }

    /// <summary>Settlement amount sentence: {Name} {Amount}.</summary>
    public required string[] SettlementAmount { get; init; }

    /// <summary>Gains sentence: {Name} {Amount}.</summary>
    public required string[] Gains { get; init; }

    /// <summary>No gains: {Name}.</summary>
    public required string[] NoGains { get; init; }

    /// <summary>Restitution in the facts: {Name} {Amount}.</summary>
    public required string[] RestitutionFact { get; init; }

    /// <summary>Evidence paragraph.</summary>
    public required string[] Evidence { get; init; }

    /// <summary>Opening of an itemised evidence list.</summary>
    public required string[] EvidenceListOpening { get; init; }

    /// <summary>Evidence items; {Name} is a defendant.</summary>
    public required string[] EvidenceItems { get; init; }

    /// <summary>Reasoning opening for 帮信 defendants: {Names} {Help} {Both} (均 when several).</summary>
    public required string[] ReasoningAssisting { get; init; }

    /// <summary>Circumstance sentences: keys surrender, confession, plea, recidivist, accessory, minor, restitution, student; {Name}.</summary>
    public required IReadOnlyDictionary<string, string[]> Circumstances { get; init; }

    /// <summary>Phrase for all defendants together, as the subject of a circumstance: {Count} (二, 三).</summary>
    public required string[] AllDefendants { get; init; }

    /// <summary>Result item openings: {Number} (一、 or empty) {Name} {Charges} {Punishment}.</summary>
    public required string[] ResultItem { get; init; }

    /// <summary>Confiscation of gains: {Name} {Amount}.</summary>
    public required string[] Confiscation { get; init; }

    /// <summary>Confiscation of returned gains: {Name} {Amount}.</summary>
    public required string[] ReturnedConfiscation { get; init; }

    /// <summary>Appeal notice: {AppealCourt}.</summary>
    public required string[] Appeal { get; init; }

    /// <summary>Characters used for zero in the signature date.</summary>
    public required char[] DateZeros { get; init; }

    /// <summary>Spacer between a signature title and the name (full-width spaces, plain spaces).</summary>
    public required string[] SignatureSpacers { get; init; }

    /// <summary>Weights of the money forms, in <see cref="MoneyForm"/> order.</summary>
    public required double[] MoneyForms { get; init; }

    /// <summary>Weights of fine forms (Chinese, Arabic, capitals).</summary>
    public required double[] FineForms { get; init; }

    /// <summary>Occupation words by occupation: index = (int)Occupation − 1.</summary>
    public required string[][] OccupationWords { get; init; }
}
