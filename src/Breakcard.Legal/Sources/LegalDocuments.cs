namespace Breakcard.Legal.Sources;

/// <summary>
/// Every legal document Breakcard encodes, with the date from which it is applied and why
/// (ADR 0021). The domain notes (<c>LAW.md</c>) are the primary source; documents they do not
/// cover are marked in <see cref="LegalDocument.EffectiveDateBasis"/>.
/// </summary>
public static class LegalDocuments
{
    /// <summary>Criminal Law of the PRC as revised in 1997 (Arts. 17, 42, 45, 99 are used).</summary>
    public static LegalDocument CriminalLaw { get; } = new(
        "criminal-law", "Criminal Law", "Criminal Law of the People's Republic of China (1997 revision)", "中华人民共和国刑法",
        new DateOnly(1997, 10, 1), SourceStanding.Official,
        "The revised Criminal Law took effect on 1997-10-01; Art. 287-2 was added later (see its provision).");

    /// <summary>Criminal Law Art. 287-2 (帮助信息网络犯罪活动罪), added by Amendment (IX).</summary>
    public static LegalSource Article287Dash2 { get; } = CriminalLaw.Provision(
        "Art. 287-2", effectiveFrom: new DateOnly(2015, 11, 1),
        note: "Added by Criminal Law Amendment (IX), in force 2015-11-01.");

    /// <summary>SPC/SPP Interpretation 法释〔2019〕15号 on illegal use of information networks and assisting information network crime.</summary>
    public static LegalDocument Interpretation2019 { get; } = new(
        "interp-2019-15", "法释〔2019〕15号",
        "SPC/SPP Interpretation on Several Issues concerning the Application of Law in Handling Criminal Cases of Illegally Using Information Networks and Assisting Information Network Criminal Activities",
        "关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释",
        new DateOnly(2019, 11, 1), SourceStanding.Official, "In force 2019-11-01 (LAW.md).");

    /// <summary>SPC Provisions on property penalties, 法释〔2000〕45号 (minimum fine).</summary>
    public static LegalDocument FineProvisions2000 { get; } = new(
        "interp-2000-45", "法释〔2000〕45号", "SPC Provisions on Several Issues concerning the Application of Property Penalties", "关于适用财产刑若干问题的规定",
        new DateOnly(2001, 1, 1), SourceStanding.Official,
        "LAW.md gives no date; the number shows it existed in 2000, so it is applied from 2001-01-01, the first day it certainly existed (ADR 0021). Every Art. 287-2 case is later.");

    /// <summary>SPC Interpretation on juvenile criminal cases, 法释〔2006〕1号 (how ages are counted).</summary>
    public static LegalDocument JuvenileInterpretation2006 { get; } = new(
        "interp-2006-1", "法释〔2006〕1号", "SPC Interpretation on Several Issues concerning the Specific Application of Law in Trying Criminal Cases Involving Minors", "关于审理未成年人刑事案件具体应用法律若干问题的解释",
        new DateOnly(2007, 1, 1), SourceStanding.Official,
        "Not in LAW.md; the number shows it existed in 2006, so it is applied from 2007-01-01, the first day it certainly existed (ADR 0021). Every Art. 287-2 case is later.");

    /// <summary>SPC/SPP/MPS Opinion (II) on telecom fraud cases, 法发〔2021〕22号 ("two cards").</summary>
    public static LegalDocument OpinionII2021 { get; } = new(
        "opinion-2021-22", "法发〔2021〕22号", "SPC/SPP/MPS Opinions (II) on Several Issues concerning the Application of Law in Handling Telecom Network Fraud and Other Criminal Cases",
        "关于办理电信网络诈骗等刑事案件适用法律若干问题的意见（二）",
        new DateOnly(2021, 6, 17), SourceStanding.Official,
        "LAW.md gives only 2021-06; the Opinion (II) was issued on 2021-06-17 and is applied from that day (ADR 0021).");

    /// <summary>SPC/SPP/MPS meeting minutes on the "break card" operation (2022-03).</summary>
    public static LegalDocument BreakCardMinutes2022 { get; } = new(
        "minutes-2022-03", "\"Break card\" minutes (2022-03)", "SPC/SPP/MPS Meeting Minutes on Issues of Applying Law in the \"Break Card\" Operation",
        "关于“断卡”行动中有关法律适用问题的会议纪要",
        new DateOnly(2022, 4, 1), SourceStanding.Secondary,
        "LAW.md gives only 2022-03; applied from 2022-04-01, the first day on which the minutes certainly existed (ADR 0021).");

    /// <summary>The 2025 opinion on assisting information network crime cases (provisional).</summary>
    public static LegalDocument Opinion2025 { get; } = new(
        "opinion-2025-07-28", "Opinion of 2025-07-28", "Opinion on Handling Cases of Assisting Information Network Criminal Activities (2025)", null,
        new DateOnly(2025, 7, 28), SourceStanding.Provisional,
        "LAW.md dates the opinion 2025-07-28 from unverified summaries; applied from that date and labelled provisional.");

    /// <summary>Anti-Telecom and Online Fraud Law (反电信网络诈骗法).</summary>
    public static LegalDocument AntiFraudLaw { get; } = new(
        "anti-fraud-law", "Anti-Fraud Law", "Anti-Telecom and Online Fraud Law of the People's Republic of China", "中华人民共和国反电信网络诈骗法",
        new DateOnly(2022, 12, 1), SourceStanding.Official, "In force 2022-12-01 (LAW.md).");

    /// <summary>Joint disciplinary measures for telecom fraud and related offences (2024).</summary>
    public static LegalDocument DisciplinaryMeasures2024 { get; } = new(
        "measures-2024", "Disciplinary Measures (2024)", "Measures for Joint Discipline of Telecom Network Fraud and Related Illegal and Criminal Acts",
        "电信网络诈骗及其关联违法犯罪联合惩戒办法",
        new DateOnly(2024, 12, 1), SourceStanding.Official, "In force 2024-12-01 (LAW.md).");

    /// <summary>PBOC notice 银发〔2016〕261号 on payment settlement management (account limits).</summary>
    public static LegalDocument PbocNotice2016 { get; } = new(
        "pboc-2016-261", "银发〔2016〕261号", "PBOC Notice on Strengthening Payment Settlement Management to Prevent New Types of Telecom Network Crime",
        "关于加强支付结算管理防范电信网络新型违法犯罪有关事项的通知",
        new DateOnly(2016, 12, 1), SourceStanding.Official, "Account limits from 2016-12-01 (LAW.md).");

    /// <summary>Every document, oldest first.</summary>
    public static IReadOnlyList<LegalDocument> All { get; } =
    [
        CriminalLaw, FineProvisions2000, JuvenileInterpretation2006, PbocNotice2016, Interpretation2019,
        OpinionII2021, BreakCardMinutes2022, AntiFraudLaw, DisciplinaryMeasures2024, Opinion2025,
    ];
}
