namespace Breakcard.EarlyWarning.Scoring;

/// <summary>
/// The demographic priors of STATISTICS.md (sellers are mostly young, without a fixed job, with
/// little schooling; students are a targeted group). A prior raises the priority of someone who
/// already shows a signal; it is never a reason to warn on its own. Sex is deliberately not a
/// prior, although 87 % of sellers are men: a bank may not treat a customer worse for his sex,
/// and the behavioural signals carry the evidence (ADR 100).
/// </summary>
public enum PriorFactor
{
    /// <summary>Aged 16–29 (64.8 % of sellers are under 30; 22 % of adults).</summary>
    Young = 1,

    /// <summary>A school or college student (targeted by campus recruitment).</summary>
    Student = 2,

    /// <summary>No fixed job (52.4 % of sellers; about 6 % of adults).</summary>
    NoFixedJob = 3,

    /// <summary>Junior high school or less (66.3 % of sellers).</summary>
    LittleSchooling = 4,
}
