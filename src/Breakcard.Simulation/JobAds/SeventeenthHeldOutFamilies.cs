namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The seventeenth held-out families (round 17), the development set in round 18 (ADR 349) and training families since round 19 (ADR 366); written 2026-11-24 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 16's families became the development set and before any change prompted by them (ADR 341).
/// New stories from the 帮信 reporting of 2024–2026, on acts no earlier family told, across Art.
/// 287-2 and the two-card rules — letting a gang's "members" top up a shop's stored-value member cards
/// with strangers' money and "refunding" the balance to accounts the gang names (payment settlement
/// through a shop's prepaid cards), keeping a wall of group-controlled phones online at home on one's
/// own broadband that add friends and send messages by themselves (communication transmission; internet
/// access), rewriting the IMEI of boxes of phones so that platforms take them for new devices
/// (technical support), getting victims' complaints about a "wealth platform" withdrawn, reported away
/// and buried (other help), playing several "old investors" in a stock-tips group who cheer the
/// "teacher" and drown out anyone who says scam (other help), downloading loan and investment apps
/// with an invitation code and filming "it paid out" reviews for the app store and one's own video
/// account (advertising), an English crypto debit card opened in one's own name and handed over with
/// its PIN and app (payment accounts, Anti-Fraud Law Art. 31), and an English moderator of a
/// "trading" group who deletes withdrawal complaints and sends the "release fee" link (other help) —
/// and honest texts on the same acts in the same forms: a gym's refund form for a member card paid
/// back to the original payment, an app company's purchase order for its test-phone lab, a repair
/// shop's test report of a customer's phone whose IMEI it does not change, a company's public-opinion daily that answers
/// complaints and deletes none, a securities branch's group rules and a tutorial video's acceptance sheet, a school's
/// and a bank's anti-fraud pledges, a bank's community moderator who removes impersonators. They are
/// written as refund forms (退卡申请单), purchase orders (采购单), device test reports (检测报告), public-opinion dailies
/// (舆情日报), group rules (群规), acceptance sheets (验收单), pledges and declarations (承诺书) and
/// moderation logs, forms earlier families did not use; risky and honest texts share every one of
/// them, and the honest texts name cards, accounts, SIMs, IDs, face verification, codes, payments,
/// transfers and collections in the same words as the risky ones, so neither the form nor the
/// vocabulary gives the label away. Their one held-out run is recorded in docs/screening.md;
/// in round 18 they were tuned on, never trained on; since round 19 they are trained on.
/// </summary>
internal static class SeventeenthHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("stored-value-cashback", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【退卡申请单】{美容院|健身房|洗车店|美甲店}：{<surname>老板的店|你的店}（{你本人的|你名下的}{个体执照|营业执照}）\n会员：{“客户”<d><d>号|<surname>某（我们的人）}　卡号：VIP<d><d><d><d>\n{充值|储值}：{今天|当天} {19|20|21}:{0|1|2|3|4|5}<d>　{5000|3000|8000}元（{扫你店里的收款码|进你店的收款账户}）\n{退卡|退款}：{今天|当天} {22|23}:{0|1|2|3|4|5}<d>　{余额全退|全额退}，{扣|留}{3%|5%}{“手续费”|返点}给你\n{退款方式|收款账户}：{转到指定账户|打到我们给的卡}（{不是充值的人|不退原路}）\n{原因|备注}：{“合作”|“会员搬家”}；{会员|充值的人}{不到店|没来过}，{不做项目|没消费}；{钱从哪来|谁在充}{别问|不用管}；{银行|平台}{问起|打电话}就说{会员不想练了|店里搞活动}",
            "{开店的老板|有实体店的}{看过来|注意}：{美容院|健身房|洗车店}的{收款码|会员系统}{别闲着|能赚钱}，{我们的“会员”|我们的人}{每天|每晚}{来充值|来储值}{几万|两三万}，{钱到你账户后|到账后}{你按充值额|你给他们}{办“退卡”|退款}，{转到我们给的卡|转回指定账户}，{流水|每单}{给你|抽}{3%|5%}，{人不用来|不消费}{也不做项目|不用做服务}。{谁在充|钱是哪来的}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("phone-wall-keeper", JobAdScheme.PhoneCards, JobAdAudience.Unemployed,
        [
            "【采购单】{工作室|项目}：{手机墙|群控}{搭建|托管}　{收货人|放置地点}：{你本人|你家里}（{<city>|你租的房子}）\n{品名|物品}：{二手手机|旧安卓机} {30|50|80} 台　{支架|手机架} {2|3} 个　{群控盒子|群控主板} 1 个　{USB集线器|充电排插} {4|6} 个\n{宽带|网络}：{办在你本人名下|用你名下的宽带}　{手机卡|电话卡}：{我们寄来|每台一张}，{停了|被封了}{你去营业厅补卡|你负责补卡}\n{费用|结算}：{设备我们出|设备公司寄}，{托管费|电费补贴}{每台每月|一台一个月}{30|50}元，{月结|每月结}\n{要求|备注}：{24小时|全天}{通电联网|不断电不断网}，{手机|屏幕}{自己会动|会自动加好友、发消息}，{别碰|不用管}；{邻居|房东}{问起|问}就说{做直播|测试手机}；{发的什么|加的是谁}{不用管|别问}",
            "{在家|宿舍}{就能做|躺赚}：{帮工作室|帮公司}{托管|放}一面{手机墙|“群控”手机架}，{几十台|三五十台}{旧手机|手机}{连上|接上}{你家的宽带|你名下的宽带}{24小时|全天}{开着|不断电}，{手机|它们}{自己|会自动}{加好友|发消息}，你{只管|只要}{插好电|看着别断网}，{卡停了|号被封}{去营业厅补卡|你去补一张}，{一台|每台}{每月|一个月}{30|50}元。{发什么|加的谁}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("imei-rewriter", JobAdScheme.IdentityLending, JobAdAudience.Unemployed,
        [
            "【检测报告】{批次|单号} <d><d><d><d>　{送检|来机}：{“工作室”|老板}{一箱|一批} {50|100|200} 台\n机型：{安卓杂机|二手手机}　{原IMEI|原串号}：86<d><d><d><d>****　{新IMEI|新串号}：{已写入|随机生成}\n{检测项目|结果}：{一键新机|抹机改参数} ✔　{平台识别|APP登录}：{新设备|新手机} ✔　{旧记录|以前的账号}：{查不到|已清} ✔\n{收费|价格}：{改串号|改IMEI} {30|50}元/台，{一百台以上|批量}{八折|另议}\n{说明|备注}：{改好|改完}{寄回|按地址发}{<city>|指定地址}；{机器|手机}{从哪来|做什么用}{不问|别问}，{不开单|不留记录}，{现金|U}结",
            "{招|高薪招}{手机维修师傅|刷机技术}：{会|能}{改串号|改IMEI}{和|、}{一键新机|抹参数}的{来|优先}，{工作室|老板}的{手机|几百台手机}{成箱|一批批}{寄来|送来}，{一台|每台}{改好|做完}{30|50}元，{改完|改好}{平台|APP}{认不出|查不到}是{同一台|旧手机}。{手机拿去干嘛|干什么用}{别问|不用管}，{不开单|不留底}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("complaint-suppressor", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "【舆情日报】{3|4|5|6|7|8|9|10|11|12}月{1<d>|2<d>}日　{项目|客户}：{“某理财平台”|“某投资APP”|“某贷款APP”}\n{平台|来源}　{标题|内容}　{状态|处理}\n{黑猫投诉|投诉平台}　“{提现不到账|充值后无法提现}”　{已联系投诉人，退{10%|20%}换撤诉|已私聊，答应退一部分后撤诉}\n{小红书|贴吧}　“{是骗子吗|被骗了}”　{已组织举报删除|已删帖}\n{百度|搜索}{结果|下拉}　“{平台名+骗局|平台名+跑路}”　{已压到第三页|已刷正面内容}\n{说明|要求}：{投诉人|受害人}{要报警|说要报警}的{先稳住|说能全退}，{一条|每条}{删除|撤诉}{200|300}元，{客户|平台}{做什么的|是不是骗局}{不用管|别问}，{周结|U结}",
            "{高薪招|招}{舆情专员|“公关”兼职}（{在家|线上}）：{帮|替}{理财平台|投资APP}{处理|消}{黑猫投诉|投诉}{和|、}{差评|负面帖}，{联系投诉人|私聊发帖的}{退一点钱|给点补偿}{换撤诉|让他删帖}，{没撤的|删不掉的}{找人举报删除|组织人刷正面}{压下去|压到后面}，{一条|每条}{200|300}元{周结|日结}。{平台是不是骗局|客户做什么}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("stock-group-shill", JobAdScheme.IdentityLending, JobAdAudience.Parents,
        [
            "【{群规|气氛组群规}】（{只发|仅限}{内部|气氛组}）\n1. {每人|每个人}{领|用}{3|5}个{号|微信号}，{头像|昵称}{换成|改成}{老股民|宝妈|退休老师}\n2. {“老师”|“导师”}{发完票|讲完课}，{立刻|马上}{跟|刷}“{谢谢老师|跟上了}”“{今天又赚了|收益截图}”\n3. {收益截图|到账截图}{用|发}{我们给的|统一发的}{图|模板}，{别|不要}{自己P|乱发}\n4. {有人|新人}{说“骗子”|问提现}，{马上|立刻}{刷屏|发别的}{盖过去|压下去}，{再|然后}{私聊|单独}{安抚|劝他充值}\n5. {每天|一天}{在线|值守}{6|8}小时，{日结|一天}{200|300}元\n6. {群|APP}{背后是谁|是不是正规}{别问|不用管}，{截图|群规}{不许外传|不准外发}",
            "{招|日结招}{气氛组|群内活跃员}（{手机就行|在家做}）：{在|进}{“股票学习群”|理财交流群}里{用几个号|换好几个身份}{扮|装}{老股民|跟单的学员}，{“老师”|导师}{讲完|推票}{你就|就}{刷|发}“{又赚了|谢谢老师}”{和|、}{收益截图|到账截图}，{有人|新人}{说是骗子就刷屏盖过去|问提现就私聊稳住}，{一天|日结}{200|300}元。{群是干嘛的|平台正不正规}{别问|不用管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("app-review-booster", JobAdScheme.OrderBrushing, JobAdAudience.Parents,
        [
            "【任务验收单】{任务|单号} <d><d><d><d>　{APP|应用}：“{极速贷|秒下款|金牛理财|鑫盈投资}”\n验收项1：{录屏|手机录屏}：{打开|进}{应用商店|手机商店}{搜索|搜}{APP名|名字}，{点下载|下载安装} ✔\n验收项2：{注册|登录}时{填|输}{邀请码|推广码} <d><d><d><d>，{录|截}“{额度|收益}{已到账|到账{5000|8000}元}”{画面|页面}（{素材我们给|我们发的}） ✔\n验收项3：{应用商店|手机商店}{打五星|五星好评}，{评论|写}“{正规平台，放款快|客服耐心，提现秒到}” ✔\n验收项4：{视频|录屏}{发|同步到}{你的抖音|你的小红书}，{保留|不删}{7|15}天 ✔\n{结算|备注}：{一条|每条}{30|50}元，{满十条|十条}{再奖|另加}{50|100}元；{APP|平台}{正不正规|是做什么的}{不用管|别问}，{到账画面|截图}{是我们做的|用我们给的}",
            "{手机|宝妈}{兼职|副业}：{给|帮}{几个|我们的}{借款|理财}APP{打|刷}{五星好评|好评}，{在|去}{应用商店|手机商店}{下载|装好}，{填|输}{邀请码|推广码}{注册|登录}，{再|然后}{录|拍}{一条|一段}“{亲测到账|真的下款了}”{视频|录屏}{发|传到}{你的抖音|你的小红书}，{到账画面|截图}{我们给|我们做好}，{一条|每条}{30|50}元{日结|当天结}。{APP正不正规|平台怎么样}{不用管|别问}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-crypto-card-opener", JobAdScheme.PaymentAccounts, JobAdAudience.Students,
        [
            "DECLARATION — {\"crypto card\" partner program|U-card partner scheme}\nI, the card holder (your full name), declare that:\n1. I open a {crypto debit card|USDT Visa card} with {CoinPay|NovaCard|Bitfy Card} in my own name, with my {passport|ID} and a live selfie.\n2. I hand the {physical card and its PIN|card, the PIN} and the app login to {the team|the desk} and {do not use it myself|never log in again}.\n3. I {confirm|approve} every {verification SMS|code} the team asks for within {10 minutes|5 minutes}.\n4. If the card is frozen I tell the issuer I {lost it|am travelling abroad}.\nFee: {$150|$200} per card, paid on delivery; {a second card $100|$50 for every friend you bring}. Who loads it and where it is spent is {not my business|the team's concern}.\nMessage @<handle> on Telegram",
            "{Easy|Quick} {$200|$150} for students: open a {crypto debit card|USDT card} in your own name ({passport and a selfie|ID and a face check}, ten minutes online), then {send us|post us} the card and PIN and give us the app login. {We load it|The team tops it up} and {spends|withdraws} abroad; you just {approve the codes|forward the SMS codes} when asked. {Card frozen? Say you lost it.|If the issuer calls, say you are travelling.} {Bring a friend|Refer friends}, {+$50|+$100} each. DM @<handle>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Risky("english-group-moderator", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "MOD LOG — {\"Alpha Gold Traders\"|\"VIP Crypto Signals\"|\"Wealth Circle 88\"} (Telegram group, {3,412|5,870} members)\n{09:12|10:03} deleted: \"{I can't withdraw, support wants a 20% tax first|Is this a scam? my withdrawal is stuck}\" — user muted\n{11:40|12:25} banned: a user who posted a {news link|police warning} about the platform\n{14:05|15:30} pinned: \"{Withdrawal success!|Just got paid again}\" (screenshot from {the team|our folder})\n{16:20|17:45} DM to {the complainer|a new member}: \"{Pay the release fee and your funds unlock|Top up to VIP to withdraw faster}\" + {link|deposit address}\nRules from {the team|the boss}: delete every {\"scam\"|withdraw} message within {5 minutes|2 minutes}, keep the chat {positive|hyped}, never say who runs the platform. Pay: {$25|$30} an hour, {weekly in USDT|in USDT}. DM @<handle>",
            "{Remote|Part-time} {community moderator|group admin} for a {crypto trading|gold trading} {signal group|club}: delete {complaints about withdrawals|posts asking why withdrawals fail}, ban anyone who {says \"scam\"|posts news about the platform}, pin the {profit screenshots|\"withdrawal success\" posts} we send you, and DM {unhappy members|anyone stuck} the {\"release fee\"|VIP top-up} link. {$25|$30} an hour in USDT, no questions about the platform. Telegram @<handle>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.HardNegative("membership-refund-form",
        [
            "【退卡申请单】<city>{悦动|青禾|<surname>氏}{健身房|美容院|洗车店}\n会员：{<surname>女士|<surname>先生}（{本人到店|本人持身份证}）　卡号：VIP<d><d><d><d>\n{充值|储值}：{3|5|8}月{1<d>|2<d>}日　{2000|3000|5000}元（{会员本人微信支付|刷会员本人银行卡}）　已消费：{12|20|6}次课\n{退卡|退款}：{按|依照}《单用途商业预付卡管理办法》{扣除已消费金额|减去已消费的项目}{和|、}{赠送部分|赠送金额}\n{退款方式|收款账户}：{原路退回|退到原付款账户}（{不退到|不转给}{第三方|他人}账户）\n{审批|经办}：{店长|前台}{<surname>|小<surname>}　{到账|预计到账}：{3个工作日内|7个工作日内}",
            "<city>{悦动|青禾|<surname>氏}{健身房|美容院}{招|招聘}{会籍顾问|前台}：{介绍|讲解}{会员卡|储值卡}{价格|项目}，{办卡|充值}{登记|收款}{和|、}{开收据|开发票}，{帮|给}{会员|顾客}{预约|安排}{课程|项目}，{办理|处理}{退卡|退款}{手续|申请}（{按店里流程|原路退回}）。{有|做过}{前台|销售}{经验|工作}{优先|更好}，{底薪|月薪}{3500|4000}{加提成|起}。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("complaint-desk-daily",
        [
            "【舆情日报】{3|4|5|6|7|8|9|10|11|12}月{1<d>|2<d>}日　<city>{优选|惠家|乐购}{电子商务|家电}有限公司{客户关系部|客服中心}\n{平台|来源}　{标题|内容}　{状态|处理}\n{黑猫投诉|投诉平台}　“{退款没到账|订单退款慢}”　{已联系客户，退款原路退回，客户确认后结案|已转售后，三个工作日内回复}\n{小红书|微博}　“{客服不回消息|说要收手续费？}”　{已公开回复：本公司不会私聊要求转账或付手续费，冒充客服请报警|已核实为冒充客服，已向平台举报}\n{说明|要求}：{不删帖|不要求客户删帖}，{不压帖|不花钱买删除}；{问题|投诉}{如实|按实际}{处理|回复}，{涉及|遇到}{诈骗|冒充}的{提醒客户报警|建议拨打96110}",
            "<city>{优选|惠家|乐购}{电子商务|家电}有限公司{招|招聘}{客户关系专员|舆情专员}：{每天|每日}{看|查看}{黑猫投诉|投诉平台}{和|、}{微博小红书|社交平台}上{关于本公司的|客户的}{投诉|评价}，{联系客户|回访客户}{处理|解决}{退款|售后}问题，{写|整理}{舆情日报|日报}。{本科|大专}，{双休|五险一金}，{月薪|薪资}{6000|7000}{起|左右}。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("antifraud-pledge",
        [
            "【承诺书】<city>{某大学|职业技术学院}学生{防范电信网络诈骗|“断卡”行动}承诺书\n本人（{学号|姓名}：____）承诺：\n1. {不出租|不出借}、{不出售|不买卖}{本人的|自己的}{银行卡|手机卡}、{支付宝|微信}{账户|账号}、{U盾|网银}{和|、}{验证码|人脸}；\n2. {不用|不以}{本人|自己的}{身份证|证件}{替别人|帮他人}{开卡|注册账号|刷脸认证}；\n3. {遇到|碰到}“{刷单|兼职}返利”“{代收款|帮忙转账}”{立即|马上}{拒绝|停止}，{告诉|报告}{辅导员|老师}{并|或}{拨打|打}96110；\n4. {办卡|开户}{只办|只开}{本人在用的|自己需要的}，{闲置的|不用的}{及时注销|去网点注销}。\n{学生|承诺人}签名：____　日期：____",
            "DECLARATION 承诺书 — {international students|overseas students} opening a bank account at <bank>银行{<city>分行|<city>支行}\nI declare that / 本人承诺：\n1. This account and its {debit card|bank card 银行卡} are for my own {living costs|tuition and living costs} only / 账户仅本人使用；\n2. I will not {rent, lend or sell|lend, rent or sell} my card, {online banking|mobile banking 手机银行}, {verification codes|验证码} or {my face|face verification 刷脸} to anyone / 不出租、出借、出售；\n3. I will not {receive and forward|collect or transfer} money for others / 不替他人收款、转账；\n4. If someone offers money for my account, I tell the bank and call 96110 / 遇到请报警。\nSigned / 签名：____　Date / 日期：____",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-community-moderator",
        [
            "MOD LOG 管理日志 — {Harbour Securities|Northgate Bank} official {WeChat group|Telegram channel} 官方群\n{09:12|10:03} removed: {a fake \"customer service\" account|an impersonator using our logo} asking members to transfer money — reported to the platform / 冒充客服，已举报\n{11:40|12:25} pinned: \"Staff will never DM you first or ask for your card number, verification code or a transfer to a personal account. 工作人员不会私聊要验证码或转账。\"\n{14:05|15:30} replied: a member {asked about a slow withdrawal|said a transfer to their own bank card is late} — sent the official support {number|ticket link}, case {opened|logged}\n{16:20|17:45} removed: a post promoting {\"guaranteed 30% returns\"|a \"signal group\"} — user warned\nRules: never delete genuine complaints; answer them in public and pass them to support / 真实投诉不删，公开回复。",
            "{Community moderator|Social media moderator} ({full-time|contract}) at {Harbour Securities|Northgate Bank}: keep our official groups and channels safe, remove impersonators and scam links, answer members' questions, log complaints about payments, transfers and withdrawals for the support team, and publish our fraud warnings. Customer service experience preferred. {£27,000|$48,000} a year, hybrid. Apply: <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
        AdFamily.Legitimate("device-test-lab", JobAdAudience.Students,
        [
            "【采购单】<city>{鑫达|博创|云启}{科技|软件|信息技术}有限公司{测试部|质量部}　{项目|用途}：{APP兼容性测试|机型适配测试}{机房|实验室}\n{品名|物品}：{测试手机|安卓测试机} {30|50} 台　{手机架|支架} {2|3} 个　{USB集线器|充电柜} {4|6} 个\n{网络|宽带}：{公司专线|公司办公网络}　{手机卡|电话卡}：{公司名下|单位实名}{测试卡|物联网测试卡} {10|20} 张，{只在机房用|不带出公司}\n{收货|放置}：{公司|<city>研发中心}{机房|测试间}　{申请人|经办人}：{<surname>工|测试工程师小<surname>}　{审批|财务}：{已审批|部门经理已批}\n{备注|说明}：{测试机|设备}{只装|只登录}{公司的测试账号|本公司APP}，{不登录|不装}{个人微信|个人账号}，{项目结束|离职}{清点归还|交回}",
            "<city>{鑫达|博创|云启}{科技|软件|信息技术}有限公司{招|招聘}{测试助理|手机测试员}：{管理|维护}{测试部的|公司的}{几十台|五十台}{测试手机|测试机}，{充电|装包}、{装|更新}{本公司APP|测试版本}、{登记|记录}{机型|问题}，{测试卡|电话卡}{公司统一办理|在单位名下}。{大专|中专}{即可|以上}，{双休|五险一金}，{月薪|底薪}{4500|5000}{起|左右}。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("phone-repair-counter", JobAdAudience.Unemployed,
        [
            "【检测报告】<city>{<surname>记|阿<surname>}手机维修　{单号|取机单} <d><d><d><d>\n{机主|客户}：{<surname>先生|<surname>女士}（{本人送修|本人到店}）　机型：{华为|小米|苹果}手机\nIMEI：86<d><d><d><d>****　{与机身|与包装盒}{一致|相符}，{未改动|未改串号}\n{检测项目|结果}：{屏幕碎裂|外屏漏液}，需{换屏|换外屏}{260|180}元；{电池|尾插}{正常|健康}\n{说明|须知}：{屏幕锁|ID锁}{由机主本人|请机主自己}{解开|退出}；{本店|我们}{不改串号|不改IMEI}、{不解|不破解}{ID锁|账户锁}、{不收|不修}{来路不明的|成箱送来的}{手机|机器}；{修好|修完}{凭取机单|机主本人}{取机|来取}",
            "<city>{<surname>记|阿<surname>}手机维修{招|招聘}{维修学徒|维修技师}：{换屏|换电池}、{刷机|系统重装}、{数据迁移|帮客户换机}，{接待|登记}{顾客|客人}、{开单|写维修单}。{会|懂}{焊接|拆机}{优先|更好}，{包吃住|包住}，{月薪|底薪}{4000|5000}{加提成|起}。<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("broker-content-assistant", JobAdAudience.General,
        [
            "【群规】<city>{某证券|证券公司}营业部　{投资者教育群|客户服务群}\n1. 本群{只发|仅发布}{投教内容|投资者教育课程}{和|与}{公司公告|营业部通知}，{不荐股|不推荐个股}、{不带单|不喊单}、{不承诺收益|不保本}\n2. {工作人员|营业部员工}{不会|从不}{私聊|单独}{要求|让你}{转账|下载其他APP|加其他群}，{资金|钱}{只走|只通过}{你本人的|本人}{三方存管|银证转账}\n3. {有人|群友}{晒收益|发截图}{拉人|带单}的{请截图|请}{向群主|向管理员}{举报|反映}，{一律移出|立即移除}\n4. {开户|业务}{请到|只在}{营业部|公司官方APP}{办理|办}，{本人|客户本人}{刷脸|视频见证}\n5. {投资有风险|股市有风险}，{入市需谨慎|请理性投资}",
            "【验收单】<city>{某证券|证券公司}{APP教程|投教短视频}：“{如何查看|怎么用}{三方存管|银证转账}”\n验收项1：{手机录屏|屏幕画面}用{公司官方APP|本公司APP}{演示账户|演示账号}，{标注|字幕写明}“{非真实资金|数据为模拟}” ✔\n验收项2：{说明|展示}{资金|钱}{只能在本人银行卡和本人证券账户之间划转|只在你自己名下的银行卡和证券账户之间转}，{口播|字幕}“{公司|我们}{不会|从不}{让你|要求你}{转到|转给}{个人账户|任何个人}” ✔\n验收项3：{片尾|结尾}{风险提示|投资者教育标识}，{口播|字幕}“{遇到|有人}{“老师”带单|私聊荐股}{要你转账|让你充值}{请报警|请拨96110}” ✔\n验收项4：{无|没有}{收益承诺|荐股内容} ✔　{合规审核|合规部}：{通过|已审}\n{制作|剪辑}：{内容助理|小<surname>}　{验收|审核}：{营业部|投教}{负责人|专员}",
        ], reserve: JobAdSplit.Training),
    ];
}
