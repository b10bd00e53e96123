namespace Breakcard.Simulation.Judgments;

/// <summary>The development and held-out phrasebooks.</summary>
public static partial class Phrasebooks
{
    /// <summary>
    /// The phrasings the extractor was developed against: the house style of Chengdu district
    /// courts (the source paper's sample) and nearby courts.
    /// </summary>
    public static Phrasebook Development { get; } = new()
    {
        Name = "development",
        IsHeldOut = false,
        Header = ["{Court}\n刑事判决书\n{CaseNumber}", "{Court}\n刑 事 判 决 书\n{CaseNumber}"],
        DefendantParagraph =
        [
            "被告人{Name}，{Gender}，{Birth}出生于{Birthplace}{Ethnicity}{Education}{Occupation}，住{Residence}。{Prior}{Custody}",
            "被告人{Name}，{Gender}，{Birth}出生{Ethnicity}，户籍地{Birthplace}{Education}{Occupation}，住{Residence}。{Prior}{Custody}",
        ],
        EducationForm = ["{0}文化"],
        Prior = ["{Date}因犯{Charge}被{Court}判处{Punishment}，{Release}刑满释放。"],
        Detained = ["因涉嫌犯{Suspicion}，于{Caught}被{Police}刑事拘留，同年{Arrested}被逮捕。现羁押于{Detention}。"],
        Bail = ["因涉嫌犯{Suspicion}，于{Caught}被{Police}取保候审。"],
        Procedure = ["{Prosecutor}以{Indictment}起诉书指控{Accusation}，于{Prosecuted}向本院提起公诉。{Trial}现已审理终结。"],
        Trial =
        [
            ["本院依法组成合议庭，{Open}开庭审理了本案。"],
            ["本院依法适用简易程序，实行独任审判，{Open}开庭审理了本案。"],
            ["本院依法适用速裁程序，实行独任审判，{Open}开庭审理了本案。"],
        ],
        Allegation = ["{Prosecutor}指控，{Period}，{Who}明知他人利用信息网络实施犯罪，仍为其犯罪提供帮助，情节严重，应当以帮助信息网络犯罪活动罪追究其刑事责任。"],
        DefenceAccepted = ["对于辩护人提出的被告人{Name}{Claim}，可以从轻处罚的辩护意见，经查属实，本院予以采纳。"],
        DefenceRejectedSurrender = ["辩护人提出被告人{Name}系自首的辩护意见，经查，被告人{Name}系被公安机关抓获归案，不构成自首，对该辩护意见本院不予采纳。"],
        FactsHeading = ["经审理查明：", "经审理查明，"],
        OwnCards =
        [
            "{Period}，被告人{Name}明知他人利用信息网络实施犯罪，仍将其本人名下的{Cards}{Verb}给他人使用。",
            "{Period}，被告人{Name}在明知他人利用信息网络实施犯罪的情况下，以{Price}的价格将本人名下的{Cards}{Verb}给他人。",
        ],
        OwnCardsWithSettlement =
        [
            "{Period}，被告人{Name}明知他人利用信息网络实施犯罪，仍将其本人名下的{Cards}{Verb}给他人，并按照对方要求{Act}。",
        ],
        Settlement =
        [
            "{Period}，被告人{Name}明知他人利用信息网络实施犯罪，仍按照上家“{Upstream}”的指示，使用其本人名下的银行卡接收他人转入的资金后再转至上家指定账户，从中赚取佣金。",
            "{Period}，被告人{Name}按照上家“{Upstream}”的指示，使用其本人名下的银行卡接收上家转入的资金，再通过ATM机取现后交给上家指定人员。",
        ],
        Dealer =
        [
            "{Period}，被告人{Name}明知他人利用信息网络实施犯罪，仍从他人处收购{Cards}，后以每套{Price}的价格转卖给上家“{Upstream}”。",
        ],
        PhoneCards = ["{Period}，被告人{Name}明知他人利用信息网络实施犯罪，仍以本人身份办理{PhoneCards}，并出售给他人使用。"],
        PhoneCardDealer = ["{Period}，被告人{Name}明知他人利用信息网络实施犯罪，仍从他人处收购{PhoneCards}，后转卖给他人用于实施诈骗。"],
        Devices = ["{Period}，被告人{Name}受上家“{Upstream}”雇佣，明知他人利用信息网络实施犯罪，仍在出租屋内架设GOIP设备{Devices}，将上家提供的{PhoneCards}插入设备，为他人拨打诈骗电话提供通讯传输服务。"],
        Technical = ["{Period}，被告人{Name}明知他人利用信息网络实施犯罪，仍为他人搭建虚假投资网站，并提供服务器租用和后台维护等技术支持。"],
        Advertising = ["{Period}，被告人{Name}明知他人利用信息网络实施犯罪，仍受雇在网络平台发布“刷单返利”广告，为他人推广引流。"],
        FraudMember = ["{Period}，被告人{Name}伙同他人冒充电商客服，以办理退款为由骗取被害人信任，参与诈骗他人财物。"],
        SettlementAmount = ["经查，上述银行卡支付结算金额共计人民币{Amount}。", "经查，被告人{Name}名下银行卡交易流水共计{Amount}。"],
        Gains = ["被告人{Name}从中获利{Amount}。", "被告人{Name}共计获利人民币{Amount}。"],
        NoGains = ["被告人{Name}未获利。"],
        RestitutionFact = ["案发后，被告人{Name}退缴违法所得{Amount}。"],
        Evidence = ["上述事实，被告人在开庭审理过程中亦无异议，且有书证、证人证言、被告人供述等证据证实，足以认定。"],
        EvidenceListOpening = ["上述事实，有经庭审举证、质证的下列证据证实："],
        EvidenceItems =
        [
            "受案登记表、立案决定书、到案经过，证实本案的案发及被告人{Name}的到案经过",
            "被告人{Name}的户籍证明，证实其身份情况及作案时已达刑事责任年龄",
            "被告人{Name}的供述与辩解，对其犯罪事实供认不讳",
            "证人的证言，证实其知晓的案件情况",
            "银行账户交易明细、开户资料，证实涉案账户的开户及交易情况",
            "被害人的陈述及报案材料，证实其被骗经过",
            "扣押决定书、扣押清单，证实公安机关依法扣押涉案物品的情况",
            "电子数据勘验笔录、聊天记录截图，证实被告人{Name}与上家联系的情况",
            "辨认笔录，证实被告人{Name}辨认出相关人员的情况",
        ],
        ReasoningAssisting = ["本院认为，{Who}明知他人利用信息网络实施犯罪，为其犯罪提供{Help}帮助，情节严重，其行为{Both}已构成帮助信息网络犯罪活动罪。"],
        Circumstances = new Dictionary<string, string[]>
        {
            ["surrender"] = ["{Who}主动投案，如实供述自己的罪行，系自首，依法可以从轻处罚。"],
            ["confession"] = ["{Who}到案后如实供述自己的罪行，系坦白，依法可以从轻处罚。", "{Who}到案后能如实供述自己的罪行，依法可以从轻处罚。"],
            ["plea"] = ["{Who}自愿认罪认罚，依法可以从宽处理。"],
            ["recidivist"] = ["{Who}曾因故意犯罪被判处有期徒刑，刑罚执行完毕以后五年内再犯应当判处有期徒刑以上刑罚之罪，系累犯，依法应当从重处罚。"],
            ["accessory"] = ["在共同犯罪中，{Who}起次要作用，系从犯，依法应当从轻处罚。"],
            ["minor"] = ["{Who}犯罪时未满十八周岁，依法应当从轻处罚。"],
            ["restitution"] = ["{Who}退缴违法所得，可酌情从轻处罚。"],
            ["student"] = ["鉴于{Who}系在校学生，可酌情从轻处罚。"],
        },
        AllDefendants = ["{Count}被告人"],
        ResultItem = ["{Number}被告人{Name}{Charges}。"],
        Confiscation = ["{Number}追缴被告人{Name}违法所得人民币{Amount}，上缴国库。"],
        ReturnedConfiscation = ["{Number}被告人{Name}退缴的违法所得人民币{Amount}，予以没收，上缴国库。"],
        Appeal = ["如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向{AppealCourt}提出上诉。书面上诉的，应当提交上诉状正本一份，副本二份。"],
        DateZeros = ['〇'],
        SignatureSpacers = ["　", "　　"],
        MoneyForms = [0.3, 0.05, 0.25, 0.1, 0, 0.2, 0.05, 0.05],
        FineForms = [0.75, 0.25, 0],
        OccupationWords =
        [
            ["系{School}学生", "{School}在校学生"],
            ["无业", "无固定职业"],
            ["农民", "务农"],
            ["务工", "公司职员", "快递员", "服务员"],
            ["个体经营", "个体工商户"],
            ["系某某网络科技有限公司程序员"],
            ["系某银行支行柜员"],
            ["系某通信营业厅营业员"],
            ["退休"],
            ["系某事业单位职工"],
        ],
    };
}
