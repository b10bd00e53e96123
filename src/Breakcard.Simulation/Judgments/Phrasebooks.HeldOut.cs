namespace Breakcard.Simulation.Judgments;

/// <summary>The development and held-out phrasebooks.</summary>
public static partial class Phrasebooks
{
    /// <summary>
    /// Phrasings reserved for evaluation: other provinces' house styles (a title line before the
    /// court, 性别/出生日期 labels, Chinese-numeral birth dates, 文化程度 before the level, other
    /// verbs and nouns for the same conduct, ○ or O in dates, financial capitals). The extractor is
    /// never developed or tuned against these.
    /// </summary>
    public static Phrasebook HeldOut { get; } = new()
    {
        Name = "held-out",
        IsHeldOut = true,
        Header = ["{Title}\n{Court}\n刑事判决书\n{CaseNumber}", "{Court}\n刑　事　判　决　书\n{CaseNumber}"],
        DefendantParagraph =
        [
            "被告人{Name}，{Gender}{Ethnicity}，{Birth}生，户籍地{Birthplace}{Education}{Occupation}。{Prior}{Custody}",
            "被告人：{Name}，性别{Gender}，出生日期{Birth}{Ethnicity}{Education}{Occupation}，现住{Residence}。{Prior}{Custody}",
            "被告人{Name}，{Gender}，{BirthCn}出生于{Birthplace}{Ethnicity}{Education}{Occupation}，住{Residence}。{Prior}{Custody}",
        ],
        EducationForm = ["文化程度{0}", "{0}学历", "{0}文化程度"],
        Prior = ["曾于{Date}因犯{Charge}被{Court}判处{Punishment}，{Release}刑满释放。"],
        Detained = ["{Caught}因涉嫌犯{Suspicion}被{Police}刑事拘留，{Arrested}被逮捕。现押于{Detention}。"],
        Bail = ["因本案于{Caught}被{Police}取保候审。"],
        Procedure = ["{Prosecutor}以{Indictment}起诉书指控{Accusation}，于{Prosecuted}向本院提起公诉。本院受理后，{Trial}本案现已审理终结。"],
        Trial =
        [
            ["依法组成合议庭，{Open}开庭进行了审理。"],
            ["依法适用简易程序，由审判员一人独任审判，{Open}开庭进行了审理。"],
            ["依法适用速裁程序，由审判员一人独任审判，{Open}开庭进行了审理。"],
        ],
        Allegation = ["公诉机关指控：{Period}期间，{Who}在明知他人利用信息网络实施犯罪的情况下，仍为他人提供帮助，其行为已触犯《中华人民共和国刑法》第二百八十七条之二第一款之规定。"],
        DefenceAccepted = ["辩护人关于被告人{Name}{Claim}、建议从轻处罚的意见，与查明的事实相符，本院予以采纳。"],
        DefenceRejectedSurrender = ["关于辩护人提出被告人{Name}构成自首的意见，经查，被告人{Name}系被民警抓获到案，其行为不属于自首，该意见本院不予支持。"],
        FactsHeading = ["本院经审理查明：", "经审理认定：", "经开庭审理查明："],
        OwnCards =
        [
            "{Period}，被告人{Name}为牟取利益，明知他人利用信息网络实施犯罪，仍将以其名义办理的{Cards}租借给“{Upstream}”使用。",
            "{Period}期间，被告人{Name}在明知他人可能利用信息网络实施犯罪的情况下，将自己的{Cards}卖给他人使用。",
            "{Period}，被告人{Name}经网友介绍，把本人{Cards}交由他人使用。",
        ],
        OwnCardsWithSettlement =
        [
            "{Period}，被告人{Name}将本人名下{Cards}提供给上家“{Upstream}”，并配合对方完成刷脸认证、登录网银转账等操作。",
        ],
        Settlement =
        [
            "{Period}，被告人{Name}受上家“{Upstream}”指使，利用本人微信、支付宝账户收取他人转账，再将款项转出至指定账户（俗称“跑分”），按流水比例提成。",
        ],
        Dealer =
        [
            "{Period}，被告人{Name}通过社交软件招揽他人办理银行卡，共计收取{Cards}，随后加价卖给上家。",
        ],
        PhoneCards = ["{Period}，被告人{Name}在多家营业厅办理{PhoneCards}后，以每张{Price}的价格卖给他人。"],
        PhoneCardDealer = ["{Period}，被告人{Name}从网上购买{PhoneCards}后转手出售给他人。"],
        Devices = ["{Period}，被告人{Name}按照“{Upstream}”的安排，携带“猫池”设备{Devices}及{PhoneCards}辗转多地，为境外人员拨打网络电话提供线路转接。"],
        Technical = ["{Period}，被告人{Name}接受他人委托，为其开发具有聊天、转账功能的APP并负责日常运维。"],
        Advertising = ["{Period}，被告人{Name}受雇在多个短视频平台发布虚假兼职信息，为诈骗团伙引流。"],
        FraudMember = ["{Period}，被告人{Name}在境外诈骗窝点担任“话务员”，按照话术剧本拨打电话诈骗他人钱财。"],
        SettlementAmount = ["经核查，前述账户走账金额合计人民币{Amount}。", "经审计，涉案银行卡收支流水达{Amount}。"],
        Gains = ["被告人{Name}收取好处费{Amount}。", "被告人{Name}获取报酬共计{Amount}。", "被告人{Name}非法获利{Amount}。"],
        NoGains = ["被告人{Name}未从中获取报酬。"],
        RestitutionFact = ["案发后，被告人{Name}主动退出全部违法所得。"],
        Evidence = ["上述事实，有公诉机关提交并经庭审举证、质证的银行交易明细、电子数据、被告人供述与辩解等证据证实，本院予以确认。"],
        EvidenceListOpening = ["认定上述事实的证据如下：", "上述事实，有以下证据予以证明："],
        EvidenceItems =
        [
            "接受刑事案件登记表、立案决定书、抓获经过，证明案件来源及被告人{Name}归案情况",
            "常住人口信息，证明被告人{Name}的基本身份情况",
            "被告人{Name}的供述，其对犯罪事实供认在案",
            "相关证人证言",
            "调取的账户流水明细及开户信息",
            "被害人陈述、转账记录截图",
            "搜查笔录、扣押物品清单",
            "远程勘验笔录及提取的电子数据",
        ],
        ReasoningAssisting = ["本院认为，{Who}明知他人利用信息网络实施犯罪，仍为其提供{Help}帮助，情节严重，{Both}构成帮助信息网络犯罪活动罪，依法应予惩处。"],
        Circumstances = new Dictionary<string, string[]>
        {
            ["surrender"] = ["{Who}经电话通知后主动到案并如实供述犯罪事实，构成自首，可以从轻处罚。"],
            ["confession"] = ["{Who}归案后如实交代犯罪事实，系坦白，可从轻处罚。", "{Who}归案后能够如实供述，可以从轻处罚。"],
            ["plea"] = ["{Who}签署认罪认罚具结书，可以从宽处理。"],
            ["recidivist"] = ["{Who}系累犯，应当从重处罚。"],
            ["accessory"] = ["{Who}在共同犯罪中起辅助作用，系从犯，应当减轻处罚。"],
            ["minor"] = ["{Who}作案时不满十八周岁，应当从轻处罚。"],
            ["restitution"] = ["{Who}已退出全部违法所得，可以酌情从轻处罚。"],
            ["student"] = ["考虑到{Who}系在校学生，可酌情从轻处罚。"],
        },
        AllDefendants = ["上述被告人", "{Count}被告人"],
        ResultItem = ["{Number}被告人{Name}{Charges}。"],
        Confiscation = ["{Number}对被告人{Name}的违法所得人民币{Amount}予以追缴，上缴国库。"],
        ReturnedConfiscation = ["{Number}被告人{Name}退出的违法所得人民币{Amount}予以没收。"],
        Appeal = ["如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向{AppealCourt}提出上诉。"],
        DateZeros = ['○', 'O', '〇'],
        SignatureSpacers = ["　　", " ", "　"],
        MoneyForms = [0.25, 0.1, 0.25, 0.1, 0.03, 0.17, 0.05, 0.05],
        FineForms = [0.6, 0.3, 0.1],
        OccupationWords =
        [
            ["在校学生", "系{School}在读学生"],
            ["无业", "无职业", "待业"],
            ["农民", "务农"],
            ["打零工", "工人", "外卖骑手", "销售员", "司机"],
            ["个体户", "自由职业"],
            ["软件工程师", "系某某信息技术有限公司员工"],
            ["系某农村信用社职员"],
            ["系某移动公司营业厅员工"],
            ["退休人员"],
            ["教师"],
        ],
    };
}
