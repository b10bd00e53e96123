namespace Breakcard.Legal.Facts;

/// <summary>
/// Evidence from which knowledge (明知) may be presumed, unless there is contrary evidence. Each
/// value maps to one provision in <c>Evaluation.KnowledgePresumptions</c>.
/// </summary>
public enum KnowledgeIndicator
{
    /// <summary>Carried on after being told by a regulator (法释〔2019〕15号 Art. 11 item 1).</summary>
    ToldByRegulator,

    /// <summary>Received reports and did not perform statutory management duties (Art. 11 item 2).</summary>
    IgnoredReports,

    /// <summary>Transaction price or method clearly abnormal (Art. 11 item 3).</summary>
    AbnormalPriceOrMethod,

    /// <summary>Provided programs, tools or other help made specially for crime (Art. 11 item 4).</summary>
    SpecialCrimeTools,

    /// <summary>Frequently used hidden internet access, encrypted communication, data destruction or a false identity to evade supervision (Art. 11 item 5).</summary>
    EvasionMeasures,

    /// <summary>Helped others evade supervision or investigation (Art. 11 item 6).</summary>
    HelpedEvadeInvestigation,

    /// <summary>Bought, sold or rented unit settlement accounts or unit payment accounts (法发〔2021〕22号 Art. 8 para. 2).</summary>
    UnitAccountDealing,

    /// <summary>A telecom, bank or payment insider used the job to open and sell or rent cards or accounts (法发〔2021〕22号 Art. 8 para. 2).</summary>
    InsiderAbuse,

    /// <summary>Supplied SIM-box or number-spoofing equipment (2025 opinion, provisional).</summary>
    SimBoxOrSpoofingEquipment,

    /// <summary>Carried on after a bank or telecom operator restricted the account or card (2025 opinion, provisional).</summary>
    ContinuedAfterRestriction,

    /// <summary>Prepared scripts for answering investigators (2025 opinion, provisional).</summary>
    PreparedInvestigationScripts,
}
