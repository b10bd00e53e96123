namespace Breakcard.Screening.Lexicon;

/// <summary>How the surface form of a matched term differs from its canonical form.</summary>
public enum FoldKind
{
    /// <summary>Written canonically (after width, case and traditional-to-simplified folding).</summary>
    Canonical = 0,

    /// <summary>A common non-standard spelling that is not an evasion (帐户 for 账户, 身分证).</summary>
    Spelling,

    /// <summary>A character replaced by one that sounds alike (薇信, 祖卡, 跑粉).</summary>
    Homophone,

    /// <summary>A character replaced by one that looks alike (徽信, 卞, 曰结).</summary>
    Lookalike,

    /// <summary>A character written as its components (彳亍 for 行).</summary>
    Split,

    /// <summary>Pinyin, whole or mixed with characters (yinhangka, yin行卡, pao fen).</summary>
    Pinyin,

    /// <summary>An initials abbreviation or code word (yhk, zfb, vx, sfz).</summary>
    Abbreviation,

    /// <summary>
    /// A character read from an emoji that sounds like it (手🐔卡 → 手机卡, ADR 449). Honest writers pun for style, so it is no disguise
    /// by itself (<see cref="FoldKinds.IsDisguise"/>), and evidence of evasion only where an offer is read (ADR 454:
    /// <c>disguised-vocabulary</c> and the model's disguise signal).
    /// </summary>
    Rebus,
}

/// <summary>Helpers for <see cref="FoldKind"/>.</summary>
public static class FoldKinds
{
    /// <summary>
    /// True when the form is a deliberate disguise rather than ordinary spelling. An emoji pun is not one by itself (ADR 449); it
    /// counts beside an offer (ADR 454: <see cref="FoldKind.Rebus"/>).
    /// </summary>
    public static bool IsDisguise(this FoldKind kind) => kind is not (FoldKind.Canonical or FoldKind.Spelling or FoldKind.Rebus);

    /// <summary>Parses the kind column of <c>variants.tsv</c>.</summary>
    internal static FoldKind Parse(string text) => text switch
    {
        "spelling" => FoldKind.Spelling,
        "homophone" => FoldKind.Homophone,
        "lookalike" => FoldKind.Lookalike,
        "split" => FoldKind.Split,
        "pinyin" => FoldKind.Pinyin,
        "abbreviation" => FoldKind.Abbreviation,
        _ => throw new FormatException($"unknown variant kind '{text}'"),
    };
}
