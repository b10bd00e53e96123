namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The third held-out families (round 3), training families since round 5; written 2026-11-22 after round 2's families became the
/// development set and before any change prompted by them. New stories — loans "helped" by taking
/// the card, currency exchange through one's card, lending a merchant QR code, cashing out for an
/// "upline", escorted bank visits, crypto-exchange accounts opened in one's name — and new hard
/// negatives — rural-bank tellers issuing U-shields, payroll agencies collecting card numbers,
/// phone rental shops, anti-fraud lessons quoting "日赚三百". Their first evaluation is recorded in
/// docs/screening.md; in round 4 (2026-11-22) they became the development set (tuned on, never
/// trained on), and in round 5 (2026-11-23) they joined training.
/// </summary>
internal static class ThirdHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("loan-flow", JobAdScheme.CardRenting, JobAdAudience.Unemployed,
        [
            "{急用钱|想贷款}{的朋友|的看过来}：{我们|公司}{帮你|可以帮你}{做流水|包装流水}{提额|下款}，{需要|只需}{把你的卡|你的银行卡和U盾}{放我们这里|交我们操作}{一周|十天}，{下款后|放款后}{再还你|返还}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("exchange", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{外汇|换汇}{兼职|代理}：{帮|替}{客户|海外朋友}{换汇|结汇}，{人民币|钱}{先|会}{转到你卡上|打进你的账户}，{你再|然后}{用|通过}{支付宝|微信}{转出|分批转给}{对方|指定的人}，{每万|每一万}{赚|给}{100|200}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("merchant-code", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "{个人|个体}{收款码|商家码}{出租|借用}：{你开通|用你的身份开通}{商家收款码|经营码}，{借给我们|给我们}{收货款|收款}，{每天|一天}{给你|付}{100|150}，{码还是你的|随时可收回}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("cash-out", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "{资金处理|跑腿取现}{兼职}：{接收|承接}{几笔|一些}{转账|款项}，{马上|当天}{取现|取出来}{交给|给}{上线|带你的人}，{每笔|按量}{抽成|提成}{3个点|5个点}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("bank-visit", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "{陪同|跟我们}{去银行|跑一趟银行}{办业务|开个户}，{你只要|只需}{本人到场|刷个脸}{签字|拍照}，{办完|结束}{当场|立马}{给|结}{500|800}，{卡|资料}{我们保管|交给我们}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("crypto-wallet", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "{数字钱包|虚拟币钱包}{实名|认证}{兼职}：{用你的身份|用你的信息}{注册|认证}{交易所账号|钱包}，{账号|账户}{交给我们|给我们用}，{一个|每个}{200|300}，{不影响征信|安全可靠}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-open", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "{Side hustle|Flexible job}: {open|set up} a new bank account {in your name|with your ID} and {hand over|give us} the {card and login|online banking details}; we pay {$400|$600} {upfront|once it is active}.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("rural-teller",
        [
            "{农商行|信用社}{招聘|社会招聘}{综合柜员|客户经理}：{负责|}{办理|受理}{开户、销户|存取款、转账}{及|和}{银行卡挂失|U盾申领}等业务，{大专|本科}{以上|及以上}，<benefits>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("payroll-agency",
        [
            "{人力资源公司|劳务派遣公司}招{薪资专员|代发专员}：{负责|}{员工工资|劳务费}{代发|发放}、{核对|收集}{员工|工人}{银行卡号|工资卡信息}，<salary_month>，<benefits>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("phone-rental", JobAdAudience.General,
        [
            "{共享充电宝|手机租赁}公司招{运营|客服}：{负责|}{手机租赁|充电宝租借}{订单|业务}{处理|跟进}，{会用Excel|有客服经验}，<salary_month>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("fraud-lesson",
        [
            "{开学第一课|防骗课堂}：“{出租银行卡|出借微信}，{日赚三百|一天几百}”是{陷阱|圈套}，{一旦|如果}{卡被用于|账户被用于}{转移赃款|诈骗}，{你|本人}{将承担|要负}{刑事责任|法律责任}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-branch",
        [
            "{Branch|Teller} {associate|assistant} wanted: {help customers|assist clients} with {debit card|account} {applications|activation} and {money transfers|wire transfers}. {Paid weekly|Monthly salary}. {No sales targets|Training provided}.",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("produce-delivery", JobAdAudience.Unemployed,
        [
            "{生鲜|水果}{配送员|送货员}招聘：{负责|}{送货上门|小区配送}，{顾客|客户}{扫码付款|微信付款}{到公司账户|给公司}，{日结|周结}{200|230}元，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("photo-studio", JobAdAudience.General,
        [
            "{婚纱摄影|儿童摄影|写真馆}招{摄影师|摄影助理|化妆师}：{负责|}{客片拍摄|修图|妆造}，{底薪|保底}{3500|4000}+{按单提成|提成}，<hours>，<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
