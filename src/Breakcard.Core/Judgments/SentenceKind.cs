namespace Breakcard.Core.Judgments;

/// <summary>The principal punishment a defendant received (the executed one when several crimes are combined).</summary>
public enum SentenceKind
{
    /// <summary>有期徒刑: fixed-term imprisonment.</summary>
    FixedTerm = 1,

    /// <summary>拘役: criminal detention (1 to 6 months, Criminal Law Art. 42).</summary>
    Detention = 2,

    /// <summary>管制: public surveillance.</summary>
    Surveillance = 3,

    /// <summary>单处罚金: a fine only.</summary>
    FineOnly = 4,

    /// <summary>免予刑事处罚: convicted but exempted from punishment.</summary>
    Exempted = 5,
}
