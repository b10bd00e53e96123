namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The fourth held-out families (round 4), training families since round 6; written 2026-11-22 after round 3's families became the
/// development set and before any change prompted by them (ADR 53). New stories — refunds passed
/// on for a "platform", phone cards registered and posted away, remote face verification, nominee
/// directors, wage cards "kept by finance", digital-yuan wallets collecting for merchants, an
/// English payment-processing "assistant" — and new hard negatives — an employer stating that staff
/// keep their own wage cards, a community warning about paid face scans, cross-border e-commerce
/// finance, an English phone-store job verifying IDs. Their one held-out run is recorded in
/// docs/screening.md; in round 5 (2026-11-23) they became the development set (tuned on, never
/// trained on), and in round 6 (2026-11-23, ADR 172) they joined training.
/// </summary>
internal static class FourthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("refund-agent", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{电商平台|网店}{退款专员|售后兼职}：{客户的|顾客}{退款|返款}{先退到|先打到}{你的账户|你名下的卡}，{你再|收到后}{按财务要求|按指示}{转到|转给}{指定账户|对接人}，{每单|每笔}{佣金|提成}{20|30|50}元，<pay_freq>。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("sim-mailer", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "{用身份证|凭本人证件}{去营业厅|到营业厅}{办几张|多办几张}{号|手机号|流量卡}，{激活后|开通后}{寄给我们|邮寄到指定地址}，{一张|每个号}{补贴|给}{50|80|100}元，{办得越多|多办多得}{赚得越多|越划算}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("face-remote", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "{视频|远程}{认证|核验}{兼职}：{按我们的指示|跟着提示}{对着手机|开视频}{眨眨眼|点头摇头}{做个|完成}{人脸识别|刷脸验证}，{五分钟|几分钟}{搞定|完成}，{一次|每次}{100|150|200}，{不用出门|在宿舍就能做}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("nominee-director", JobAdScheme.CorporateAccounts, JobAdAudience.Unemployed,
        [
            "{挂名|代持}{股东|监事|法人}：{不用出钱|零投资}，{用你的名字|用你的身份}{注册公司|登记一家公司}，{开户那天|银行开户时}{到场签个字|本人去一趟}，{每月|一个月}{补贴|给你}{1000|2000}，{公司的事|经营}{不用你管|与你无关}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("kept-wage-card", JobAdScheme.CardRenting, JobAdAudience.Unemployed,
        [
            "{工地|工厂|车间}{急招|招}{普工|小工}：{入职|报到}{要|需}{新办|办理}{一张|两张}{指定银行|我们指定的}{工资卡|卡}，{卡和密码|卡片和手机银行}{交财务|由公司}{统一保管|统一管理}，{入职|报到}{就发|先发}{补贴|安家费}{300|500}元。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("e-cny-collect", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{开通|申请}{数字人民币|数币}{钱包|子钱包}，{帮|替}{商户|老板}{收款|收货款}，{钱到了|到账后}{马上|立刻}{转出|提到指定卡}，{流水|每一万}{给你|提}{1.5个点|2个点|1%}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-processor", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{Payment processing|Remote finance} assistant: {receive|accept} {customer payments|client transfers} {into your personal account|to your own bank account} and {forward them|pass them on} to our {overseas partner|foreign office} {the same day|within an hour}; {keep 5%|you keep 3%} of every transfer.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("own-wage-card",
        [
            "{制造|物流}{企业|公司}招{操作工|仓管员}：<salary_month>，{工资|薪资}{每月15日|按月}{打到|发放至}{员工本人|你本人}的{银行卡|工资卡}，{公司不保管|不代管}{员工|任何人}的{银行卡|卡片}和密码，<benefits>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("face-scan-warning",
        [
            "{社区|派出所}{提醒|温馨提示}：{近期|最近}有人以“{刷脸认证一次100元|帮忙刷个脸就给钱}”为名{骗取|收集}{居民|老人和学生}的{人脸信息|身份信息}，{用于|被用来}{注册账户|开卡}{实施诈骗|洗钱}，{请勿|切勿}{配合|参与}，{发现|遇到}{请|可}{拨打96110|报警}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("crossborder-finance",
        [
            "{跨境电商|外贸}公司招{财务专员|结算专员}：{负责|}{平台回款|海外回款}{核对|对账}、{结汇|收汇}{申报|办理}{及|和}{供应商|工厂}{货款支付|付款}，{持初级会计证|会计专业}，<salary_month>，<benefits>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-phone-store",
        [
            "{Mobile store|Phone shop} {sales associate|assistant} wanted: {help customers choose|explain} {SIM plans|phone contracts}, {activate new lines|set up new numbers} and {verify customer ID|check identity documents} as the law requires. {Hourly pay|Base pay plus commission}.",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("library-assistant", JobAdAudience.Students,
        [
            "{学校图书馆|市图书馆}招{勤工助学|兼职}{助理|管理员}：{负责|}{图书上架|借还登记|阅览室值班}，{每小时|时薪}{18|20|22}元，{按月|月底}{结算|发放}，{课余时间|周末}{排班|值班}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("car-wash", JobAdAudience.Unemployed,
        [
            "{洗车店|汽车美容店}招{洗车工|学徒}：{会|可}{洗车|打蜡|内饰清洁}，{日结|周结}{150|180|200}元，{包吃|包吃住}，{地址|门店}<colon><city><district><street>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("expo-staff", JobAdAudience.Students,
        [
            "{展会|车展|漫展}{兼职|临时工作人员}：{负责|}{引导|签到|发放资料}，{三天|周末两天}，{一天|每天}{150|200}元，{活动结束|当天}{结算|发放}，{要求|}{形象好|普通话标准}，<contact>",
        ], reserve: JobAdSplit.Training),
    ];
}
