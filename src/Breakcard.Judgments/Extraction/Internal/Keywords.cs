namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>
/// The vocabulary of findings of fact and reasoning in judgments on card trading, grouped by what
/// it signals. Kept in one place so the definitions in docs/judgments.md can be checked against it.
/// </summary>
internal static class Keywords
{
    public static readonly WordList BankCardNouns = new(["银行卡", "借记卡", "信用卡", "储蓄卡", "银联卡"]);

    public static readonly WordList PhoneCardNouns = new(["手机卡", "电话卡", "物联网卡", "物联卡", "流量卡", "上网卡", "SIM卡", "sim卡", "号卡"]);

    /// <summary>Cards and accounts that a seller can sell, rent or lend (own-card conduct).</summary>
    public static readonly WordList AccountNouns = new(["银行卡", "借记卡", "信用卡", "储蓄卡", "账户", "账号", "U盾", "u盾", "网银", "支付宝", "微信", "收款码", "银行卡号"]);

    public static readonly WordList ProvideVerbs = new(["出售", "出租", "出借", "借给", "卖给", "租给", "提供给", "提供", "交给", "交由", "交予", "转借", "出卖", "卖掉", "租借给", "借予", "邮寄给", "寄给", "快递给", "转交给", "交付", "售卖", "变卖", "卖出", "出让", "转让", "租赁给", "告知"]);

    public static readonly WordList AcquireVerbs = new(["收购", "购买", "买入", "收集", "回收", "收卡", "租用", "租借他人", "贩卖", "倒卖", "转卖", "卡商"]);

    /// <summary>Bringing other people's cards in: recruiting sellers, brokering, opening accounts for others (insiders).</summary>
    public static readonly WordList RecruitWords = new(["介绍", "组织他人", "带领", "寻找", "物色", "发展下线", "验卡", "招募", "招揽", "纠集", "带领他人", "赚取差价", "介绍费", "中介", "为他人办理", "为他人开立", "为他人批量", "批量办理"]);

    public static readonly WordList OwnershipMarkers = new(["本人", "自己", "名下", "以其名义", "以本人名义", "其办理", "以其身份", "其开设", "其注册", "其申请", "其本人", "该公司", "其公司", "公司名义", "其经营", "其担任", "其实际控制", "其控制的"]);

    /// <summary>
    /// Verbs that make their object the actor of what follows (兼语): "介绍蒙某某将其银行卡出租" —
    /// 蒙某某 rents the cards out, the subject only introduced her.
    /// </summary>
    public static readonly WordList PivotVerbs = new(["介绍", "让", "叫", "指使", "安排", "要求", "纠集", "组织", "招募", "带领", "雇佣", "教唆", "唆使", "授意"]);

    /// <summary>Verbs by which an owner's cards end up used by someone else.</summary>
    public static readonly WordList UseOfOthersCards = new(["使用", "利用", "借用", "租用", "收购", "购买", "控制"]);

    public static readonly WordList SettlementVerbs = new(["刷脸", "跑分", "走账", "取现", "提现", "取款", "转账", "转出", "转至", "转到", "转移资金", "代收", "收款", "汇款至", "操作转账", "承兑", "收取款项", "代付"]);

    /// <summary>Clauses where money moves by someone else's hand, or is only the purpose of the cards.</summary>
    public static readonly WordList SettlementExclusions = new(["用于", "被转", "上家将", "对方将", "他人将", "诈骗人员将", "犯罪分子将", "被害人", "被骗"]);

    public static readonly WordList DeviceWords = new(["GOIP", "goip", "猫池", "多卡宝", "卡池", "语音网关", "VOIP", "VoIP", "voip", "黑盒子", "改号", "群呼", "通讯传输", "通信传输", "虚拟拨号", "群发设备", "群发器", "伪基站"]);

    public static readonly WordList TechWords = new(["技术支持", "技术服务", "搭建", "服务器", "后台维护", "维护网站", "维护平台", "解封", "源码", "域名", "托管", "网络存储", "互联网接入", "支付接口", "代理IP", "编写程序", "编写软件", "制作网站", "制作APP", "开发"]);

    public static readonly WordList AdvertisingWords = new(["广告", "推广", "引流", "拉入", "拉进", "拉人", "拉群", "宣传", "兼职信息", "刷单信息", "招聘信息"]);

    public static readonly WordList SettlementWords = new(["支付结算", "结算金额", "结算", "流水", "资金", "交易额", "交易金额", "交易", "转入", "入账", "进账", "流入", "走账", "过账", "转账", "收款", "取现", "提现", "取款", "转出", "转移", "涉案金额", "金额"]);

    public static readonly WordList GainsWords = new(["非法获利", "获利", "违法所得", "非法所得", "报酬", "好处费", "佣金", "提成", "收益", "赚取", "差价", "费用", "获得", "获取", "得利", "所得", "租金", "酬劳", "利润"]);

