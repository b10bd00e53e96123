namespace Breakcard.Screening.Patterns;

/// <summary>A provision a screening reason rests on.</summary>
/// <param name="Id">Stable short id, for example <c>afl-31</c>.</param>
/// <param name="Citation">English citation, for example "Anti-Telecom and Online Fraud Law Art. 31".</param>
/// <param name="ChineseCitation">The citation as Chinese practitioners write it.</param>
/// <param name="InForce">The date the provision took effect.</param>
/// <param name="Summary">What the provision says that matters here.</param>
/// <param name="SecondarySource">True when the text was taken from secondary sources (press, law-firm summaries), not the official text.</param>
public sealed record LegalReference(string Id, string Citation, string ChineseCitation, DateOnly InForce, string Summary, bool SecondarySource = false)
{
    /// <summary>"Citation (in force yyyy-MM-dd)".</summary>
    public override string ToString() => $"{Citation} (in force {InForce:yyyy-MM-dd})";
}

/// <summary>The provisions screening cites. Sources: <c>LAW.md</c> of the project's domain notes.</summary>
public static class LegalReferences
{
    /// <summary>Criminal Law Art. 287-2: helping information network crime, including payment settlement and advertising.</summary>
    public static LegalReference CriminalLaw287_2 { get; } = new(
        "cl-287-2", "Criminal Law Art. 287-2", "《刑法》第二百八十七条之二", new DateOnly(2015, 11, 1),
        "Knowingly helping another's information network crime — technical support, advertising, payment settlement — is punishable by up to 3 years (帮助信息网络犯罪活动罪).");

    /// <summary>Anti-Telecom and Online Fraud Law Art. 31: no trading or lending of cards and accounts.</summary>
    public static LegalReference AntiFraudLaw31 { get; } = new(
        "afl-31", "Anti-Telecom and Online Fraud Law Art. 31", "《反电信网络诈骗法》第三十一条", new DateOnly(2022, 12, 1),
        "No buying, selling, renting or lending phone cards, IoT cards, bank or payment accounts, or internet accounts, and no helping others pass real-name checks.");

    /// <summary>Anti-Telecom and Online Fraud Law Art. 14: no making, selling, providing or using devices and software for fraud.</summary>
    public static LegalReference AntiFraudLaw14 { get; } = new(
        "afl-14", "Anti-Telecom and Online Fraud Law Art. 14", "《反电信网络诈骗法》第十四条", new DateOnly(2022, 12, 1),
        "No one may illegally make, sell, provide or use SIM-box devices, number-changing or virtual-dialling devices and software, batch account and address switching systems, or other devices and software used for telecom fraud.",
        SecondarySource: true);

    /// <summary>Anti-Telecom and Online Fraud Law Art. 17: risk controls on corporate-account opening.</summary>
    public static LegalReference AntiFraudLaw17 { get; } = new(
        "afl-17", "Anti-Telecom and Online Fraud Law Art. 17", "《反电信网络诈骗法》第十七条", new DateOnly(2022, 12, 1),
        "Banks must control the risk of abnormal corporate-account opening.");

    /// <summary>Opinion (II) on telecom fraud, 法发〔2021〕22号 Art. 7: card and account trading counts as help under Art. 287-2.</summary>
    public static LegalReference Opinion2021No22Art7 { get; } = new(
        "opinion-2021-22-7", "Opinion (II) on telecom fraud cases, Fa Fa [2021] No. 22, Art. 7", "法发〔2021〕22号 第七条", new DateOnly(2021, 6, 17),
        "Buying, selling or renting credit cards, bank accounts, payment accounts, internet accounts with payment functions, payment interfaces or online-banking certificates (one's own included), or other people's phone, data or IoT cards, counts as help under Criminal Law Art. 287-2.");

    /// <summary>SPC/SPP Interpretation 法释〔2019〕15号 Art. 11: when knowledge (明知) is presumed.</summary>
    public static LegalReference Interpretation2019No15Art11 { get; } = new(
        "interp-2019-15-11", "SPC/SPP Interpretation Fa Shi [2019] No. 15, Art. 11", "法释〔2019〕15号 第十一条", new DateOnly(2019, 11, 1),
        "Knowledge may be presumed from a clearly abnormal transaction price or method, or from evading supervision (encrypted communication, false identities, destroying data).");
}
