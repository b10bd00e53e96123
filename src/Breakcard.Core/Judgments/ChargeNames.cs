namespace Breakcard.Core.Judgments;

/// <summary>
/// Names of the charges (罪名) that appear in judgments on card trading. Judgments name charges in
/// full; these constants are the exact forms, and <see cref="IsAssisting"/> tells 帮信 from the
/// heavier crimes that Criminal Law Art. 287-2 para. 3 sends similar conduct to.
/// </summary>
public static class ChargeNames
{
    /// <summary>帮助信息网络犯罪活动罪 (Criminal Law Art. 287-2).</summary>
    public const string Assisting = "帮助信息网络犯罪活动罪";

    /// <summary>诈骗罪 (Art. 266): when the helper acted in concert with the fraud ring.</summary>
    public const string Fraud = "诈骗罪";

    /// <summary>掩饰、隐瞒犯罪所得罪 (Art. 312): moving or withdrawing proceeds knowing them to be criminal.</summary>
    public const string Concealing = "掩饰、隐瞒犯罪所得罪";

    /// <summary>The full statutory name of Art. 312, which some courts use instead of <see cref="Concealing"/>.</summary>
    public const string ConcealingFull = "掩饰、隐瞒犯罪所得、犯罪所得收益罪";

    /// <summary>妨害信用卡管理罪 (Art. 177-1): buying or holding many other people's cards.</summary>
    public const string CreditCardObstruction = "妨害信用卡管理罪";

    /// <summary>True for 帮助信息网络犯罪活动罪.</summary>
    public static bool IsAssisting(string charge) => string.Equals(charge, Assisting, StringComparison.Ordinal);

    /// <summary>True for either name of Art. 312.</summary>
    public static bool IsConcealing(string charge) =>
        string.Equals(charge, Concealing, StringComparison.Ordinal) || string.Equals(charge, ConcealingFull, StringComparison.Ordinal);
}