    public static readonly WordList ZeroGainsPhrases = new(["未获利", "没有获利", "未从中获利", "未获取违法所得", "未获得违法所得", "无违法所得", "未获取报酬", "未获得报酬", "未获取任何", "未获得任何", "分文未得", "未收取任何", "未取得违法所得", "未获取利益"]);

    /// <summary>Getting paid, after a negation: 未获利, 未从中获取报酬, 没有得到好处.</summary>
    public static readonly WordList PaidWords = new(["获利", "报酬", "好处", "获益", "违法所得", "非法所得", "收益", "利益", "佣金", "酬劳"]);

    /// <summary>
    /// Someone other than a defendant opening a clause as its subject ("上家利用该卡进行转账",
    /// "该卡接收转账40万元"): the clause states what that party or the card did, not the defendant.
    /// </summary>
    public static readonly string[] OtherSubjects =
    [
        "上家", "下家", "对方", "他人", "别人", "诈骗分子", "犯罪分子", "不法分子", "诈骗人员", "诈骗团伙", "犯罪团伙", "境外人员", "该团伙",
        "该卡", "此卡", "该账户", "该账号", "该银行卡", "上述银行卡", "上述账户", "上述卡", "涉案银行卡", "涉案账户", "被害人", "资金",
    ];

    /// <summary>A negation right before an act: "未参与转账", "并未实施取现", "没有出售".</summary>
    public static readonly string[] ActNegations = ["未", "没有", "并非", "不曾", "拒绝", "否认"];

    /// <summary>Words right before an amount that make it a price or rate, not a total.</summary>
    public static readonly WordList RateWords = new(["每张", "每套", "每个", "每天", "每日", "每月", "每次", "每笔", "每人", "每周", "单价", "日均", "月均"]);

    /// <summary>Money returned, confiscated or imposed: not gains or flow.</summary>
    public static readonly WordList ReturnWords = new(["退缴", "退出", "退赔", "退还", "退赃", "追缴", "没收", "上缴", "缴纳", "罚金", "冻结", "扣押", "保证金", "赔偿"]);

    public static readonly WordList VictimWords = new(["被害人", "被骗", "诈骗", "骗取", "损失", "被害"]);

    public static readonly WordList RestitutionWords = new(["退缴", "退赃", "退赔", "退还", "退出", "赔偿"]);

    public static readonly WordList RestitutionDenials = new(["未", "没有", "拒不", "尚未", "责令", "无", "不能"]);

    public static readonly WordList Negations = new(["不构成", "不属于", "不能认定", "不认定", "不予认定", "不应认定", "不宜认定", "不系", "不具有", "不符合", "并非", "不是", "没有", "否认", "未", "无"]);

    public static readonly WordList DefenceMarkers = new(["辩护人", "辩称", "辩护意见", "辩解"]);

    public static readonly WordList Accepted = new(["予以采纳", "予以采信", "予以支持", "予以认可", "予以确认", "本院采纳"]);

    public static readonly WordList MinorPhrases = new(["未满十八周岁", "不满十八周岁", "未成年人", "系未成年", "未成年时"]);

    public static readonly WordList StudentPhrases = new(["在校学生", "系学生", "学生身份", "在读学生"]);

    /// <summary>The defendant's own instrument: "使用他人银行卡取现".</summary>
    public static readonly WordList InstrumentWords = new(["使用", "利用", "通过", "持", "用"]);

    /// <summary>Words that make a dated clause more than a date.</summary>
    public static readonly WordList NotOnlyDate = new(["被告人", "元"]);

    /// <summary>True when <paramref name="text"/> contains any of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, WordList words) => words.IsIn(text);

    /// <summary>One pass over a clause for every list above (declared after them, so they exist).</summary>
    private static readonly KeywordScanner Scanner = new(
    [
        PhoneCardNouns, AccountNouns, ProvideVerbs, AcquireVerbs, RecruitWords, OwnershipMarkers, UseOfOthersCards, SettlementVerbs,
        SettlementExclusions, DeviceWords, TechWords, AdvertisingWords, VictimWords, RestitutionWords, ZeroGainsPhrases, PaidWords, NotOnlyDate,
        DefenceMarkers, Accepted, StudentPhrases,
    ]);

    /// <summary>Which keyword lists occur in <paramref name="clause"/>; test with <see cref="Has"/>.</summary>
    public static ulong Scan(ReadOnlySpan<char> clause) => Scanner.Scan(clause);

    /// <summary>True when <paramref name="found"/> (from <see cref="Scan"/>) includes <paramref name="list"/>.</summary>
    public static bool Has(ulong found, WordList list) => (found & list.Bit) != 0;

    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.StartsWith(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index just after the last occurrence of any word in <paramref name="text"/>, or -1.</summary>
    public static int LastEnd(ReadOnlySpan<char> text, WordList words)
    {
        var best = -1;
        foreach (var w in words)
        {
            var at = text.LastIndexOf(w, StringComparison.Ordinal);
            if (at >= 0 && at + w.Length > best)
            {
                best = at + w.Length;
            }
        }

        return best;
    }
}
