namespace Breakcard.Legal.Facts;

/// <summary>Consequences of the helped crime (法释〔2019〕15号 Art. 12 para. 1 item 6 and para. 2).</summary>
public enum Consequences
{
    /// <summary>No serious consequences.</summary>
    None,

    /// <summary>Serious consequences (严重后果).</summary>
    Serious,

    /// <summary>Especially serious consequences (特别严重后果); implies serious.</summary>
    EspeciallySerious,
}
