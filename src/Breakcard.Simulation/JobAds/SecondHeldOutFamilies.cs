namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The second held-out families (round 2), now training families. Written blind after round 1:
/// new routes and phrasings — POS cash-out, lending live-stream accounts, forwarding parcels of
/// cards, using one's SIM to relay calls, group red-packet collection — and new hard negatives —
/// bank campaign helpers, SIM-shop commissions per card, finance clerks who keep the U-shield,
/// anti-fraud app volunteers. Their first evaluation is recorded in docs/screening.md; after it
/// they became the development set of round 3 (tuned on, never trained on), and in round 4
/// (2026-11-22) training families.
/// </summary>
internal static class SecondHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("pos-cashout", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{招|诚招}{刷POS|POS机}{兼职|代理}：{用你的|用自己的}{信用卡|储蓄卡}在我们的POS机上{刷一下|刷卡消费}，{钱|款项}{秒到你卡上|到账后}{再|立即}{转回|转给}{我们|指定的人}，{每刷一万|每笔}{给|返}{50|100|150}元。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("stream-account", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "{直播间|主播团队}{需要|招}{礼物代收|打赏代收}{兼职|帮手}：{把你的|用你的}{抖音|快手}{账号|号}{借给我们|给我们用}{挂机|收礼物}，{每周|每月}{结算|给你}{500|1000}元，{号还是你的|随时还你}。",
            "{有|谁有}{实名|老}{抖音号|快手号|视频号}{的|}？{租|借}{一个月|几周}，{给|付}{300|600}，{不改密码|不动你的号}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("parcel-forward", JobAdScheme.CardRenting, JobAdAudience.Unemployed,
        [
            "{快递|物流}{兼职|跑腿}：{帮忙|负责}{签收|接收}{几个|一些}{快递|包裹}（{里面是|内含}{银行卡|手机卡}），{再|然后}{转寄|寄给}{指定地址|下一个人}，{一件|一单}{50|100}元，{不用问|别拆开}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("call-relay", JobAdScheme.PhoneCards, JobAdAudience.Parents,
        [
            "{居家|在家}{语音|话务}{兼职}：{用你的手机号|用本人电话卡}{按话术|帮忙}{拨打电话|转接电话}，{一小时|每小时}{50|80}元，{手机开着|插着卡}就行，<pay_freq>。",
            "{两部手机|两台手机}就能做：{一部|一台}{接|接听}{我们的|公司的}{网络电话|来电}，{另一部|另一台}{用你的号|用你的卡}{外呼|打出去}，{按小时|按时长}{结算|算钱}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("account-unlock", JobAdScheme.IdentityLending, JobAdAudience.General,
        [
            "{支付宝|微信}{认证|实名}{兼职}：{帮|替}{客户|朋友}{解除限制|解冻账户}，{需要你的|用你的}{身份信息|人脸}{辅助验证|做一次认证}，{一次|每次}{100|150}元。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("red-packet", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{微信群|群里}{红包|收款}{兼职}：{进群|用你的微信}{领取|收}{红包|转账}，{收到后|领完}{转给|发给}{群主|管理员}，{每笔|每个}{提成|留}{2%|3%}，{一天|每天}能{赚|拿}<price_day>。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-relay", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{Need cash fast?|Students: make money} {Lend|Rent} us your {SIM card|phone number} for verification messages, {$20|$30} per code. Message us.",
            "{Remote finance clerk|Payment coordinator}: {handle|process} {incoming|customer} {wires|transfers} through your {own|personal} {account|bank}, forward {the balance|funds} {within an hour|the same day}, keep 5%.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("bank-campaign",
        [
            "{银行|网点}{开门红|营销活动}{兼职|临时促销员}：{协助|帮助}{客户|老人}{办理|开通}{手机银行|信用卡}，{按天|每天}{150|200}元，{学生|宝妈}可做，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("sim-store",
        [
            "{手机卡|电话卡}{专卖店|营业店}{招|聘}{店员|营业员}：{负责|}{为顾客|给客户}{办理|开通}{新号|手机卡}、{携号转网|套餐变更}，{每开一张卡|每办一张}{提成|奖励}{10|20}元，<salary_month>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("finance-clerk",
        [
            "{出纳|财务专员}{招聘}：{负责|}{公司|本公司}{银行账户|对公账户}{收付款|资金收付}、{网银|U盾}{管理|保管}、{每日|每月}{对账}，{会计专业|持证}{优先|}，<salary_month>，<benefits>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("anti-fraud-app",
        [
            "国家反诈中心APP{推广|安装}{志愿者}：{帮助|协助}{居民|老人}{下载|注册}反诈APP，{讲解|宣传}“{跑分|刷单|租卡}”{的危害|骗局}，{提供|有}{志愿证明|交通补贴}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("case-warning",
        [
            "{判例|案例}{分享|警示}：{男子|大学生}{把|将}{自己的|名下}{银行卡|微信账号}{借给|出租给}{网友|朋友}，{被用于|用于}{诈骗|洗钱}，{最终|最后}{被判|获刑}{六个月|一年}。{切记|请记住}：{卡不出借|不要出借}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("phone-buyback", JobAdAudience.General,
        [
            "二手手机{回收|收购}{门店|店}招{店员|验机师}，负责{收购|回收}{二手手机|旧手机、平板}、{检测|估价}，<salary_month>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-payments",
        [
            "{Customer service|Payments operations} analyst at a {bank|payment company}: {monitor|review} {transactions|accounts} for {mule activity|fraud}, {escalate|report} suspicious {accounts|transfers}. {Degree in finance|2 years of experience}.",
            "Part-time {delivery driver|tutor|warehouse helper}, paid daily into your bank account. Apply online with your resume.",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
