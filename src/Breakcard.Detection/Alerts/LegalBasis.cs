namespace Breakcard.Detection.Alerts;

/// <summary>
/// The legal and regulatory texts alerts cite (facts from LAW.md), each with the date it took
/// effect. Lines marked "secondary source" encode rules whose official text was not available.
/// </summary>
public static class LegalBasis
{
    /// <summary>Anti-Fraud Law Art. 18 — banks' duty to monitor and the measures they may take.</summary>
    public const string AntiFraudArt18 =
        "Anti-Telecom and Online Fraud Law Art. 18 (in force 2022-12-01): banks and payment institutions monitor abnormal accounts and suspicious transactions and may delay settlement, restrict or suspend business; device data (IP, MAC, terminal) may be collected for this";

    /// <summary>Anti-Fraud Law Art. 11 — operators' duty on abnormal phone cards.</summary>
    public const string AntiFraudArt11 =
        "Anti-Telecom and Online Fraud Law Art. 11 (in force 2022-12-01): telecom operators re-verify the identity behind abnormal phone cards and may restrict or suspend them";

    /// <summary>Anti-Fraud Law Art. 16 — account limits.</summary>
    public const string AntiFraudArt16 =
        "Anti-Telecom and Online Fraud Law Art. 16 (in force 2022-12-01): accounts per person may not exceed the limit";

    /// <summary>Anti-Fraud Law Art. 10 — phone-card limits.</summary>
    public const string AntiFraudArt10 =
        "Anti-Telecom and Online Fraud Law Art. 10 (in force 2022-12-01): phone cards per person may not exceed the national limit";

    /// <summary>Anti-Fraud Law Art. 17 — corporate accounts.</summary>
    public const string AntiFraudArt17 =
        "Anti-Telecom and Online Fraud Law Art. 17 (in force 2022-12-01): risk controls on abnormal corporate-account opening and use";

    /// <summary>Anti-Fraud Law Art. 31 — selling, renting or lending cards and accounts is prohibited.</summary>
    public const string AntiFraudArt31 =
        "Anti-Telecom and Online Fraud Law Art. 31 (in force 2022-12-01): no buying, selling, renting or lending of phone cards, bank or payment accounts";

    /// <summary>PBOC 2006 Art. 11(1).</summary>
    public const string Pboc2006Art11Item1 =
        "PBOC suspicious-transaction reporting rules (2006) Art. 11(1): funds dispersed in and concentrated out, or concentrated in and dispersed out, in a short time, inconsistent with the customer's profile";

    /// <summary>PBOC 2006 Art. 11(2).</summary>
    public const string Pboc2006Art11Item2 =
        "PBOC suspicious-transaction reporting rules (2006) Art. 11(2): frequent payments just under reporting thresholds";

    /// <summary>PBOC 2006 Art. 11(3).</summary>
    public const string Pboc2006Art11Item3 =
        "PBOC suspicious-transaction reporting rules (2006) Art. 11(3): company accounts often receiving remittances unrelated to their business";

    /// <summary>PBOC 2006 Art. 11(4).</summary>
    public const string Pboc2006Art11Item4 =
        "PBOC suspicious-transaction reporting rules (2006) Art. 11(4): a long-dormant account suddenly active, or a low-flow account with sudden large inflows and many payments";

    /// <summary>PBOC 2006 Art. 11, general.</summary>
    public const string Pboc2006Art11 =
        "PBOC suspicious-transaction reporting rules (2006) Art. 11: suspicious-transaction signals (the 2016 revision leaves them to each bank's standards; they remain common practice)";

    /// <summary>银发〔2016〕261号.</summary>
    public const string Yinfa2016No261 =
        "PBOC 银发〔2016〕261号 (from 2016-12-01): one Class I account per person per bank; one Class III payment account per person per payment institution";

    /// <summary>Five phone cards per person per operator (secondary source).</summary>
    public const string FiveSimsPerOperator =
        "Phone cards: 5 per person per operator (secondary source)";

    /// <summary>法发〔2021〕22号 Art. 7.</summary>
    public const string Opinion2021Art7 =
        "Opinion (II) on telecom fraud, 法发〔2021〕22号 Art. 7 (2021-06): buying, selling or renting bank accounts, payment accounts or others' phone cards is help under Criminal Law Art. 287-2";

    /// <summary>The 2025 opinion (provisional).</summary>
    public const string Opinion2025 =
        "Opinion on assisting information network crime cases, 2025-07-28 (secondary source, provisional): SIM-box equipment and continuing after a restriction presume knowledge";

    /// <summary>The source paper's section 4.4.</summary>
    public const string SourcePaper44 =
        "Source paper §4.4: follow-up on corporate accounts with abnormal transaction times, frequent transactions in a short period or huge amounts; suspend long-unused blank cards";

    /// <summary>The large-value cash reporting threshold used by default for "just under" amounts.</summary>
    public const string LargeValueReporting =
        "PBOC large-value and suspicious transaction reporting rules (2016 revision) Art. 5: cash transactions of ¥50,000 or more in a day are reported";
}
