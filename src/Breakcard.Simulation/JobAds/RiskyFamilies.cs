namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Training families of risky ads: the recruitment routes into card renting and payment
/// settlement that the source documents and anti-fraud publicity describe.
/// </summary>
internal static class RiskyFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("card-rent", JobAdScheme.CardRenting, JobAdAudience.General,
        [
            "{急招|招|诚招|高薪招}<target>兼职：<rent_verb>你的{闲置|不用的|}<card_word>，{一天|每天|一天就给}<price_day>，<pay_freq>。[<reassure>。]<contact_risky>",
            "{长期|}租用<bank>{卡|银行卡|一类卡}，<per_unit><price_card>/月，[需要带U盾，]<reassure>，<contact_risky>",
            "{有|谁有|手上有}闲置银行卡的{来|看过来}，{出租|借用}一个月给<price_card>，<pay_freq>，[学生也可以，]<contact_risky>",
            "<company>{招聘|诚聘}{财务助理|资金专员|结算员|线上兼职}，工作内容：{提供|出租}本人<card_word>用于公司资金{结算|周转|流转}，{每天|每日}<price_day>，<pay_freq>[，<lure>]",
            "兼职｜<rent_verb><card_word>，{一张卡|每张卡}<price_card>{一个月|每月|一周}，不需要你做任何事，<reassure>。<contact_risky>",
        ]),
        AdFamily.Risky("card-buy", JobAdScheme.CardBuying, JobAdAudience.General,
        [
            "<buy_verb><bank>一类卡、{四件套|U盾}，<per_unit><price_card>，当面交易，<pay_freq>。<contact_risky>",
            "{长期|大量}{收卡|收银行卡|收四件套}，{卡|银行卡}+U盾+手机卡+身份证{复印件|照片}，一套<price_card>[，<city>可上门]，<contact_risky>",
            "{有卡的来|卡多的来}，<buy_verb>各大银行{储蓄卡|一类卡}，{价格|价钱}{好说|美丽|可谈}，<contact_risky>",
            "卡农{看过来|速来|集合}：{收|长期收}新办的一类卡，{办一张|一张}<price_card>，路费报销，<contact_risky>",
            "{网银|U盾}{出租|出借}{也行|也收}，{带|配}{手机卡|电话卡}{优先|价格更高}，<per_unit><price_card>，<pay_freq>",
        ]),
        AdFamily.Risky("score-running", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "跑分{兼职|项目|平台}招人，{用你的|用自己的}{微信|支付宝|收款码}{收款|收钱}，{每收一万|每一万}{返|给}{50|80|100|150}{元|}佣金，<pay_freq>[，<lure>]",
            "{招|诚招}{代收代付|代收款}{专员|兼职}，{帮公司|帮商户}{代收|收}{货款|款项|资金}，{收到后|到账后}{转给|转到}指定账户，{按比例|按流水}{提成|抽佣}<pct>",
            "码商{招募|合作}，{支付宝|微信}{收款码|二维码}{跑量|跑分}，{日跑|一天跑}{5万|10万|20万}流水，{佣金|提成}<pct>，<contact_risky>",
            "{需要|寻找}{有|}{银行卡|支付宝|微信}的{人|朋友}{帮忙|协助}{走账|过账|刷流水}，{一次|一笔}<price_day>，<reassure>",
            "{手机|在家}{兼职|副业}：{帮|替}{商家|平台}{收款|收钱}再{转出|转走}，{每笔|每单}{抽|提}<pct>，{日入|一天}<price_day>，<contact_risky>",
        ]),
        AdFamily.Risky("brushing", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "{淘宝|京东|拼多多|抖音}{刷单|补单|刷信誉|刷好评}{兼职|员}，{一单|每单}{佣金|返利|返佣}{5|8|10|15|20}{元|块}，{先垫付|需要垫付}，{本金|本佣}{秒返|立返|一起返还}，<pay_freq>",
            "<target>兼职，{抖音|快手|小红书}点赞关注，{一个赞|一单}{2|3|5}元，{日入|一天可做}<price_day>，<lure>",
            "{网店|商家}{招|需要}{刷手|刷单员|试用员}，{购买商品后返还本金|垫付下单，完成后返本金加佣金}，{日结|当天返}[，不收任何费用]",
            "{手机|在家}兼职：{做任务|抢单}{返佣|赚佣金}，{一部手机就行|动动手指就能赚钱}，{新人首单|第一单}{返|送}{10|20|38}元，<contact_risky>",
        ]),
        AdFamily.Risky("phone-card", JobAdScheme.PhoneCards, JobAdAudience.General,
        [
            "{收购|高价收|长期收}{手机卡|电话卡|流量卡|实名卡}，{三网|移动联通电信}都要，{一张|每张|一个号|每个号}<price_small>，<contact_risky>",
            "{出租|租用}{你的|}{手机卡|电话卡}{接收|收}短信，{一天|每天}<price_small>，{插在我们设备上|寄过来即可}，<pay_freq>",
            "{需要|寻找}{实名|本人}{手机卡|电话卡}{的朋友|}，{一张|每张}<price_small>[，{学生|宝妈}优先]，<pay_freq>，<contact_risky>",
        ]),
        AdFamily.Risky("sms-code", JobAdScheme.SmsCodes, JobAdAudience.Parents,
        [
            "{接码|收码|接短信}{兼职|平台}，{用你的手机号|帮忙}{接收|转发}{验证码|短信验证码}，{一条|一个}{2|3|5|10}元，<pay_freq>",
            "{手机|宝妈|学生}{兼职|副业}：{帮{客户|我们}注册账号|辅助注册}，{只需|只要}{提供|转发}{手机验证码|验证码}，{一单|一次}{5|8|10|20}元，<contact_risky>",
            "{需要|招}{帮忙|协助}{解封|注册}{微信|QQ|抖音}{账号|号}，{你只需|只需}{接收验证码|提供验证码}，{一次|一单}<price_small>，<pay_freq>",
        ]),
        AdFamily.Risky("id-lending", JobAdScheme.IdentityLending, JobAdAudience.General,
        [
            "{线上|手机}{兼职|任务}：{拍|发}{身份证正反面|手持身份证照片}{给我们|过来}{认证|做实名}，{一次|一单}<price_small>，<pay_freq>",
            "{需要|招}{实名认证|人脸识别|刷脸}{兼职|人员}，{帮|替}{商家|平台}{做|完成}{刷脸|人脸验证}，{一次|每次}<price_small>，<lure>",
            "{出租|借用}{身份信息|身份证}{注册|办理}{营业执照|网店|账号}，<price_card>{一次性|一个}，<reassure>，<contact_risky>",
        ]),
        AdFamily.Risky("corporate", JobAdScheme.CorporateAccounts, JobAdAudience.Unemployed,
        [
            "{诚招|招}{挂名法人|法人代表}，{用你的身份|以你的名义}{注册公司|开公司}{并|再}{开对公账户|开对公户}，{一个户|每户}{3000|5000|8000|1万}，{不用你经营|公司不用你管}，<reassure>",
            "{收|高价收|长期收}{对公账户|公户|对公户|企业账户}，{带|含}{U盾|网银|营业执照}，{一户|一个户}{5000|8000|1万|1.5万}，<contact_risky>",
            "{零成本|免费}{注册公司|开公司}，{帮你|带你}{开对公户|办理对公账户}，{开好后|办完}{交给我们|托管}，{每月|一个月}{给你|返}<price_card>",
        ]),
        AdFamily.Risky("student-lure", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "{大学生|学生党|在校生}{暑假|寒假|课余|}兼职，{只需要|只要}{一张银行卡|你名下的银行卡|身份证和银行卡}，{每天|一天}<price_day>，{不耽误上课|不影响学习}，<contact_risky>",
            "{宝妈|待业|无业}{在家|}兼职，{一部手机|手机+银行卡}就能做，{日赚|日入}<price_day>，<reassure>，<pay_freq>",
            "<target>看过来：{用你的银行卡|拿你的卡}{帮公司|帮老板}{过一下账|走一下流水}，{一次|一笔}<price_day>，<pay_freq>[，<lure>]",
        ]),
        AdFamily.Risky("account-rent", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "{收购|高价收|租用}{微信号|支付宝账号|QQ号|抖音号|快手号}，{实名|老号|带实名}{优先|更高}，{一个号|每个号}<price_small>，<contact_risky>",
            "{出租|借用}你的{微信|支付宝}，{只|就}{用来收款|用于收付款}，{每天|一天}<price_day>，{用完还你|随时可以停}，<contact_risky>",
            "{招|寻}{微信|支付宝}{收款员|收款兼职}，{用你自己的|用本人的}{收款码|微信}{帮商户收款|帮忙收钱}，{收多少|到账后}{转多少|全部转出}，{提成|佣金}<pct>",
        ]),
        AdFamily.Risky("english-card", JobAdScheme.CardRenting, JobAdAudience.Students,
        [
            "{Part-time job|Easy side job|Work from home}: rent out your {bank card|bank account|debit card} to our company, earn {$50|$80|$100|300 yuan} a day, {paid daily|daily pay}. {No risk|100% legal|Safe and legal}. Contact {Telegram|TG} @<handle>",
            "{We buy|Buying} bank accounts and {SIM cards|phone cards}, {500 yuan|800 yuan|$100} per {card|account}, {students welcome|no experience needed}. DM on Telegram @<handle>.",
            "Lend us your {idle|unused|spare} {bank card|debit card} for {a week|a month}, {we pay|get} {$200|$300|1000 yuan}, {no password needed|you keep your PIN}. {Telegram|WhatsApp} @<handle>",
        ], language: "en"),
        AdFamily.Risky("english-settlement", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "Use your {Alipay|WeChat Pay} to receive payments for our clients and transfer them on, keep {2%|3%|1%} commission. {Easy money|Passive income} for students.",
            "{Payment agent|Collection agent} wanted: receive {customer payments|transfers} into your {own account|personal account} and forward them to the company, {commission|earn} {1%|2%} per transfer, {daily pay|paid daily}.",
        ], language: "en"),
        AdFamily.Risky("english-brushing", JobAdScheme.OrderBrushing, JobAdAudience.Students,
        [
            "{Order brushing|Click farming} {job|task}, {earn commission|get rebates} on every order, {pay in advance and get it back with commission|advance the payment, refund plus commission}, {easy money|quick cash}.",
            "{Like and follow|Rate products} {tasks|jobs} on your phone, {$5|$10|20 yuan} per task, {work from home|just need a phone}, {paid daily|daily pay}.",
        ], language: "en"),
    ];
}
