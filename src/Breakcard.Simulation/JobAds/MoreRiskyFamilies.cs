namespace Breakcard.Simulation.JobAds;

/// <summary>
/// More training families of risky ads and hard negatives: crypto over-the-counter "bricklaying"
/// (USDT 承兑) through one's own card, gambling-platform collection, collecting money for a
/// "company" and passing it on; and honest texts that share their words — court news about
/// 帮信 cases, bank jobs that handle 代收代付 and corporate accounts, merchant-acquiring sales paid
/// per merchant, campus sign-up campaigns, anti-scam notes in English.
/// </summary>
internal static class MoreRiskyFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("crypto-otc", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{USDT|虚拟币|U}{搬砖|承兑|收U}{项目|兼职}，{用你的银行卡|用本人卡}{接收|收}{买家|客户}{转账|打款}，{一单|每单}{赚差价|利润}{1%|2%|千分之八}，{日赚|一天}<price_day>，<contact_risky>",
            "{招|诚招}{U商|承兑商|搬砖工}，{需要|要求}{名下有|自己有}{多张|两张以上}{银行卡|一类卡}，{资金|款}{到账后|进来后}{买U转走|马上转出}，{佣金|收益}<pct>，<reassure>",
        ]),
        AdFamily.Risky("gaming-agent", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "{娱乐平台|游戏平台|棋牌平台}{招|诚招}{代理|收款员}，{用你的|用自己的}{微信|支付宝|银行卡}{收玩家充值|收会员款}，{收到后|到账后}{上交|转给}{平台|上级}，{每天|日}{流水|走账}{几万|十几万}，{抽成|提成}<pct>",
        ]),
        AdFamily.Risky("company-collect", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{外贸公司|电商公司|<company>}{因|由于}{公户额度不够|对公账户受限|税务原因}，{招|需要}{兼职|临时}{收款人|收款员}，{客户货款|款项}{打到你的卡上|转到你的账户}，{你|再}{转给|转到}{公司指定账户|老板}，{每笔|每次}{给|付}<price_day>",
            "{需要|寻找}{几个|一些}{靠谱的人|朋友}{帮忙|协助}{收一下款|接一下款}，{钱到你卡上|到你账上}{后|以后}{马上|立即}{转给我|转出去}，{按金额|按流水}{给好处费|给提成}<pct>，<contact_risky>",
        ]),

        AdFamily.HardNegative("court-news",
        [
            "{<city>|某区}法院{审结|宣判}{一起|了一起}帮信{案|案件}：被告人{张某|李某|王某|刘某}{为获利|贪图小利}{出租|出售|出借}{本人|自己的}银行卡{3张|4张|两套}，{获利|非法获利}{2000|3000|5000}元，{被判处|被判}有期徒刑{8个月|10个月|1年}，并处罚金{3000|5000|1万}元。",
            "{检察院|公安}通报：{大学生|在校学生|无业青年}{小张|小李|小王}{经人介绍|在网上看到兼职}{把|将}{自己的|名下}{银行卡和U盾|手机卡和银行卡}{以每张|每套}{500|800}元{卖给|出租给}他人，{流水|涉案资金}{达|高达}{30万|100万}元，{已被|现已}{刑事拘留|依法起诉}。",
        ]),
        AdFamily.HardNegative("bank-operations",
        [
            "<bank>银行{<city>分行|支行}{招聘|社招}{对公客户经理|运营主管|综合柜员}，{负责|岗位职责：}{对公开户、代收代付等业务办理|企业账户开立与年检|代发工资、代收代付业务营销}，{本科及以上|金融相关专业}，<benefits>",
            "{支付公司|第三方支付机构|<company>}招聘{商户拓展经理|收单业务员|地推}，{负责|}{为商户办理收款码、POS机|拓展商户开通聚合收款}，{每开通一户|每成功签约一户}{奖励|提成}{30|50|80}元，{底薪|保底}+提成，<contact>",
        ]),
        AdFamily.HardNegative("campus-signup",
        [
            "{校园大使|校园代理|APP推广}招募：{在校大学生|学生}{兼职|课余}{推广|地推}{某阅读APP|外卖会员|网课平台}，{每拉一个新用户注册|每成功邀请一人注册}{奖励|提成}{5|8|10}元，{周结|月结}，{不收任何费用|无需押金}，<contact>",
        ]),
        AdFamily.HardNegative("english-warning", [
            "Beware of {job scams|fake part-time jobs}: {no real employer|no legitimate company} will ask you to {rent out|lend} your bank account, {send your ID photos|share verification codes} or {pay in advance|advance money for orders}. {Report it to the police|Call 96110}.",
            "{Scam alert|Anti-fraud notice}: {offers to|people who} {buy bank cards|rent SIM cards|use your account to move money} {are criminals|are breaking the law}. Lending your card {is illegal|is a crime} in China and can lead to {prosecution|a criminal record}.",
        ], language: "en"),
    ];
}
