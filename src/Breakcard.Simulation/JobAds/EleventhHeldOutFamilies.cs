namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The eleventh held-out families (round 11), the development set in round 12 (ADR 270) and training families since round 13 (ADR 280); written 2026-11-23 blind — by an engineer who had not opened
/// the screening normaliser, patterns, model or their tests, nor read any round's misses — after
/// round 10's families became the development set and before any change prompted by them (ADR 257).
/// New stories from the 帮信 reporting of 2024–2026, on the parts of Art. 287-2 and of the two-card
/// rules earlier rounds left alone — IoT cards (物联网卡) opened in bulk with a business licence and
/// sold "unbound, no real name" for phones, home broadband and phone hotspots turned into proxy exit
/// nodes for "overseas clients" (internet access), iOS "super signature" and enterprise-signing
/// distribution for apps that cannot be listed (technical support), clearing "fraud" marks from
/// phone numbers by appealing in one's own name and "warming up" numbers with calls, cash handed
/// over by couriers and turned into transfers from one's own card (现金换转账), bookkeepers lending
/// their clients' idle corporate accounts and U盾, village shops' bank cash points (助农取款点) used
/// to withdraw on outsiders' cards at night, and an English app-store developer account opened in
/// one's name for "our finance apps" — and honest texts on the same acts in the same forms: an
/// operator's IoT-card listing (devices only, enterprise real name, no unbinding) and its
/// enterprise account manager, a number-marking service's official menu (owners appeal free, paid
/// "cleaning" is fraud) and its appeal reviewers, a bookkeeping firm's rules (clients keep their U盾)
/// and a bank's warning to its business clients, an English developer compliance deck and an
/// app-review job; new plain jobs (store-audit bounty tasks, a supermarket cash office with its
/// flowchart, and a tear-off flyer for a shop whose bank cash point pays out to the cardholder only,
/// an English broadband technician). They are written as product listings, bounty task
/// cards, training slides, keyword auto-reply menus, flowcharts, mind maps and tear-off flyers,
/// forms earlier families did not use; risky and honest texts share every one of them, and the
/// honest texts name cards, accounts, SIMs, IDs, codes, payments, transfers and cash in the same
/// words as the risky ones, so neither the form nor the vocabulary gives the label away. Their one
/// held-out run is recorded in docs/screening.md; since round 12 they are tuned on, never trained on.
/// </summary>
internal static class EleventhHeldOutFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Risky("iot-card-dealer", JobAdScheme.PhoneCards, JobAdAudience.General,
        [
            "【商品详情】{物联网卡|物联卡}{不限速|大流量}{免实名|无需实名}{可插手机|手机可用}\n规格：{移动|联通|电信}{物联网卡|行业卡} {100张起批|50张一包}\n价格：{单张|每张}{25|35|45}元，{100张以上|批量}{另议|更低}\n卖点：{已解除机卡绑定|已解绑}，{插手机|插随身WiFi}{直接用|就能用}，{能打电话|能收短信}{能收验证码|，接码也行}，{不用|无需}{人脸|本人}{认证|实名}\n发货：{快递|顺丰}{包邮|到付}，{寄件人|发货地址}{不写真名|保密}\n售后：{封卡|停机}{不退不补|不售后}，{用途|拿去做什么}{不问|不管}\n{诚招|招}{下级代理|分销}：{有营业执照的|有公司执照的}{优先|更好}，{用你的执照|以你公司的名义}{去运营商|找营业厅}{开|办}{企业物联网卡|行业卡}，{卡|货}{交给我们|我们收}，{每张|一张}{返你|给你}{10|15}元",
            "{收|高价收|长期收}{物联网卡|物联卡|行业卡}：{你有公司执照|你有个体执照}{就能|就可以}{去|到}{营业厅|运营商}{办|开}{企业物联网卡|物联网卡}，{就说|说是}{给|装在}{共享单车|快递柜|POS机|摄像头}{上用|用}，{办下来|开出来}{不用|别}{装设备|装机}，{整包|一箱}{寄给|发给}{我们|我}，{一张|每张}<price_small>，{量大|一百张以上}{另加钱|另有奖励}。{解绑|破解机卡绑定}{我们来|我们负责}，{卡卖给谁|卡去哪}{你别管|不用你管}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("proxy-node", JobAdScheme.PhoneCards, JobAdAudience.General,
        [
            "【悬赏任务】{宽带挂机|闲置带宽变现}{长期|新手}任务\n{任务单价|赏金}：{每台每天|每天}{15|20|30}元 {剩余名额|名额}：{18|36|50}\n{任务步骤|做单步骤}：\n① {安装|下载}{群里发的|我们给的}{盒子程序|软路由固件}，{接在|插在}{你家|家里}{光猫|路由器}{后面|上}\n② {用|拿}{你本人的|家里的}{宽带账号|宽带}{拨号|PPPoE拨号}，{24小时|一直}{在线|开机}\n③ {截图|拍照}{后台在线页面|设备在线状态}{提交审核|发给客服}\n{审核说明|注意}：{盒子|设备}{会|要}{把你家的IP|把你家的网络}{借给|给}{我们的客户|境外客户}{上网|用}，{别限速|网速别限}；{运营商|宽带公司}{打电话问|上门查}{就说|说是}{家里|自己}{玩游戏|看直播}{用的|用}；{断网|掉线}{满|超过}{两小时|2小时}{扣当天钱|当天不结算}\n{结算|提现}：{每周|周日}{USDT|U}{结算|发放}",
            "{家里有宽带的|宽带闲着的}{朋友|看过来}：{啥也不用做|不用你干活}，{我们|公司}{寄|发}{一个|台}{小盒子|路由器}{到家|给你}，{插上|接上}{网线|宽带}{就行|即可}，{你家的|家庭}{IP|网络}{借给|给}{我们的客户|海外客户}{用|做业务}，{每月|一个月}{给你|补}{300|500|800}，{用你的手机卡开热点|手机开热点}{也行|也可以}，{流量|话费}{我们报|我们出}。{客户|他们}{做什么|干嘛的}{别问|不问}，{宽带|手机卡}{被停了|被封了}{换个名字再办|再换一条}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("app-signing", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "{代理|新人}{培训课件|培训PPT}（{签名分发|超级签}{业务|代理}）\nP1 {业务介绍|我们做什么}：{苹果|iOS}{超级签|企业签|TF签}{和|、}{安卓|APK}{分发页|下载页}，{客户的APP|老板的包}{上不了商店|不上架}{也能|照样}{安装|装}\nP2 {客户从哪来|单子哪里找}：{菠菜|博彩}{群|盘口}、{“理财”|“投资”}{平台|盘}、{“交友”|“商城”}{APP|包}\nP3 {报价|价格}：{每台设备|每个装机}{8|10|12}元，{掉签|证书被封}{秒补|两小时内补}\nP4 {红线|规矩}：{不问|别问}{APP内容|包是干嘛的}；{下载页|域名}{被标红|被封}{马上|立刻}{换|切}；{只收|结账只走}{USDT|U}\nP5 {代理提成|你的收入}：{流水|营业额}{抽|提}{20%|30%}，{周结|日结}",
            "{招|诚招}{签名分发|超级签}{代理|业务员}：{帮|替}{我们|公司}{拉|找}{要装APP的|要分发的}{客户|老板}，{他们的APP|包}{上不了架|过不了审}{也|照样}{能装|给装}，{APP|包}{是什么内容|干什么的}{不用看|别问}，{每个装机|一台设备}{你抽|给你}{3|5}元，{会|懂}{建下载页|做分发页}{的|再}{另加钱|加钱}，{掉签了|证书被封}{我们|公司}{免费补|马上补}，{只收|结算用}{U|USDT}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("number-mark-cleaner", JobAdScheme.IdentityLending, JobAdAudience.Unemployed,
        [
            "{您好|欢迎关注}，{这里是|我是}{号码优化|号码清洗}{服务号|小助手}，{请回复|回复}{数字|序号}：\n【1】{清除号码标记|去除“诈骗”“骚扰”标记}：{每个号|一个号}{30|50}元，{360|腾讯手机管家|百度}{三家|全网}{都清|一起清}\n【2】{招|诚招}{申诉员|标记申诉兼职}：{用|拿}{你自己的|本人}{身份证|实名信息}{和|、}{手机号|电话}{去|在}{各家|各个}{平台|APP}{提交申诉|填申诉}，{说|写}“{号码是本人使用|这是我自己的号}”，{每清一个号|每成功一条}{给你|结}{15|20}元\n【3】{外呼养号|号码养权重}：{每天|一天}{用|拿}{我们给的|客户的}{号|卡}{拨|打}{几十个|50个}{正常|熟人}电话，{把号码|让号}{“养白”|“洗白”}，{日结|一天}<price_day>\n【4】{为什么会被标记|怎么被标的}？{客户|老板}{电话打得多|外呼多}{就会|会}{被误标|被标}，{号码给谁用|客户做什么业务}{不问|别问}\n{回复其他内容|发送任意字}{转人工|联系客服}",
            "{招|急招}{号码申诉员|“标记清除”兼职}：{老板|客户}{的号|的手机号}{被标|被标记}成{“诈骗”|“骚扰电话”|“广告推销”}，{打不出去|没人接}，{你只要|你只需}{用自己的身份证|以你本人的名义}{在|去}{标记平台|手机管家}{申诉|提交申诉}“{这是我本人的号|号码是本人使用}”，{一个号|每个}{给|结}{15|20|30}元，{一天|每天}{能做|可做}{二三十个|几十个}，{号是谁在用|客户做什么}{不用管|别问}，<pay_freq>。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("cash-swap", JobAdScheme.PaymentSettlement, JobAdAudience.Unemployed,
        [
            "{现金兑换|现金转线上}{业务流程|操作流程}\n【{接单|派单}】{客服|群里}{派|发}{单|任务}（{金额|数目}{2万|5万|8万}）\n   ↓\n【{收现金|见面}】{跑腿|同城骑手}{把|将}{现金|一包现金}{送到|交到}{你手上|你家楼下}，{当面|现场}{点清|数清}\n   ↓\n【{转账|打款}】{从|用}{你自己的|本人}{银行卡|支付宝|微信}{分几笔转|转}{到|给}{客服发的|指定的}{几个账户|账户}，{单笔|每笔}{别超|不超过}{5000|1万}\n   ↓\n【{存现|补仓}】{现金|手里的钱}{分几天|分批}{存回|存进}{你的卡|自己卡里}，{ATM|存款机}{每次|一次}{少存点|别存太多}\n   ↓\n【{结算|拿钱}】{每单|一单}{留|抽}{2%|3%}\n{备注|注意}：{银行|柜员}{打电话问|问起}{钱的来源|哪来的现金}，{就说|说是}{做生意收的|卖货收的}{现金|货款}。",
            "{手上现金多|有现金}{的老板|的客户}{要换成|想转成}{转账|线上的钱}，{找|招}{兼职|帮手}{收现金|帮忙换}：{现金|钱}{有骑手|有人}{送上门|送到你手上}，{你只要|你}{用你的卡|用自己的支付宝}{转给|打给}{客户给的账户|指定账户}，{每万|每一万}{给你|赚}{200|300}，{现金|钱}{你自己慢慢存|你再存回卡里}，{不用垫钱|无需本金}，{先收现金再转|先收后转}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("bookkeeper-insider", JobAdScheme.CorporateAccounts, JobAdAudience.General,
        [
            "{代账合作|合作方案}（{思维导图|导图}{文字版|整理}）\n{代账会计|记账公司}{变现|合作}\n├─ {对象|谁来做}：{代账会计|记账员}{手里|手上}{管着|有}{几十家|上百家}{小公司|客户公司}的{对公户|对公账户}{和|、}U盾\n├─ {怎么做|做什么}\n│  ├─ {没业务的|不常用的}{客户|公司}{对公户|账户}{借给我们|给我们}{走账|过流水}{一周|十天}\n│  ├─ {U盾|网银证书}{和|、}{网银密码|密码}{寄给|交给}{对接人|我们}，{或者|也可以}{装个软件|远程}{给我们登录|让我们操作}\n│  └─ {老板|客户}{查账|问起}{就说|说是}{“银行系统维护”|“年检要用”}\n├─ {报酬|给你多少}：{每户|一个户}{一周|七天}{3000|5000}，{每百万|每100万}{流水|过账}{另加|再加}{1000|2000}\n└─ {放心|风险}：{被冻|出事}{我们|公司}{处理|负责}，{会计|你}{不露面|不用出面}",
            "{做代账的|代理记账的}{会计|朋友}{注意|看过来}：{你管的|你手上}{客户公司|小公司}{对公户|对公账户}{闲着的|没流水的}，{U盾|网银U盾}{借我们|给我们}{走几笔账|用几天}，{每户|一个户}{给|结}{3000|5000|8000}，{老板|客户}{查不到|不会知道}，{流水走完|用完}{U盾|盾}{马上|原样}{寄回|还你}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("rural-cash-point", JobAdScheme.PaymentSettlement, JobAdAudience.General,
        [
            "【{助农点老板|村里小卖部老板}{看过来|注意}】\n{你店里|店里}{装了|有}{银行的|信用社的}{助农取款|助农服务}{机器|POS}？{每晚|晚上}{关门后|九点以后}{帮|替}{我们的人|外地老板}{插卡|刷卡}{取钱|取现}，{每取|每刷}{1万|一万}{给你|结}{100|150|200}，{每晚|一天}{至少|能做}{五六万|十几万}。{卡|人}{我们带过来|专人送过来}，{密码|卡}{我们输|当面给}，{网点|信用社}{问起来|查的话}{就说|说是}{本村人|村民}{取养老钱|自己取}。\n✂┄┄┄┄ {撕下带走|撕条} ┄┄┄┄\n{<surname>老板|<surname>哥} <phone>",
            "{开|有}{助农取款点|银行助农服务点}的{店主|小卖部老板}{副业|赚点外快}：{我们的|外地来的}{老板|客户}{拿卡|带卡}{到你店里|来}{取现|取钱}，{你只要|你只需}{用|拿}{店里的|你的}{助农机|POS机}{给他刷|帮他取}，{超过限额|超出每天限额}{就|就分}{换几张卡|多张卡}{取|刷}，{每万|一万}{给你|抽}{1%|1.5%|2%}，{信用社|银行}{回访|打电话问}{就说|的话说}{都是|是}{附近|本村}{乡亲|村民}{自己取的|取的}。<contact_risky>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Risky("english-dev-account", JobAdScheme.IdentityLending, JobAdAudience.Students,
        [
            "【Task】{App publisher account|Developer account} {set-up|rental} — {pays|reward} {£300|$400|£250} a month\n{Slots left|Places}: {6|9|12}\nSteps:\n1) {Register|Sign up for} an {Apple Developer|Google Play Console} account {in your own name|with your own ID and card} ({we refund|we cover} the {$99|$25} fee)\n2) {Pass|Complete} the {identity check|ID verification} {yourself|on a video call}, then {add our team as admins|send us the login and the 2FA codes}\n3) We publish {our apps|a few “finance” and “investment” apps} under your name; {no need to|you don't need to} {open them|look at them}\nNotes: if {Apple|Google} {emails you|asks questions}, {don't reply, forward it to us|forward it to us}; if the account {gets banned|is terminated}, {you get a bonus for a new one|we pay you to open another}. {Paid in|Payment by} {USDT|crypto} {every month|monthly}. {DM|Message} @<handle>",
            "{出租开发者账号|Rent out your developer account} 💻 {留学生|Students abroad}：{用你的名字|in your name} {注册|register} {苹果或谷歌开发者账号|an Apple or Google developer account}，{我们来上架|we publish} {我们的APP|our apps}，{每月|every month} £{200|300}。{验证码转发给我们|forward us the verification codes}，{APP内容不用管|don't worry about what the apps do}，{被封了再开一个|if it's banned, open another}。{私信|DM} @<handle>",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.HardNegative("iot-card-business",
        [
            "【商品详情】{移动|联通|电信}{物联网卡|行业物联网卡}（{仅限|只供}{企业设备|单位终端}{使用|接入}）\n规格：{月包|年包}{30M|100M|1G}{定向流量|专用流量}，{机卡绑定|锁定设备}，{不能|无法}{打电话|插手机上网}{、|和}{收发短信|收验证码}\n{适用|用途}：{共享单车|智能电表|快递柜|POS机|车载监控}\n{办理须知|购买须知}：{须|必须}{以企业名义|用单位营业执照}{签约|办理}，{上传|提供}{营业执照|执照}{和|及}{经办人|法人}{身份证|证件}{刷脸核验|人像比对}，{填写|写明}{设备型号|终端用途}；{不卖给个人|个人名义不售}，{不做|不提供}“{解绑|机卡分离}”{和|、}“{免实名|不实名}”\n{警示|提示}：{网上|网店}{卖的|售卖的}“{免实名|可插手机}{物联网卡|流量卡}”{都是|多为}{违规|非法}{渠道|卡}，{买卖|出租}{物联网卡|电话卡}{违反|违法}《反电信网络诈骗法》{第三十一条|第31条}。",
            "{移动|联通|电信}{<city>分公司|政企部}{招聘|诚聘}{物联网客户经理|政企客户经理}：{负责|主要负责}{企业|行业}{客户|用户}{物联网卡|行业卡}{签约开户|开户签约}{和|、}{实名核验|资质审核}，{核对|审核}{营业执照|执照}{和|与}{设备用途|使用场景}，{遇到|发现}{个人|可疑客户}{批量|大批量}{办卡|购卡}{或|、}{要求|想要}“{解绑|机卡分离}”{的|，}{不予办理|拒绝办理}{并|，}{上报|报给}{风控|安全部门}；<requirements>，<salary_month>，{工资|薪资}{每月|按月}{打到|发到}{员工本人|本人}{银行卡|工资卡}，<benefits>，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("number-mark-appeal",
        [
            "{您好|欢迎使用}{来电识别|号码标记}{官方|服务}{公众号|助手}，{请回复|回复}{数字|序号}：\n【1】{号码申诉|标记申诉}：{机主本人|号码本人}{通过|在}{官方|本}{小程序|APP}{提交|填写}，{提供|上传}{本人身份证|机主证件}{和|、}{近期|最近}{通话详单|话费账单}，{核实|审核}{后|通过后}{去除|更正}{不实标记|标记}，{全程免费|申诉不收费}\n【2】“{付费清标记|花钱洗号}”{均为|是}{骗局|违规}：{平台|我们}{从不|不}{通过|找}{中介|代办}{收钱|收费}{删标|去标记}，{替别人|帮他人}{申诉|清标记}{的|，}{可能|涉嫌}{帮诈骗电话|为诈骗}{“洗白”|洗白号码}\n【3】{号码被标|被标记为}“{诈骗|骚扰}”{多|通常}{因|是}{频繁|大量}{拨打陌生号码|外呼}{被|遭}{用户|大家}{标记|举报}；{您的号码|手机号}{若|如}{被别人|被他人}{借用|使用}，{请|应}{及时|尽快}{收回|挂失}{并|、}{拨打96110|报警}\n{发送任意字|回复其他内容}{联系客服|转人工}",
            "{来电识别|手机安全}{平台|公司}{诚聘|招聘}{申诉审核专员|号码标记审核员}：{负责|岗位职责：}{审核|复核}{用户|机主}{提交的|的}{标记申诉|申诉材料}，{比对|核对}{申请人|机主}{身份证|实名信息}{和|与}{号码|手机号}{登记信息|实名}{是否一致|}，{发现|识别}{批量申诉|代申诉}{和|、}{号码“洗白”|“洗号”}{中介|团伙}{并|，}{报告|上报}；<requirements>，<salary_month>，{缴纳社保|五险一金}，{工资|薪资}{每月|按月}{发到|打到}{你本人|本人}{银行卡|工资卡}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("bookkeeping-firm-rules",
        [
            "{代账公司|财税公司}{员工|内部}{守则|规范}（{导图|思维导图}{整理|文字版}）\n{对公户|客户账户}{安全|管理}\n├─ U盾{、|和}{网银证书|网银密码}：{归|由}{企业|客户}{法人|本人}{持有|保管}，{会计|公司}{不保管|不代管}，{不代为转账|不代操作}\n├─ {核对|对账}：{企业|客户}{按月|每月}{发来|导出}{对账单|银行流水}，{我们|会计}{只做|只}{记账报税|记账和申报}\n├─ {禁止|红线}\n│  ├─ {禁止|不得}{把|将}{任何客户|客户}{对公户|账户}{出借给|借给}{第三方|他人}{过流水|走账}\n│  ├─ {不得|禁止}{接受|收}“{走账|合作}”{报酬|好处费}\n│  └─ {陌生人|有人}{找你|私信}{借户|收U盾}，{保留证据|截图留证}{报给|报告}{公司|主管}{并|、}{打96110|报警}\n└─ {提醒|依据}：{出租出借|出售}{对公账户|账户}{和|、}U盾{可能构成|涉嫌}{帮助信息网络犯罪活动罪|帮信罪}",
            "{<bank>银行|本行}{对公客户|企业客户}{温馨提示|风险提示}：{近期|最近}{有人|不法分子}{冒充|自称}{代账公司|记账会计}，{借用|收购}{小微企业|客户公司}的{对公户|对公账户}{和|、}U盾{走账|过流水}。{请|各位老板}{U盾|网银证书}{自己保管|由法人本人保管}，{网银密码|密码}{不要告诉|别交给}{代账会计|任何人}，{代账公司|记账会计}{只需要|只要}{导出的|每月的}{对账单|银行流水}{记账报税|做账}，{不需要|用不着}{U盾|网银}；{账户|对公户}{出现|如有}{陌生转账|异常流水}{请立即|及时}{致电|联系}{客户经理|开户行}{或|、}{拨打96110|报警}。{出租出借|出售}{对公账户|账户}{和|、}U盾{可能|会}{被|遭}{暂停非柜面业务|列入惩戒名单}{，情节严重的|，严重的}{涉嫌|可能构成}{帮信罪|犯罪}。",
        ], reserve: JobAdSplit.Training),
        AdFamily.HardNegative("english-developer-notice",
        [
            "{Developer compliance training|Trust & Safety onboarding} ({slides|deck})\nSlide 1 — {One account, one owner|Your developer account is yours}: {do not|never} {rent, sell or lend|let anyone else use} your {Apple Developer|Google Play} account, {signing certificates|enterprise certificate} or {verification codes|2FA codes}.\nSlide 2 — {What scams look like|Red flags}: “{we publish under your name|we just need your account}”, “{paid in USDT|crypto payment}”, “{don't ask what the app does|don't look at the app}”, {enterprise-signing|super-signature} {“distribution” services|resellers}.\nSlide 3 — {The law|Why it matters}: {such apps|apps distributed this way} {often host|are used for} {fake investment platforms and gambling|fraud}; {under PRC law|in China} {providing technical support to|knowingly helping} {online fraud|such crimes} {can be prosecuted|is a crime} (Art. 287-2).\nSlide 4 — {Report it|What to do}: {forward|report} {such offers|approaches} to {the security team at|security:} <email>.",
            "{Trust & Safety analyst|App review specialist} ({app marketplace|app store}, {Shanghai|Shenzhen|Chengdu}): {check|review} {app submissions|new apps} and {publisher identities|developer accounts}, {flag|spot} {rented or resold developer accounts|accounts that change hands}, {enterprise-signed|sideloading} {download pages|distribution} and {fake investment apps|apps that take deposits}. {Fluent English and Mandarin|Chinese and English}. {Pay|Salary} {RMB 15,000|RMB 12,000–18,000} a month, {paid by payroll into your own bank account|into your own bank account}. Apply: <email>",
        ], reserve: JobAdSplit.Training, language: "en"),

        AdFamily.Legitimate("store-audit-task", JobAdAudience.Students,
        [
            "【悬赏任务】{门店巡检|神秘顾客}{拍照|走访}任务\n{任务单价|赏金}：{每店|每单}{25|30|40}元 {剩余名额|名额}：{12|20|35}\n{任务步骤|做单步骤}：\n① {到|去}{APP里的|指定的}{便利店|奶茶店|药店}，{拍|拍摄}{门头|货架|价签}{照片|各一张}\n② {按|照}{问卷|题目}{填写|记录}{店员|服务}{有没有|是否}{问好|主动推荐}{和|、}{结账|收银}{情况|用时}\n③ {购物小票|小票}{拍照上传|上传}{后|，}{提交审核|交审核}\n{注意|审核说明}：{照片|定位}{须|要}{在店内|本人}{实地拍|现场拍}；{买东西|购物}{的钱|费用}{按小票|凭小票}{全额报销|报销}\n{提现|结算}：{通过后|审核通过}{3天内|三个工作日}{打到|提现到}{本人实名|你自己}的{微信|支付宝|银行卡}，{APP|平台}{要|需}{本人实名|实名认证}",
            "{第三方调研|市场调研}公司{招募|招}{神秘顾客|兼职}{巡店员|访问员}：{课余|周末}{到|去}{连锁门店|商场}{照|按}{要求|问卷}{走访|体验}{购物流程|服务}，{记录|拍照}{上传|到APP}，{每店|一单}{30|40}元，{消费|购物}{的钱|费用}{凭小票|按票}{报销|报}，{按周|每周}{打到|结算到}{你自己的|本人}{银行卡|支付宝}，{要|需}{实名|本人}{认证|注册}，<contact>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("cash-office-clerk", JobAdAudience.General,
        [
            "{超市|商场}{现金室|收银后台}{岗位流程|工作流程}（{新人|培训}{用|看}）\n【{收款|交班}】{各收银台|收银员}{上交|交}{当班现金|现金}{和|、}{交班单|收银报表}\n   ↓\n【{清点|点钞}】{双人|两人}{同时|一起}{清点|点清}，{点钞机|验钞机}{复核|过一遍}，{填|登记}{缴款单|现金登记表}\n   ↓\n【{送存|存款}】{银行押运|押运公司}{来店|上门}{收取|收款}，{现金|钱}{缴存|存入}{本公司|超市自己的}{对公账户|银行账户}，{不走|不经}{员工|任何}{个人|私人}{账户|卡}{转账|周转}\n   ↓\n【{核对|对账}】{次日|第二天}核对{对公户|银行账户}{入账|到账}{和|与}{收银系统|系统}{营业额|数据}\n{急招|招}{点钞员|现金室出纳}{1名|2名}：<salary_month>，{工资|薪资}{按月|每月}{发到|打到}{员工本人|本人}{银行卡|工资卡}，<benefits>，<contact>",
            "【{招聘|招工}】{<district>|镇上}{粮油店|超市}{急招|招}{收银员|理货员}{1名|2名}\n{条件|要求}：{会|会用}{收银机|扫码收款}，{能|会}{收现金|点钞}，{18-50岁|年龄50岁以下}\n{工资|待遇}：<salary_month>，{管一顿饭|包午饭}，{工资|钱}{按月|每月}{发到|打到}{本人|你自己的}{银行卡|卡上}，{店里收的现金和收款码的钱|店里收的钱}{都进|全进}{店里自己的账户|店里的对公账户}\n{店里有|店内设}{农行|信用社}{助农取款点|助农服务点}：{取款|助农取款}{只给|只为}{持卡人本人|本人}{办理|办}，{本人插卡输密码|本人刷卡}，{不替外人刷卡取钱|不帮别人拿卡取现}，{超过限额|大额}{请去|让他去}{网点|银行柜台}\n✂┄┄┄┄ {撕条|撕下带走} ┄┄┄┄\n{<surname>姐|<surname>老板} <phone>",
        ], reserve: JobAdSplit.Training),
        AdFamily.Legitimate("english-wifi-technician", JobAdAudience.Unemployed,
        [
            "{Home Wi-Fi engineer|Broadband installation technician} ({Chengdu|Chongqing|Shenzhen}, {part-time|full-time})\n- {Set up|Install} {optical modems|fibre routers} and {mesh Wi-Fi|home Wi-Fi} {at customers' homes|for new customers}\n- {Activate|Register} {the broadband account|each line} {to the account holder|in the customer's own name}, {with their ID|checking their ID at the door}, {never in yours|never in your own name}\n- {Show customers|Explain} {the router settings|how to change the Wi-Fi password} and {the admin page|the IP address}; {never|we never} {install devices for third parties|let anyone else share the customer's line}\n- {Company vehicle provided|Company van and tools}, {RMB 7,000|RMB 6,000–8,000} a month {by payroll|paid into your own bank account}, {five insurances|social insurance}. Apply: <email>",
            "{IT 兼职助理|Part-time IT helper} {for a small office|小公司}：{help|帮} {set up routers and printers|装路由器和打印机}，{the office broadband|办公室宽带} {is in the company's name|用公司的账户}，{SIM cards|手机卡} {are the company's|公司统一办}。{Pay|时薪} {40|50} {yuan an hour|元/小时}，{monthly|每月} {into your own bank card|打到你自己的银行卡}。{Send your CV|发简历} to <email>",
        ], reserve: JobAdSplit.Training, language: "en"),
    ];
}
