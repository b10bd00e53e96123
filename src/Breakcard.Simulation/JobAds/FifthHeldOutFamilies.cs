namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The fifth held-out families (round 5), training families since round 7 (ADR 197); written 2026-11-23 after round 4's families became the
/// development set and before any change prompted by them (ADR 150). New stories — "brick moving"
/// USDT for a platform (收U), gift cards bought with money passed through one's card, idle corporate accounts lent
/// to "run turnover", phone cards hosted in a "cloud device", a "card verification" job asking for
/// card number and SMS code, livestream-tip cash-outs through one's account, an English "rent your
/// number" app — and new hard negatives — a bank's campus recruiting naming corporate accounts
/// and collection services, a police notice quoting 收U/跑分/走流水 with the prices offered, a
/// telecom store hiring staff to open phone cards, an English scam alert quoting the offers; new
/// legitimate part-time jobs paid daily. Their one held-out run is recorded in docs/screening.md;
/// in round 6 (2026-11-23, ADR 172) they were the development set (tuned on, never trained on), and
/// in round 7 (2026-11-23, ADR 197) they joined training.
/// </summary>
internal static class FifthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("usdt-brick", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{搬砖|币圈搬砖}{项目|兼职}：{在平台上|在交易所}{挂单|接单}{卖U|出U}，{买家|客户}{把钱|货款}{打到你的卡上|转进你的银行卡}，{确认到账|看到钱到了}{就放币|后点放行}，{一单|每单}{赚|利润}{1个点|1.5个点|2个点}，{本金|U}{我们出|公司提供}，<pay_freq>。",
            "{长期|大量}{收U|收USDT}，{价格|汇率}{高于市场|比平台高}，{需要|要求}{你有|自备}{一类卡|几张银行卡}{接款|收款}，{不问来源|来路不问}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("gift-card-buy", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{代购|采购}{兼职|助理}：{钱我们|货款我们}{先转到|先打到}{你的卡上|你的支付宝}，{你用它|你再用这笔钱}{在网上|在指定店铺}{买|购买}{购物卡|话费充值卡|游戏点卡}，{把卡密|买完把卡号卡密}{发给我们|截图发给客服}，{每单|一单}{返|给你}{5%|8%|10%}，<lure>，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("idle-corporate", JobAdScheme.CorporateAccounts, JobAdAudience.General,
        [
            "{有执照的老板|个体户和小老板}{看过来|注意}：{你的|公司}{对公账户|对公户}{闲着|没用}？{借给我们|给我们}{走流水|过账}，{一个月|每月}{给你|补贴}{3000|5000|8000}，{钱不过夜|当天走完}，<reassure>。",
            "{高价|长期}{租用|收}{对公账户|公户}{和|加}{U盾|网银}，{注册满一年|有正常经营}的{优先|更高价}，{月租|一个月}{5000|1万}起，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("sim-cloud", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "{手机卡托管|闲置号码托管}：{把你的|你那张}{不用的手机卡|副卡}{寄给我们|插到我们的设备上}，{放在|挂在}{云端设备|机房}{接打电话|收短信}，{每月|一张卡每月}{给你|补贴}{80|100|150}元{话费|现金}，{号码|卡}{还是你的|随时可以拿回}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("card-verifier", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "{银行卡|储蓄卡}{实名核验员|激活验证}{兼职}：{把|提供}{卡号|银行卡号}{和|、}{预留手机号|绑定的手机号}{发给我们|给客服}，{再把|收到后把}{短信验证码|验证码}{报给我们|告诉客服}{完成核验|就行}，{一次|一张}{50|80|100}元，{十分钟|五分钟}{到账|结算}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("live-tips", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "{直播公会|娱乐公会}{招|诚招}{提现员|结算助理}：{用你的|拿你的}{抖音号|快手号|直播账号}{绑定|绑上}{你的银行卡|你的支付宝}，{帮公会|帮主播}{把打赏|把礼物收益}{提现|提出来}，{到账后|提完}{转回给|转给}{公会|运营}，{每提一万|每一万}{给你|返}{300|500}，<pay_freq>。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-number", JobAdScheme.PhoneCards, JobAdAudience.General,
        [
            "{Rent out|Share} your {phone number|SIM}: {install our app|keep our app running} and {it sends|we send} {marketing texts|verification messages} {from your number|through your SIM}; {earn|get paid} {$5|$8} a day, {no work needed|totally passive}, {paid daily|daily payouts}.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("bank-campus",
        [
            "<bank>银行{2027届|2027年}{校园招聘|春季校招}：{管培生|综合柜员|对公客户经理}，{负责|从事}{个人账户开立|对公账户开户}、{代收代付|代发工资}{及|和}{结算业务|现金管理}，{本科及以上|硕士优先}，{薪资优厚|高薪}，<benefits>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("police-lingo",
        [
            "{警方|反诈中心}{提醒|揭秘}：“{收U|跑分|走流水}”“{出租银行卡|出借电话卡}{一张{500|800}元|月入过万}”{都是|全是}{洗钱黑话|诈骗套路}，{日结高薪|轻松日结}的兼职{要当心|别碰}，{出租出借|买卖}{两卡|银行卡电话卡}{将被|会被}{追究刑事责任|列入惩戒名单}，{发现|遇到}请{拨打96110|报警}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("telecom-outlet",
        [
            "{移动|联通|电信}{营业厅|自有厅}招{营业员|店员}：{负责|}{办理|受理}{手机卡开户|号卡业务}、{实名登记|实名核验}、{携号转网|套餐变更}，<salary_month>，<hours>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-alert",
        [
            "{Scam alert|Fraud warning}: {a job that|any offer that} {asks you to|wants you to} {receive and forward payments|lend your bank card|rent out your SIM} {for a commission|for easy cash} is {money laundering|a crime}. {Never share|Do not give anyone} your {card, PIN or codes|login details}; {report it|call the police}.",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("survey-staff", JobAdAudience.Students,
        [
            "{商场|地铁口|小区}{问卷调查|市场调研}{兼职|临时工}：{面对面|拦访}{发放问卷|访问顾客}，{一天|每天}{120|150}元，{日结|当天结算}，{要求|}{口齿清楚|有耐心}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("shop-cs", JobAdAudience.General,
        [
            "{网店|淘宝店|天猫店}{客服|售后}{兼职|居家}：{回复|处理}{顾客咨询|订单问题}，{协助|负责}{退换货|退款审核}，{底薪|保底}{2000|2500}+{提成|绩效}，{月结|按月发工资}，<hours>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("bookkeeping", JobAdAudience.General,
        [
            "{代理记账|财税}公司招{会计|记账员}：{负责|}{小微企业|客户公司}的{记账报税|账务处理}、{对公账户|银行}{对账|流水核对}，{持会计证优先|有经验优先}，<salary_month>，<benefits>",
        ], reserve: JobAdSplit.Training),
    ];
}
