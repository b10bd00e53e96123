namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The seventh held-out families (round 7), the development set in round 8 (ADR 213) and training families since round 9 (ADR 230); written 2026-11-23 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 6's families became the development set and before any change prompted by them (ADR 197).
/// New stories — small-shop owners lending their own merchant QR code to "boost turnover", an
/// "AI data collection" job doing face checks inside one's own payment apps (English and
/// bilingual), live-stream top-ups refunded to one's account and passed on, a "cloud phone" box
/// kept at home with one's SIM cards, enterprise WeChat / Alipay merchant accounts leased by the
/// day like a car, frozen cards "unfrozen" for a fee to be rented again, a trip to county towns to
/// register shell companies and open corporate accounts, elderly people recruited at square dances
/// to open cards — and new hard negatives — a bank's anti-fraud call agents, a police notice
/// against paid "unfreezing", a live-streaming company's top-up reconciliation and refund staff,
/// an English e-commerce refund agent; new plain jobs (a rider's chat with the station manager, a
/// night warehouse shift, a bilingual English tutor). They are written as chat transcripts, bullet
/// FAQs, emoji posters, price lists, itineraries and bilingual text, forms earlier families did
/// not use. Their one held-out run is recorded in docs/screening.md; in round 8 they were tuned
/// on, never trained on, and in round 9 (2026-11-23, ADR 230) they joined training.
/// </summary>
internal static class SeventhHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("shop-code-boost", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "📣{店铺|门店}{流水提升|冲流水}计划📣\n👉{小卖部|水果店|奶茶店|早餐店}老板看过来\n✅{你店里的|门店的}{收款码|商家码|收钱码}{每天|晚上关门后}{帮平台|替我们}{接单|收几笔推广单}\n✅{钱到你的码上|到账后}{扣掉|留下}{佣金|推广费}，{其余|剩下的}{转回|转给}{对接人|平台指定账户}\n✅{流水涨了|店铺流水高了}{还能|更好}{提额|申请经营贷}\n💰{每一万|每过一万}{返|给}{80|100|150}元，{当晚结|日结}\n📞<contact_risky>",
            "{实体店|个体商户}{老板|店主}{副业|增收}🔥：{不用进货|零投入}，{把|用}{店里的|你营业执照下的}{收款码|经营码}{借给我们|开放给我们}{做推广引流|接线上订单}，{顾客|买家}{付的钱|的货款}{进你的码|到你店里的账户}，{你|老板}{再按指示|按提示}{分几笔|马上}{转出|转给下家}，{一天|每天}{稳拿|能拿}{300|500|800}，{码还是你的|店照常营业}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("data-face", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "{AI data collection|Data labeling} job FAQ\n• What is the task? {Record|Take} {face videos|selfie videos} for {our AI model|model training}, {inside|through} {your own banking app|your own Alipay and bank apps}.\n• Why my own account? {The client needs|We need} {real-name|verified} {face scans|face verification} {on real accounts|from real users}; {log in|sign in} and {follow our prompts|do the face check when we tell you}.\n• Pay? {$15|80 yuan|100 yuan} per {verification|session}, {paid daily|same-day pay}.\n• Anything else? {Don't call|Do not contact} your bank if {a transfer|a payment} {shows up|appears}; {it is part of the test|it is just test data}.",
            "{数据标注|AI数据采集} Data Labeling {兼职|part-time}\n· 任务 Task：{打开|登录}{你自己的|本人}{支付宝|手机银行} log in to your own {Alipay|bank app}，{按提示|跟着客服}{刷脸|做人脸验证} and do the face check\n· 报酬 Pay：{每次|一次}{60|80|100}元 per {scan|check}，{日结|daily pay}\n· 注意 Note：{验证码|短信码}{发给客服|报给我们} send us the {code|SMS code}，{不要告诉家人|keep it private}",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Risky("gift-refund", JobAdScheme.PaymentSettlement, JobAdAudience.Students,
        [
            "{招聘|兼职}群聊天记录：\n客服：{直播间|公会}{冲榜|刷礼物}{兼职|助理}了解一下？\n我：{具体|要}做什么？\n客服：{我们|老板}{先转|转}{钱|一笔钱}给你，你用{自己的|本人}{抖音号|快手号|直播账号}{充值|充抖币|买礼物}{刷给|送给}{指定主播|我们的主播}。\n我：那钱{不就没了|怎么办}？\n客服：{过两天|过几天}{申请退款|点误充退款}，{钱会|平台会}{原路退回|退到}你的{支付宝|银行卡}，{退回来|到账后}{转给我们|再转回给我}就行，{每单|一单}{给你|你拿}{5%|8%}。",
            "A：{想赚点|赚点}{零花钱|生活费}吗？\nB：{干嘛的|啥活}？\nA：{帮|替}{公会|主播}{充值打赏|充币送礼}，{钱|本金}{我们出|先打给你}，{然后|之后}{你|用你的号}{申请退款|找客服退款}，{退款到账|钱退到你卡上}{转回来|再转给我们}，{一单|一次}{提成|给}{30|50}，<pay_freq>。\nB：{会不会有事|安全吗}？\nA：<reassure>。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("sim-box-home", JobAdScheme.PhoneCards, JobAdAudience.Parents,
        [
            "#{居家副业|宝妈副业}# {一个盒子|一台小设备}{放家里|摆在家里}，{插上电|通上电}{连上|接上}{家里的|你家}{宽带|WiFi}，{再|然后}{插上|放进}{你名下的|本人}{两张|几张}{手机卡|电话卡}，{什么都不用管|不用管它}，{每月|一个月}{稳拿|给}{600|800|1200}。{设备|盒子}{我们包邮寄|免费寄给你}，{有人问|房东问}{就说|就说是}{路由器|网关}。<contact_risky>",
            "{招|诚招}{设备托管户|家庭托管点}：{免费|包邮}{安装|寄送}{云手机盒子|多卡网关}，{需要|要求}{家里有宽带|有固定宽带}，{用|插}{本人实名的|你自己的}{电话卡|手机卡}{开机|挂着}，{设备|盒子}{会|自动}{打电话|拨号}{发短信|收发短信}，{电费|网费}{我们补贴|另算}，{每卡|每个号}{每天|一天}{20|30}元，<pay_freq>。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("merchant-lease", JobAdScheme.PaymentAccounts, JobAdAudience.General,
        [
            "{企业微信|支付宝商家号|微信商户号}{租赁|出租}{价目|报价}：\n日租：{150|200}元\n周租：{900|1200}元\n月租：{3000|4500}元\n{要求|条件}：{你名下|本人的}{营业执照|个体执照}{认证的|开通的}{商户号|商家账户}，{结算卡|收款卡}{不变|照常}，{租期内|租用期间}{账户|后台}{交给我们|由我们操作}{收款|收钱}，{到期|还号}{后|时}{改回密码|交还}。{押金|保证金}{我们付|由我们出}，<contact_risky>",
            "{像租车一样|和租房一样}{简单|放心}：{把|将}{你的|公司的}{企业微信|企业支付宝|商户收款账户}{按天|按月}{租给|出租给}{我们的团队|电商团队}{用来|做}{收款结算|收货款}，{钱进|款项到}{你的|商户}{结算卡|对公户}{后|以后}{由我们|我们}{安排|负责}{转出|提走}，{租金|费用}{一天一结|按天结算}，{出了问题|有投诉}{我们兜底|我们负责}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("unfreeze-rent", JobAdScheme.CardRenting, JobAdAudience.General,
        [
            "{卡被冻了|卡被限制了|非柜面被限了}？{别慌|不用怕}，{专业|我们有渠道}{解冻|解除限制}，{三天|一周}{出结果|搞定}，{解冻费|手续费}{500|800|1000}。{解冻后|解开以后}{卡|这张卡}{继续|还可以}{放我们这里|租给我们}{跑|用}，{租金|月租}{照付|翻倍}，{之前的|冻结前的}{款|钱}{不追究|不用你管}。<contact_risky>",
            "{只要|凡是}{以前|之前}{出过卡|借过卡给别人}{被冻结|被风控}的{兄弟|朋友}：{带上|拿上}{身份证和卡|卡和手机}，{我们的人|师傅}{教你|告诉你}{去银行|到柜台}{怎么说|的话术}，{说是|就说}{做生意的货款|朋友还钱}，{解开后|解冻了}{卡|账户}{交给|租给}{我们|团队}{继续|接着}{走账|用}，{一个月|月租}{2000|3000}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("shell-tour", JobAdScheme.CorporateAccounts, JobAdAudience.Unemployed,
        [
            "{出差|外地}{开户|办事}{行程|安排}：\n第1天：{高铁|大巴}到{县城|三线城市}，{入住|住}{酒店|宾馆}，{有人|专人}{接站|陪同}；\n第2天：{用你的身份证|以你的名义}{在|到}{孵化园|集群注册地址}{注册|办}{一家|两家}{公司|个体户}，{拿执照|领营业执照}；\n第3天：{跑|去}{三家|几家}{银行|农商行}{开对公户|开对公账户}，{按我们的话术|照着培训的}{回答|应付}{客户经理|银行}{的问题|的上门核实}；\n第4天：{U盾|网银}{和|、}{公章|执照}{交给|留给}{带队|带你的人}，{返程|回家}{结账|结钱}{6000|8000|1万}。",
            "{包路费|包吃住}{去|到}{外省|下面县城}{注册|开}{公司|几家公司}，{每开一个|每个}{对公户|对公账户}{另加|再给}{1500|2000}，{银行|客户经理}{问起来|来核实}{就说|说}{做农产品生意|做建材生意|开网店}，{开完|办完}{所有资料|执照U盾}{我们保管|统一交回}，<reassure>。",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("square-dance", JobAdScheme.CardRenting, JobAdAudience.General,
        [
            "【{广场舞|老年}{福利|活动}】{叔叔阿姨们|大爷大妈们}{跳完舞|晨练后}{别走|留一下}！{跟|由}{我们|工作人员}{带队|陪同}{去银行|去网点}{办一张|新开一张}{卡|储蓄卡}、{开通|下载}{手机银行|网银}，{办完|开好}{把卡和手机银行|卡片和密码}{交给|留给}{工作人员|小张}{帮你保管|代为管理}，{当场|马上}{领|送}{一桶油|十斤大米|一箱鸡蛋}{外加|再加}{100|200}元{红包|现金}。",
            "{社区|老年}{健康讲座|旅游团}{报名|招人}：{60岁以上|退休}{老人|的叔叔阿姨}{免费|0元}{参加|去玩}，{只要|唯一条件}{带上|拿着}{身份证|本人身份证}{去|到}{几家|附近}银行{开户|开张卡}，{卡|账户}{由组织方|由工作人员}{统一收走|统一保管}，{一张卡|每开一张}{补贴|给}{200|300}，{别跟|不要告诉}{子女|孩子}{说|讲}。",
        ], reserve: JobAdSplit.Training),

        AdFamily.HardNegative("bank-antifraud-calls",
        [
            "<bank>银行{远程银行中心|客服中心}{招聘|诚聘}{反诈回访专员|反欺诈外呼专员}\n• {致电|回访}{账户|交易}{异常|存在涉诈风险}的客户，{核实|了解}{是否|有没有}{出租出借|出售}{银行卡|账户}、{是否|有无}{被他人|有人}{远程操控|代为操作}\n• {按规定|依规}{办理|协助}{暂停非柜面交易|账户管控}{及|和}{解除|解控}{核实|申请}\n• {提醒客户|宣传}{不出租、不出借、不出售|不借卡不卖卡}，{引导|劝阻}{受害人|客户}{及时报警|拨打110}\n• <salary_month>，<benefits>，<hours>",
            "{银行|支行}{反诈专岗|反诈柜员}{职责|岗位说明}：{对|为}{新开户|开卡}{客户|申请人}{做|开展}{尽职调查|开户意愿核实}，{发现|识别}{代开卡|被人带来开户|受雇开户}{的情况|等异常}{拒绝办理|暂停开户}{并|同时}{报告|上报}{反诈中心|公安}，{对|向}{老年客户|学生}{讲解|宣传}{出借账户|租借银行卡}{的法律后果|涉嫌帮信罪}，<salary_month>。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("unfreeze-notice",
        [
            "🚨{派出所|反诈中心}{提醒|温馨提示}🚨\n❌{网上|有人}{自称|声称}能{帮你解冻银行卡|解除非柜限制}、{收取|要}{解冻费|手续费}的，{都是骗子|全是诈骗}\n✅{账户|银行卡}{因涉诈|因可疑交易}{被冻结|被限制}，{请|要}{本人|持本人身份证}{到|去}{开户行|银行柜台}{说明情况|核实}，{解冻|核实}{不收费|免费}\n✅{如果|若}{曾经|以前}{出租出借|卖过}{银行卡|电话卡}，{主动|尽快}{到派出所|向公安}{说明|讲清楚}\n📞{咨询|举报}{96110|110}",
            "{关于|}{资金冻结|账户冻结}{常见问题|问答}：问：{卡被冻结了能找人解冻吗|网上说交钱能解冻是真的吗}？答：{不能|不要信}，{凡是|所有}{收费解冻|代办解冻}{都是诈骗|均系诈骗}，{请|应}{本人|携带身份证}{到|去}{银行网点|开户网点}{或|、}{派出所|公安机关}{办理|核实}。问：{解冻以后能继续借给朋友用吗|解开后还能把卡借人吗}？答：{不能|绝对不能}，{出租出借|出借}{银行卡|账户}{涉嫌|可能构成}{帮信罪|帮助信息网络犯罪活动罪}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("stream-reconcile",
        [
            "{直播公司|MCN机构|娱乐直播平台}{招聘|诚聘}{充值对账专员|打赏结算专员}：{负责|}{核对|对账}{主播|公会}{礼物|打赏}{流水|收入}{与|和}{平台|公司}{结算|分成}，{按|依照}{平台规则|未成年人保护规定}{受理|审核}{未成年人|家长提出的}{充值退款|误充退款}{申请|}，{退款|款项}{只|仅}{原路退回|退回原付款账户}，{不得|严禁}{经手|代收}{个人|私人}{转账|款项}，<salary_month>，<benefits>",
            "{直播运营助理|场控}{招聘|兼职}：{负责|}{直播间|开播}{场控|弹幕管理}、{活动|冲榜活动}{策划|执行}，{协助|配合}{财务|结算}{统计|整理}{礼物|打赏}{数据|收入}，{公司|本公司}{禁止|不允许}{员工|主播}{私下|用个人账户}{收款|收打赏}，<hours>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-refund-agent",
        [
            "{E-commerce|Online store} {customer service|support} {agent|associate} ({remote|hybrid}): {answer|handle} {buyer questions|order tickets}, {process|approve} {returns and refunds|refund requests} in our {store system|seller dashboard}; refunds {always go back|are only sent back} to the {buyer's original payment method|original card or Alipay}. {Never|You will never} {ask customers for|collect} {card numbers, passwords or SMS codes|card PINs or codes}, and {never|do not} {move money through|use} your own account. {Monthly salary|Base pay plus bonus}, {paid to your own bank account|by bank transfer}.",
            "{Chargeback|Disputes} specialist ({payment company|cross-border store}): {review|investigate} {disputed payments|refund claims}, {spot|flag} {refund fraud|accounts used to route refunds}, {work with|report to} {the risk team|compliance}. {Fluent English and Mandarin|Mandarin a plus}. {Full time|Office in Chengdu}, {monthly salary|salary plus benefits}.",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("rider-chat", JobAdAudience.Unemployed,
        [
            "{站长|招聘专员}：{美团|饿了么|顺丰同城}{骑手|配送员}{还缺人|在招}，你{有电动车吗|有车吗}？\n{我|求职者}：{有|没有，能租吗}。\n{站长|招聘专员}：{可以|行}，{租站点的车|用站里的车}{一个月|每月}{300|400}。{用|在}{骑手APP|众包APP}{本人实名注册|拿自己的身份证认证}，{还要办|需要}{健康证|健康证明}。\n{我|求职者}：{工资怎么发|钱怎么结}？\n{站长|招聘专员}：{按单算|单价{5|6}元}，{每周|每月}{打到|提到}{你自己的|本人}{银行卡|卡上}，{多跑多得|跑得多拿得多}。",
            "{骑手招聘|众包骑手}问答：问：{要押金吗|收费吗}？答：{不要|不收任何费用}。问：{需要|要}{什么|哪些}{材料|证件}？答：{本人身份证|身份证}{和|、}{健康证|体检证明}，{APP|平台}{实名认证|人脸认证}{本人操作|自己做}。问：{收入|工资}？答：{跑一单|每单}{5|6|7}元，{月入|一个月}{6000|8000}{左右|以上}，{按周|按月}{结算|提现}到{本人|自己的}{银行卡|账户}。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("night-warehouse", JobAdAudience.Unemployed,
        [
            "🌙{夜班|晚班}{分拣员|打包员}{急招|招}🌙\n⏰{22:00-6:00|晚10点到早6点|晚9点到早7点}\n📦{快递分拨中心|电商仓库|冷链仓}{扫码|分拣}{装车|打包}\n💰{时薪|每小时}{25|28|30}元，{夜班补贴|夜宵补贴}{另算|另加}\n✅{日结|周结}，{工资|钱}{当天|下班}{转到|发到}{本人|你自己的}{微信|银行卡}\n📍<city><district>{物流园|仓库}\n<contact>",
            "{仓库|物流园}{招|招聘}{夜班|晚班}{理货员|叉车工|拣货员}：{负责|}{夜间|晚上}{收货|入库}{上架|盘点}，{有叉车证|会开叉车}{优先|工资更高}，<salary_month>，{包住|提供宿舍}，{缴纳|交}{社保|五险}，{本人身份证|身份证原件}{入职|报到}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-tutor", JobAdAudience.Students,
        [
            "{Online English tutor|English teaching assistant} 线上英语{助教|老师} wanted\n- {Teach|Help} {kids|primary school students} {speaking and reading|phonics} 辅导{口语|阅读} via {video class|Zoom}\n- {100|120|150} yuan per hour 每小时，paid {monthly|at the end of each month} 按月结算 to your own bank account 打到本人银行卡\n- {University students welcome|English majors preferred} 大学生可\n- Apply: <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
