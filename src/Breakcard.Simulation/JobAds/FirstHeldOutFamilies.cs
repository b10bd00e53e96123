namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The first held-out families (round 1). Written after the screening patterns and lexicon, with
/// phrasing the training families do not use (养卡, 避税走账, 带卡出差, 卡池, 付款码, 人脸核验) and
/// hard negatives the training set lacks (card promoters paid per card, 租号玩 support, property
/// fee collectors). Their first evaluation is recorded in docs/screening.md; once their misses had
/// been studied they served as the development set of round 2 and are now training families.
/// </summary>
internal static class FirstHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("idle-card", JobAdScheme.CardRenting, JobAdAudience.General,
        [
            "{手里|家里}有{不用的|闲置的}{卡|银行卡}吗？{别让它|不要让它}{睡大觉|吃灰}了，{放在我们这里|交给我们打理}，{每月|一个月}{稳拿|固定收入}{800|1000|1500}，{卡还是你的|随时可以拿回}。",
            "{养卡|卡片托管}{项目|业务}：{新办|闲置}{储蓄卡|借记卡}{托管|寄存}{一个月|30天}，{收益|报酬}{1000|1200|1500}元，{全程|}{不需要你操作|无需本人到场}，<contact_risky>",
            "{回收|收}{各行|各大银行}{闲置卡|废卡|不用的卡}，{开通了手机银行的|带网银的}{优先|价高}，{现金|当面}{结算|付款}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("tax-flow", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "{公司|老板}{为了|因}{避税|合理节税}，{需要|寻找}{个人|私人}{账户|卡}{过一下|走一下}{款|资金}，{进来多少|到账多少}{转出多少|马上转走}，{每笔|每次}{给|付}{辛苦费|好处费}{200|500}。",
            "{财务外包|账务}{兼职|合作}：{公司货款|客户款项}{先打到|暂时打到}{你的|个人}{卡上|账上}，{再|然后}{按要求|按指示}{分批|分几笔}{转给|转到}{供应商|其他账户}，{手续费|报酬}{按笔算|另算}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("game-topup", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{游戏|直播}{充值|代充}{平台|工作室}招{收款员|代理}，{用你的|用自己的}{付款码|二维码|微信零钱}{接单收款|收玩家的钱}，{收到后|到账后}{上分|转给后台}，{每单|每笔}{提成|抽成}{2%|5%|3%}。",
            "{学生|宝妈}{副业|兼职}：{帮|给}{游戏工作室|主播团队}{收充值款|收打赏}，{钱进你的|款到你的}{支付宝|微信}{后|以后}{马上|及时}{转回|转给}{我们|后台}，{每天|一天}{稳赚|能拿}{100|200|300}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("travel-card", JobAdScheme.CardRenting, JobAdAudience.Unemployed,
        [
            "{带卡|带上你的卡}{出差|去外地}{几天|一周}，{包吃包住|吃住全包}{报销路费|路费报销}，{一天|每天}{1000|1500|2000}，{只需|只要}{配合|跟着}{操作转账|刷脸转账|办理业务}，{回来|结束}{就结账|当天结}。",
            "{去|到}{云南|广西|边境}{旅游|玩几天}{还能赚钱|顺便赚钱}，{带上|只需带}{身份证和银行卡|本人的卡和手机}，{费用全包|全程报销}，{每天|一天}{另给|再给}{800|1000}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("finance-assistant", JobAdScheme.CardRenting, JobAdAudience.General,
        [
            "{招聘|急聘}{线上财务|网络出纳|资金管理员}，{要求|需}{名下有|自己有}{三张以上|两张以上}{银行卡|一类卡}，{开通|已开通}{网银|手机银行}，{工资|待遇}{日结|周结}{300|500}，{无需经验|不限学历}。",
            "{在家办公|远程}{财务专员|结算助理}：{用本人账户|用自己的账户}{接收|承接}{公司回款|客户付款}，{按公司指令|按要求}{转出|汇出}，{底薪|}{+|}{流水提成|按笔提成}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("face-check", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "{帮|替}{平台|朋友}{做个|完成}{人脸核验|活体检测}，{几分钟|五分钟}{搞定|完成}，{红包|报酬}{50|88|100}，{有意|想做的}{私我|滴滴我}。",
            "{有没有|谁有}{没用过|没注册过}{网贷|某平台}的{朋友|同学}，{用你的身份|用你的信息}{注册一下|认证一下}，{给|发}{200|300}{红包|辛苦费}，{一次就好|只要一次}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("sim-pool", JobAdScheme.PhoneCards, JobAdAudience.General,
        [
            "{不用的|闲置的}{号|手机号|副卡}{别浪费|别注销}，{插到|放到}我们的{设备|卡池}{上|里}{挂着|就行}，{一个号|每个号}{每月|一个月}{80|100|120}，{不影响|不用}{你用|你管}。",
            "{三大运营商|移动联通}的{号|卡}{都要|都可以}，{寄过来|邮寄给我们}{养号|挂机}，{按月|每月}{付费|结算}，{学生|老人}的号{也行|也要}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-agent", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{Money transfer agent|Payment processor|Financial assistant} wanted: {receive funds|accept deposits} into your personal {account|bank account} and {send them|wire them} to our partners, keep {5%|10%} for yourself. {No experience required|Work remotely|Weekly pay}.",
            "Earn {$300|$500} a week by letting us use your {Alipay|WeChat|bank} account for {business transactions|client payments}. {Quick and safe|Totally safe}.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("game-rental-support",
        [
            "{租号玩|游戏租号}平台招聘{客服|在线客服}，{负责|}{处理租号订单|解答玩家问题}，{会打游戏|熟悉王者荣耀}{优先|}，<salary_month>，<hours>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("card-promoter",
        [
            "<bank>银行{信用卡|ETC信用卡}{推广员|地推}，{每办理|每成功办理}{一张|1张}{提成|奖励}{50|80|100}元，{学生|兼职}{可做|也可以}，{底薪+提成|无底薪，按量提成}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("property-fees",
        [
            "{物业公司|小区物业}{招|聘}{收费员|客服专员}，{负责|}{代收水电费|收取物业费、停车费}，{会用电脑|细心}，<salary_month>，<benefits>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("ecommerce-aftersales",
        [
            "{天猫|京东}店铺{招|聘}{售后客服|运营助理}，{负责|}{处理补单、退款、差评回访|订单核对、返利活动执行}，<salary_month>，{可居家|坐班}",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("police-talk",
        [
            "{校园安全讲座|反诈宣讲}：{<city>公安|派出所民警}{走进|来到}{校园|社区}，{讲解|揭露}“{跑分|刷单|出租银行卡}”{等|}{骗局|套路}，{提醒|告诫}{大家|同学们}{守住|管好}{自己的|个人}{卡和号|银行卡和手机卡}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-bank",
        [
            "{Bank teller|Customer service officer|Branch assistant} at a {commercial|city} bank: help customers open accounts, issue debit cards and process transfers. {Degree required|Fresh graduates welcome}. {Benefits|Insurance and housing fund} included.",
            "Police reminder: never rent, lend or sell your bank card or SIM card. Jobs that promise easy money for using your account are scams.",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("hk-shop", JobAdAudience.General,
        [
            "{兼职|全职}{店务员|文员|仓务员}，{时薪65港元|时薪70港元|月薪1.8万港元}，{需|要求}{懂粤语|会电脑}，{有意|有兴趣}{请|者}{WhatsApp|致电}<phone>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("movers", JobAdAudience.Unemployed,
        [
            "{蚂蚁搬家|搬家公司}招{搬运师傅|司机}，{日结|按单结算}，{一单|每单}{80|100|150}元，{能吃苦|身体好}，<contact>",
            "{跑腿|同城跑腿}{兼职|骑手}，{接单|抢单}{自由|时间自由}，{一单|每单}{8|10|15}元，{当天提现|日结}，{学生|宝妈}也能做。",
        ], reserve: JobAdSplit.Training),
    ];
}
