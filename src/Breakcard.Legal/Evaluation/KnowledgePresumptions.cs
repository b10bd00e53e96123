using System.Collections.Frozen;
using System.Collections.Immutable;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// Presumptions of knowledge: 法释〔2019〕15号 Art. 11 (items 1–7), 法发〔2021〕22号 Art. 8 para. 2
/// and the 2025 opinion (provisional). Each holds "unless there is contrary evidence"
/// (但是有相反证据的除外), so contrary evidence turns a presumption into a contested question.
/// </summary>
public static class KnowledgePresumptions
{
    private static LegalSource Art11(int item) => LegalDocuments.Interpretation2019.Provision($"Art. 11 item {item}");

    private static readonly LegalSource OpinionIIArt8 = LegalDocuments.OpinionII2021.Provision(
        "Art. 8 para. 2", SourceStanding.Secondary,
        note: "Not in LAW.md; encoded from published summaries of the Opinion (II): treated as Art. 11 item 7 (其他足以认定行为人明知的情形).");

    private static readonly LegalSource Opinion2025 = LegalDocuments.Opinion2025.Provision("(article not verified)", note: "Unverified summaries; provisional.");

    /// <summary>The source of an asserted "other circumstance sufficient to find knowledge".</summary>
    public static LegalSource OtherCircumstanceSource { get; } = Art11(7);

    /// <summary>Each indicator's provision and wording.</summary>
    public static FrozenDictionary<KnowledgeIndicator, (LegalSource Source, string Text)> Catalog { get; } =
        new Dictionary<KnowledgeIndicator, (LegalSource, string)>
        {
            [KnowledgeIndicator.ToldByRegulator] = (Art11(1), "carried on after being told by a regulator (经监管部门告知后仍然实施)"),
            [KnowledgeIndicator.IgnoredReports] = (Art11(2), "received reports and did not perform statutory management duties (接到举报后不履行法定管理职责)"),
            [KnowledgeIndicator.AbnormalPriceOrMethod] = (Art11(3), "transaction price or method clearly abnormal (交易价格或者方式明显异常)"),
            [KnowledgeIndicator.SpecialCrimeTools] = (Art11(4), "provided programs, tools or help made specially for crime"),
            [KnowledgeIndicator.EvasionMeasures] = (Art11(5), "frequently hid internet access, encrypted communication, destroyed data or used a false identity to evade supervision"),
            [KnowledgeIndicator.HelpedEvadeInvestigation] = (Art11(6), "helped others evade supervision or investigation"),
            [KnowledgeIndicator.UnitAccountDealing] = (OpinionIIArt8, "bought, sold or rented unit settlement accounts or unit payment accounts"),
            [KnowledgeIndicator.InsiderAbuse] = (OpinionIIArt8, "telecom, bank or payment insider used the job to open and sell or rent cards or accounts"),
            [KnowledgeIndicator.SimBoxOrSpoofingEquipment] = (Opinion2025, "supplied SIM-box or number-spoofing equipment"),
            [KnowledgeIndicator.ContinuedAfterRestriction] = (Opinion2025, "carried on after a bank or telecom operator restricted the account or card"),
            [KnowledgeIndicator.PreparedInvestigationScripts] = (Opinion2025, "prepared scripts for answering investigators"),
        }.ToFrozenDictionary();

    /// <summary>Assesses knowledge from the facts under the provisions in force on the conduct date.</summary>
    public static KnowledgeAssessment Assess(ConductFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var date = facts.ConductDate;
        var found = ImmutableArray.CreateBuilder<KnowledgePresumption>();
        foreach (var indicator in facts.KnowledgeIndicators)
        {
            var (source, text) = Catalog[indicator];
            found.Add(new KnowledgePresumption(indicator, text, source, source.IsInForceOn(date)));
        }

        if (facts.OtherKnowledgeCircumstance is { } other)
        {
            found.Add(new KnowledgePresumption(null, $"asserted other circumstance: \"{other.Trim()}\"", OtherCircumstanceSource, OtherCircumstanceSource.IsInForceOn(date)));
        }

        var presumptions = found.ToImmutable();
        var applied = presumptions.Count(p => p.InForce);
        var notInForce = presumptions.Length - applied;
        var notInForceNote = notInForce == 0 ? "" : $" {notInForce} indicator(s) rest on provisions not in force on {Amounts.Format(date)} and are not applied.";
        var (finding, explanation) = (facts.KnowledgeAdmitted, applied > 0, facts.ContraryEvidenceOfKnowledge) switch
        {
            (true, _, false) => (KnowledgeFinding.Admitted, "Knowledge is admitted or directly proven."),
            (false, true, false) => (KnowledgeFinding.Presumed, $"Knowledge is presumed from {applied} indicator(s), unless contrary evidence appears."),
            (true, _, true) or (false, true, true) => (KnowledgeFinding.Contested, "Knowledge is admitted or presumed, but contrary evidence is stated: a question for the court."),
            _ => (KnowledgeFinding.NotShown, "Nothing in the facts shows knowledge; it must be proven for criminal liability."),
        };
        return new KnowledgeAssessment(finding, presumptions, explanation + notInForceNote);
    }
}
