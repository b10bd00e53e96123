namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The sixth held-out families (round 6), the development set in round 7 (ADR 197) and training families since round 8 (ADR 213); written 2026-11-23 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 5's families became the development set and before any change prompted by them (ADR 172).
/// New stories — "account nurturing" (养号) for a studio, digital-yuan sub-wallets pushed to a
/// "merchant" with password-free payment, "payment tests" for a game studio, remote-control apps
/// that operate one's banking app, minors paid in game skins to pass money on, carrying one's cards
/// across the border, a 跑分 "motorcade" taking a deposit, an English crypto-ATM courier — and new
/// hard negatives — anti-fraud volunteer recruiting, a licensed acquirer hiring merchant sales and
/// risk staff, a student-aid office checking card numbers, an English KYC analyst; new plain
/// part-time jobs (pet sitting, fruit picking, an English café job). Their one held-out run is
/// recorded in docs/screening.md (ADR 174); in round 7 they were tuned on, never trained on, and in
/// round 8 (2026-11-23, ADR 213) they joined training.
/// </summary>
internal static class SixthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("account-nurture", JobAdScheme.PaymentAccounts, JobAdAudience.Unemployed,
        [
            "【{养号|号商}{团队|工作室}招{养号员|挂机员}】①用{本人|自己的}{身份证|实名信息}和{手机号|手机卡}注册{新的|}{微信|支付宝|抖音}{号|账号}；②{每天|每日}{登录|上线}{聊聊天|刷刷视频}、{加几个好友|发几条朋友圈}，{养满|坚持}{7天|15天|一个月}；③{号养好后|满期后}把{账号密码|登录方式}{交给|移交}{我们|运营}，{有人要|需要}{辅助验证|扫码验证}时{配合一下|帮忙点一下}。{一个号|每个号}{结|给}{120|200|260}元，{号越多|多养多得}{越赚|收入越高}。",
            "{闲着也是闲着|宅家副业}，{帮我们|替公司}养{几个|一批}{实名号|老号}：{号|账号}{注册在你名下|用你的身份认证}，{养到|养满}{能收款|能转账|开通支付}{为止|就行}，之后{号归我们用|交给我们运营}，{你不用管|后面的事不用你管}，{每月|一个月}{补贴|给}{300|500}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("e-cny-subwallet", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "{数字人民币|数币}{推广|拉新}{兼职|任务}：{下载|打开}{数字人民币APP|数币钱包}{实名开通|完成实名}，{把|将}{子钱包|付款子钱包}{推送到|绑定到}{我们的|指定的}{商户|小程序}，{并|再}{开通|打开}{免密支付|小额免密}，{推一个|每推送成功一个}{奖励|给}{150|200|300}元，{以后|之后}{每月|按月}{还有|另有}{流水分成|分润}。",
            "{收|高价收}{数币|数字人民币}{钱包|四类钱包}：{你只需|只要你}{开好钱包|开通二类钱包}{绑定你的卡|关联银行卡}，{把|将}{登录|钱包}{验证码|权限}{给到|发给}我们，{钱包|额度}{我们来用|由我们操作}，{一周|每周}{结|付}{400|600}，<reassure>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("game-pay-test", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{游戏工作室|手游公司}招{充值测试员|支付测试员}。问：{要我出钱吗|需要垫钱吗}？答：{不用|不需要}，{测试资金|测试款}{由我们|公司}{先转到|打进}你的{银行卡|支付宝}。问：{然后呢|我要做什么}？答：{按测试单|照测试清单}把钱{转到|充到}{指定的测试账户|后台给的账户}，{截图回传|发截图}{就行|即可}。{每测一笔|一笔}{提成|给}{10|15|20}元，{一天|每天}{能测|可以测}{几十笔|上百笔}。",
            "{新游|游戏}{上线前|内测期}{支付通道|充值接口}{测试|压测}，{招|需要}{兼职|学生}{测试员|测试号}：{用你自己的|你名下的}{卡|账户}{接收|接}{测试款|测试转账}，{再|然后}{原路|按要求}{转出|转给下一个账户}，{测试|流程}{十分钟|半小时}{一轮|一次}，<pay_freq>，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("remote-assist", JobAdScheme.CardRenting, JobAdAudience.Parents,
        [
            "{宝妈|居家}{手机|线上}{挂机|托管}{兼职|副业}：{下载|安装}{我们发的|指定的}{会议软件|远程协助APP}，{打开|开启}{屏幕共享|远程控制}，{把手机|手机}{交给|让}{技术员|老师}{远程操作|帮你做任务}{一两个小时|两小时}，{中间|期间}{别碰手机|不要动手机}{也别接电话|不接电话}，{结束|做完}{就|马上}{给你|结}{200|300|400}。",
            "{不用你动手|零操作}：{手机装上|安装}{ToDesk|远程桌面|远程协助}软件，{登录|打开}{你的|自己的}{手机银行|网银}{后|，}{交给|由}{我们|师傅}{远程|在后台}{帮你|替你}{完成|做}{流水任务|转账任务}，{一次|每次}<price_day>，<reassure>，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("minor-skins", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "{初中|高中|中学}生{也能做|都可以}！{不要求|不用}{满18|成年}，{用你的|拿你的}{QQ|微信}{收个款|帮忙接一笔转账}，{钱到了|收到后}{马上|立刻}{转给|发给}{管理|群主}，{每次|一单}{送|给}{皮肤|点券|游戏币}{或者|或}{20|30}元{红包|现金}，{不用告诉|别告诉}{爸妈|家长}，{加Q群|进群}<colon><d><d><d><d><d><d><d><d>",
            "{学生党|00后}{福利|赚零花钱}：{借|用}{你爸妈的|家里人的}{手机|支付宝}{扫个码|刷个脸}，{帮我们|替我们}{付一笔|转一笔}，{钱|款}{我们|提前}{先打给你|先转你}，{一次|每次}{50|80}，{做完|完事}{把记录删掉|删聊天记录}{就行|就好}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("border-carrier", JobAdScheme.CardRenting, JobAdAudience.Unemployed,
        [
            "{海外|境外}{高薪|轻松}{岗位|工作}：{去|到}{西港|柬埔寨|老挝|边境口岸}{做|当}{跑腿|业务员|代理}，{包机票|包路费}{包吃住|}，{只要|只需}{带上|随身带}{你名下的|本人的}{银行卡|几张卡}{和|、}{U盾|手机卡}，{到了|过去后}{公司|老板}{统一安排|帮你保管}，{月薪|一个月}{1万|2万|3万}起，{不用办护照|没护照也行}{有人带|有人接}。",
            "{带卡出境|出境带卡}{一趟|一次}{给|结}{5000|8000}：{你|只需}{带着|携带}{自己的卡|本人银行卡和手机卡}{跟我们的人|跟车}{到边境|去云南边境}{住几天|待一周}，{卡在你身上|卡由我们用}，{吃住|路费}{全包|我们出}，{回来|结束}{就结钱|现金结算}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("motorcade", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{车队|跑分车队}{招|收}{车手|码商}：{交|押}{保证金|押金}{2000|5000}{上车|入队}，{把|将}{你的|自己的}{收款码|银行卡}{挂到|绑到}{我们的|车队}{系统|后台}，{系统|平台}{自动|会}{派单|派款}{到你账户|给你}，{收到|到账}{后|以后}{按指令|按系统提示}{回U|转给下一位}，{点位|费率}{3.5|4|5}，{日跑|一天}{三五万|几万}{不是问题|轻松}。",
            "{新|全新}{通道|项目}{上线|招人}：{承接|接}{平台|商户}{回款|代付}{订单|单子}，{用你名下的|本人}{卡|账户}{过一下|接一手}，{进多少|到多少}{出多少|转多少}，{留|抽}<pct>{作为|当}{辛苦费|手续费}，{不拉人|不用拉人}{不压款|不押钱}，<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-crypto-atm", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{Local payment agent|Cash courier} ({part-time|flexible hours}): we {deposit|send} {client funds|customer payments} into your {checking account|bank account}; you {withdraw the cash|take it out in cash} and {feed it into|deposit it at} a {Bitcoin ATM|crypto kiosk} {using our wallet QR code|to our wallet}, then {send us the receipt|photo the receipt}. {Keep 8%|You keep 10%}, {no experience needed|training provided}.",
            "{Work from home|Remote role}: {verify|test} {our payment app|new transfers} by {receiving|accepting} {small test payments|deposits} in your {own name|personal account} and {sending them on|forwarding them} {as instructed|to the next account}. {Up to $400 a week|$50 per test}. {Keep it between us|Do not mention it to your bank}.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("antifraud-volunteer",
        [
            "【{反诈志愿者|反诈宣传员}招募】{服务内容|工作内容}：{走进|深入}{社区|校园|菜市场}，{向|为}{居民|同学|老人}讲解“{出租出借银行卡|出售电话卡|帮人跑分|刷单返利}”{的危害|是违法犯罪}，{帮忙|协助}{安装|注册}{国家反诈中心APP|反诈APP}。{要求|招募条件}：{年满18周岁|在校学生优先}，{每周|每月}{服务|参加}{半天|两次}。{无报酬|公益岗位}，{提供|发放}{志愿时长证明|志愿服务证书}{和|及}{餐补|交通补贴}。{报名|咨询}<colon>{团委|社区居委会}",
            "{街道|派出所}{联合|和}{志愿者协会|社工站}{招募|征集}{反诈宣讲员|银发反诈志愿者}，{负责|主要}{入户|上门}{提醒|告知}{老人|居民}“{不借卡、不卖卡、不租号|不出借银行卡和手机卡}”，{遇到|发现}{陌生人|有人}{收购|高价收}{银行卡|电话卡}{及时|马上}{报告|拨打96110}，{志愿时长|服务积分}{可兑换|可以换}{生活用品|礼品}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("acquirer-staff",
        [
            "{持牌支付机构|持牌第三方支付公司}{招|诚聘}{商户拓展经理|收单业务员}：{上门|线下}{拜访|走访}{餐馆|便利店|个体商户}，{为商户|帮商户}{办理|安装}{POS机|聚合收款码|扫码盒子}，{收集|核验}{营业执照|法人身份证}{并|、}{按规定|严格}{做好|完成}{商户实名审核|现场核实}，{不得|严禁}{为|给}{无实体|空壳}商户{开通|进件}，<salary_month>+{交易分润|提成}，<benefits>",
            "{支付公司|收单机构}{风控专员|商户审核岗}：{审核|复核}{新进件|新开通}商户的{身份证|营业执照}{和|及}{结算账户|结算银行卡}，{排查|识别}{跑分|套现}{异常交易|风险商户}，{本科|大专以上}，<salary_month>，<hours>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("student-aid-office",
        [
            "{学生资助管理中心|学工部资助中心}{招|招聘}{勤工助学|学生}{助理|干事}{2名|3名}：{协助|帮助}{老师|中心老师}{核对|整理}{受助学生|获助学金同学}的{银行卡号|学生银行卡信息}{与|和}{身份证信息|学籍信息}，{录入|导入}{发放系统|资助系统}，{所有信息|学生个人信息}{严格保密|不得外传}，{时薪|每小时}{15|18}元，{按月|学期末}{发放|打入}{本人|你本人的}{校园卡|银行卡}。",
            "{关于|}{国家助学金|奖学金}发放{的|}通知：{请|各位}{获资助|受助}{同学|学生}{于|在}{本周五|10日}前{到|去}{学院|资助中心}{核对|确认}{本人|自己的}{银行卡号|中国银行卡号}，{助学金|资金}{只|仅}{发放到|打入}{学生本人|你本人}名下{银行卡|账户}，{学校不会|老师不会}{通过电话|在网上}{索要|让你提供}{密码|验证码}，{也不会|更不会}{让你|要求你}{先转账|先交费}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-kyc",
        [
            "{KYC analyst|Onboarding analyst|Financial crime analyst} ({payments company|fintech}, {Shanghai|Shenzhen|Chengdu}): {review|check} new {merchant and personal accounts|customer accounts}, {spot|flag} {money mules|rented bank accounts} and {rapid pass-through transfers|collect-and-forward patterns}, {freeze|escalate} {suspicious|high-risk} accounts and {file|write} {reports|case notes}. {Mandarin and English|Fluent Mandarin}, {banking or AML experience|CAMS} {a plus|preferred}.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("pet-sitter", JobAdAudience.Students,
        [
            "{上门喂猫|宠物上门喂养}{兼职|接单}：{主人|客户}{出差|放假}时{上门|到家}{喂食|添粮加水}、{铲屎|清理猫砂}、{陪玩|拍视频反馈}，{一次|每次}{30|40|50}元，{平台|店里}{派单|安排}，{需|要}{喜欢动物|有养宠经验}，{周结|按单结算}，<contact>",
            "{宠物店|宠物医院}招{洗护助理|店员}：{协助|帮}{美容师|洗护师}{给狗狗洗澡|吹毛梳毛}，{学生|寒暑假}{可|也可}，{时薪|每小时}{20|22}元，<hours>，{地址|门店}<colon><city><district><street>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("fruit-picking", JobAdAudience.Unemployed,
        [
            "{果园|农场|茶园}{招|急招}{采摘工|临时工}{20名|若干}：{采|摘}{柑橘|猕猴桃|茶叶|草莓}{和|、}{分拣装箱|打包}，{包车接送|早上统一接送}，{管午饭|包一顿饭}，{一天|每天}{130|150|160}元，{干一天结一天|当天现结}，{60岁以下|身体健康}{即可|就行}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-cafe", JobAdAudience.Students,
        [
            "{Part-time barista|Café assistant} wanted at a {coffee shop|bakery café} in {Chengdu|Chongqing|Kunming}: {weekend shifts|evening shifts}, {training provided|no experience needed}. {25|28} RMB an hour, paid {monthly|every two weeks} {into your own bank account|by bank transfer}. {Students welcome|Flexible schedule for students}.",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
