namespace Breakcard.Core.Judgments;

/// <summary>
/// An amount of money as a judgment states it. Courts often write a lower bound ("1100余万元",
/// "三万多元": more than ¥11 million, more than ¥30,000); <see cref="AtLeast"/> records that the
/// true amount is at least <see cref="Value"/>.
/// </summary>
/// <param name="Value">The stated amount (the lower bound when <paramref name="AtLeast"/>).</param>
/// <param name="AtLeast">True when the text says "余", "多" or "以上".</param>
public readonly record struct Amount(Money Value, bool AtLeast)
{
    /// <summary>An exact amount of whole yuan.</summary>
    public static Amount Yuan(long yuan) => new(Money.FromYuan(yuan), false);

    /// <summary>A lower bound in whole yuan.</summary>
    public static Amount AtLeastYuan(long yuan) => new(Money.FromYuan(yuan), true);

    /// <summary>"¥11,000,000.00" or "≥¥11,000,000.00".</summary>
    public override string ToString() => AtLeast ? "≥" + Value : Value.ToString();
}

/// <summary>A count as a judgment states it ("银行卡4张", "手机卡二十余张": at least 20).</summary>
/// <param name="Value">The stated count (the lower bound when <paramref name="AtLeast"/>).</param>
/// <param name="AtLeast">True when the text says "余", "多" or "以上".</param>
public readonly record struct Quantity(int Value, bool AtLeast)
{
    /// <summary>An exact count.</summary>
    public static Quantity Exactly(int value) => new(value, false);

    /// <summary>"4" or "≥20".</summary>
    public override string ToString() => (AtLeast ? "≥" : "") + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
