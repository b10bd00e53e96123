using System.Collections.Immutable;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>What the facts show about knowledge (明知), an element of the crime.</summary>
public enum KnowledgeFinding
{
    /// <summary>Admitted or directly proven, with no contrary evidence.</summary>
    Admitted,

    /// <summary>Presumed from evidence under a provision in force, with no contrary evidence.</summary>
    Presumed,

    /// <summary>Admission or presumption stands against contrary evidence: for the court.</summary>
    Contested,

    /// <summary>Nothing in the facts shows knowledge.</summary>
    NotShown,
}

/// <summary>One presumption of knowledge found in the evidence, or given but not in force. Immutable.</summary>
/// <param name="Indicator">The evidence, or null for an asserted "other circumstance".</param>
/// <param name="Text">What the provision says.</param>
/// <param name="Source">The provision.</param>
/// <param name="InForce">False when the provision came into force after the conduct date; such a presumption is listed but not applied.</param>
public sealed record KnowledgePresumption(KnowledgeIndicator? Indicator, string Text, LegalSource Source, bool InForce);

/// <summary>The presumptions found and the resulting finding. Immutable.</summary>
/// <param name="Finding">Admitted, presumed, contested or not shown.</param>
/// <param name="Presumptions">Every presumption the evidence points to, in force or not.</param>
/// <param name="Explanation">One sentence explaining the finding.</param>
public sealed record KnowledgeAssessment(KnowledgeFinding Finding, ImmutableArray<KnowledgePresumption> Presumptions, string Explanation)
{
    /// <summary>True when knowledge is admitted or presumed without contrary evidence.</summary>
    public bool Established => Finding is KnowledgeFinding.Admitted or KnowledgeFinding.Presumed;
}
