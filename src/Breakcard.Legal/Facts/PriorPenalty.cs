namespace Breakcard.Legal.Facts;

/// <summary>What an earlier administrative penalty was for.</summary>
public enum PenaltyGround
{
    /// <summary>Illegally using information networks (非法利用信息网络).</summary>
    IllegalUseOfNetworks,

    /// <summary>Helping information network crime (帮助信息网络犯罪活动), including Anti-Fraud Law Art. 38.</summary>
    HelpingNetworkCrime,

    /// <summary>Endangering the security of computer information systems (危害计算机信息系统安全).</summary>
    EndangeringComputerSystems,

    /// <summary>Trading cards or accounts (Anti-Fraud Law Art. 44); not a ground named by 法释〔2019〕15号 Art. 12 item 5.</summary>
    CardOrAccountDealing,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>An administrative penalty the defendant received before the conduct. Immutable.</summary>
/// <param name="Date">Date of the penalty decision.</param>
/// <param name="Ground">What it was for.</param>
public sealed record PriorPenalty(DateOnly Date, PenaltyGround Ground);
